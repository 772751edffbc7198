package org.propdesk.reporting.seal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealId;
import org.propdesk.core.seal.SealUse;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.seal.SealDesk;
import org.propdesk.workflows.seal.Seals;

/**
 * The seal use register (《印章使用管理登记表》), PROCEDURES §10, in the paper form's column order: date,
 * unit, content summary, approver, handler, impressions, copy kept; then the seal. Table {@code uses}.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SealUseRegisterReport {
  private SealUseRegisterReport() {}

  /**
   * The register of {@code office}'s stamped uses on the days {@code from} to {@code to} inclusive, of
   * every seal or of {@code seal} only; fact: the impressions made. Empty for an office the actor may not
   * see.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null or bad
   */
  public static Report of(PropDesk desk, Actor actor, OfficeId office, Optional<SealId> seal, LocalDate from, LocalDate to) {
    Check.present("desk", desk);
    Check.present("actor", actor);
    SealDesk seals = desk.procedure(Seals.PROCEDURE);
    List<SealUse.RegisterLine> lines = seals.useRegister(actor, office, seal, from, to);
    List<List<?>> rows = new ArrayList<>();
    long impressions = 0;
    for (SealUse.RegisterLine l : lines) {
      impressions += l.impressions();
      String sealName = seals.find(actor, l.seal()).map(Seal::name).orElse(l.seal().value());
      rows.add(Arrays.asList(l.date(), Text.plain(l.unit()), Text.plain(l.summary()), Text.plain(l.approver()), Text.plain(l.handler()),
          (long) l.impressions(), Text.of(l.copyKept() ? "value.yes" : "value.no"), Text.plain(sealName)));
    }
    Table table = Table.of("uses", Text.of("table.sealUses"), List.of(Column.date("col.date"), Column.text("col.useUnit", 14),
        Column.text("col.useSummary", 36), Column.text("col.approver", 12), Column.text("col.handler", 12),
        Column.integer("col.impressions"), Column.text("col.copyKept", 8), Column.text("col.seal", 20)), rows);
    Text scope = Text.plain(desk.directory().office(office).map(ManagementOffice::name).orElse(office.value())
        + seal.map(s -> " / " + seals.find(actor, s).map(Seal::name).orElse(s.value())).orElse(""));
    return new Report("seal-use-register-" + office.value() + seal.map(s -> "-" + s.value()).orElse("") + "-" + from + "-" + to,
        Text.of("sealUses.title"), List.of(new Report.Fact(Text.of("fact.scope"), scope),
        new Report.Fact(Text.of("fact.period"), Text.plain(from + " – " + to)),
        new Report.Fact(Text.of("fact.impressions"), Text.plain(Long.toString(impressions)))), List.of(table), List.of());
  }
}
