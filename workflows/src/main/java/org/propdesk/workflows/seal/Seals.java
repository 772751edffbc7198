package org.propdesk.workflows.seal;

import java.util.Locale;
import org.propdesk.core.common.Check;
import org.propdesk.core.seal.Seal;
import org.propdesk.core.seal.SealEvent;
import org.propdesk.core.seal.SealUse;
import org.propdesk.core.seal.SealUseEvent;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Procedure;

/**
 * The seal procedure's descriptor (印章使用流程, PROCEDURES §10): the routes of its two aggregate types (the
 * seal registry and the use requests), their notifications, and its desk, a {@link SealDesk}. Both
 * routes journal refused commands. Register it with {@code PropDesk.builder().procedure(Seals.PROCEDURE)};
 * its tables come with the migration in {@code db/propdesk/seal/}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Seals {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "seal";

  /** The procedure with notifications in Chinese (zh-CN). */
  public static final Procedure<SealDesk> PROCEDURE = procedure(Locale.SIMPLIFIED_CHINESE);

  private Seals() {}

  /** The procedure with its notifications in {@code locale} (zh-CN or English; any other locale reads English). */
  public static Procedure<SealDesk> procedure(Locale locale) {
    Check.present("locale", locale);
    SealNotifications texts = new SealNotifications(locale);
    AggregateRoute<Seal> seals = AggregateRoute.of(Seal.TYPE, SealEvent.class)
        .notifications(texts::ofSeal)
        .journalRefusals()
        .logSummary(s -> " " + s.type() + s.pending().map(p -> " pending " + p.kind()).orElse(""))
        .build();
    AggregateRoute<SealUse> uses = AggregateRoute.of(SealUse.TYPE, SealUseEvent.class)
        .notifications(texts::ofUse)
        .journalRefusals()
        .logSummary(u -> " " + u.seal() + " x" + u.copies())
        .build();
    return Procedure.builder(NAME, k -> new SealDesk(k, seals, uses)).route(seals).route(uses).build();
  }
}
