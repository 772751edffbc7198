package org.propdesk.reporting.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.reporting.TestStorages;
import org.propdesk.reporting.ticket.RepairSummary.Figures;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.RepairScenarioRunner;
import org.propdesk.workflows.PropDesk;

/**
 * The incident and repair summary (报事报修汇总分析) across storages: the same seeded scenario in memory
 * (streamed through Java), on H2 and on PostgreSQL (SQL) gives equal summaries; and the in-memory
 * summary agrees with an oracle that reads every report and counts by hand from the rules of §6 and
 * §16 (discrete percentiles: the value at rank ⌈f·n⌉ of the sorted minutes).
 */
class RepairSummaryIsTheSameOnEveryStorageTest {
  private static final long SEED = 5;
  private static final int STEPS = 120;
  private static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3));

  private static List<RepairSummary> summaries(PropDesk desk) {
    RepairAnalyst analyst = new RepairAnalyst(desk);
    return List.of(analyst.analyse(Fixtures.serviceCentre(), MARCH, Optional.empty()).orElseThrow(),
        analyst.analyse(Fixtures.director(Fixtures.OFFICE_1), MARCH, Optional.of(Fixtures.OFFICE_1)).orElseThrow());
  }

  private static List<RepairSummary> on(Storage storage) {
    return RepairScenarioRunner.onStorage(() -> storage).runThen(SEED, STEPS, RepairSummaryIsTheSameOnEveryStorageTest::summaries);
  }

  @Test
  void theSameScenarioGivesTheSameSummaryInMemoryOnH2AndOnPostgres() {
    List<RepairSummary> memory = on(InMemoryStorage.create());
    assertThat(memory.get(0).total().reported()).isPositive();
    assertThat(memory.get(0).total().resolution().done()).as("work was done").isPositive();
    assertThat(on(TestStorages.h2())).as("H2").isEqualTo(memory);
    Optional<Storage> pg = TestStorages.postgres();
    if (pg.isPresent()) {
      assertThat(on(pg.get())).as("PostgreSQL").isEqualTo(memory);
    }
  }

  @Test
  void theSummaryAgreesWithCountingEveryReportByHand() {
    RepairScenarioRunner.onStorage(InMemoryStorage::create).runThen(SEED, STEPS, desk -> {
      List<Ticket> all = new ArrayList<>();
      desk.records().stream(Fixtures.serviceCentre(), Ticket.TYPE, RecordQuery.of("ticket").build(), all::add).orElseThrow();
      RepairSummary s = new RepairAnalyst(desk).analyse(Fixtures.serviceCentre(), MARCH, Optional.empty()).orElseThrow();
      List<Ticket> reported = all.stream().filter(t -> MARCH.contains(t.reportedDate())).toList();
      List<Ticket> done = all.stream().filter(t -> t.doneAt().map(d -> MARCH.contains(d.atZone(t.zone()).toLocalDate())).orElse(false))
          .toList();
      Figures f = s.total();
      assertThat(f.reported()).isEqualTo(reported.size());
      assertThat(f.paid()).isEqualTo(reported.stream().filter(Ticket::paid).count());
      assertThat(f.dispatch().applicable()).isEqualTo(reported.stream().filter(t -> t.dispatchedAt().isPresent()).count());
      assertThat(f.dispatch().met()).isEqualTo(reported.stream()
          .filter(t -> t.dispatchedAt().filter(at -> !at.isAfter(t.reportedAt().plusSeconds(120))).isPresent()).count());
      assertThat(f.arrival().met()).isEqualTo(reported.stream().filter(t -> t.firstArrivalOnTime().orElse(false)).count());
      assertThat(f.reopened()).isEqualTo(reported.stream().filter(t -> !t.reopenings().isEmpty()).count());
      assertThat(f.callbacks()).isEqualTo(count(reported.stream().filter(t -> !t.callbacks().isEmpty()).toList(),
          t -> t.callbacks().get(t.callbacks().size() - 1).rating().map(Enum::name).orElse("UNREACHABLE")));
      List<Long> minutes = done.stream().map(t -> t.resolutionMinutes().orElseThrow()).sorted().toList();
      assertThat(f.resolution().done()).isEqualTo(done.size());
      assertThat(f.resolution().medianMinutes()).isEqualTo(rank(minutes, 0.5));
      assertThat(f.resolution().p90Minutes()).isEqualTo(rank(minutes, 0.9));
      assertThat(f.resolution().pausedMinutes()).isEqualTo(done.stream().mapToLong(Ticket::pausedMinutes).sum());
      assertThat(f.resolution().onTime()).isEqualTo(done.stream().filter(t -> t.resolvedOnTime().orElseThrow()).count());
      assertThat(s.byOffice().keySet()).isEqualTo(count(reported, t -> t.office().value()).keySet());
      s.byOffice().forEach((office, figures) -> assertThat(figures.reported())
          .isEqualTo(reported.stream().filter(t -> t.office().value().equals(office)).count()));
      assertThat(s.byPayment().get("PAID").reported() + s.byPayment().get("FREE").reported()).isEqualTo(reported.size());
      Predicate<Ticket> leak = t -> t.category().name().equals("LEAK");
      assertThat(Optional.ofNullable(s.byCategory().get("LEAK")).map(Figures::reported).orElse(0L))
          .isEqualTo(reported.stream().filter(leak).count());
      return null;
    });
  }

  private static Optional<Long> rank(List<Long> sorted, double f) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    int rank = Math.max(1, (int) Math.ceil(f * sorted.size()));
    return Optional.of(sorted.get(rank - 1));
  }

  private static Map<String, Long> count(List<Ticket> tickets, Function<Ticket, String> key) {
    Map<String, Long> out = new TreeMap<>();
    tickets.forEach(t -> out.merge(key.apply(t), 1L, Long::sum));
    return out;
  }
}
