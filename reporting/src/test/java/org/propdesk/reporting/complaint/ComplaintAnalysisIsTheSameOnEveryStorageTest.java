package org.propdesk.reporting.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.reporting.TestStorages;
import org.propdesk.testkit.ComplaintScenarioRunner;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;

/**
 * The contract of the reports across storages (PROCEDURES §16, issue [5]): the same seeded scenario
 * on the in-memory storage (which streams records through Java), on H2 and on PostgreSQL (which run
 * SQL) gives equal complaint analyses; and the in-memory analysis agrees with an oracle that reads
 * every complaint and counts with plain Java, from the rules of §5 and §16.
 */
class ComplaintAnalysisIsTheSameOnEveryStorageTest {
  private static final long[] SEEDS = {3, 2026};
  private static final int STEPS = 160;
  private static final List<ReportPeriod> PERIODS = List.of(ReportPeriod.month(YearMonth.of(2026, 3)),
      ReportPeriod.month(YearMonth.of(2026, 4)), ReportPeriod.quarter(2026, 1), ReportPeriod.year(2026));

  private static List<ComplaintAnalysis> analyses(PropDesk desk) {
    ComplaintAnalyst analyst = new ComplaintAnalyst(desk);
    List<ComplaintAnalysis> out = new ArrayList<>();
    for (ReportPeriod p : PERIODS) {
      out.add(analyst.analyse(Fixtures.serviceCentre(), p, Optional.empty()).orElseThrow());
      out.add(analyst.analyse(Fixtures.director(Fixtures.OFFICE_1), p, Optional.of(Fixtures.OFFICE_1)).orElseThrow());
    }
    return out;
  }

  private static List<ComplaintAnalysis> on(Storage storage, long seed) {
    return ComplaintScenarioRunner.onStorage(() -> storage).runThen(seed, STEPS, ComplaintAnalysisIsTheSameOnEveryStorageTest::analyses);
  }

  @Test
  void theSameScenarioGivesTheSameAnalysisInMemoryOnH2AndOnPostgres() {
    for (long seed : SEEDS) {
      List<ComplaintAnalysis> memory = on(InMemoryStorage.create(), seed);
      assertThat(memory.get(0).registered()).as("seed %d registers complaints in March", seed).isPositive();
      assertThat(on(TestStorages.h2(), seed)).as("H2, seed %d (replay with -Dpropdesk.seed=%d)", seed, seed).isEqualTo(memory);
      Optional<Storage> pg = seed == SEEDS[0] ? TestStorages.postgres() : Optional.empty(); // one seed: PostgreSQL is slow
      if (pg.isPresent()) {
        assertThat(on(pg.get(), seed)).as("PostgreSQL, seed %d", seed).isEqualTo(memory);
      }
    }
  }

  @Test
  void theAnalysisAgreesWithCountingEveryComplaintByHand() {
    for (long seed : SEEDS) {
      ComplaintScenarioRunner.onStorage(InMemoryStorage::create).runThen(seed, STEPS, desk -> {
        List<Complaint> all = new ArrayList<>();
        desk.records().stream(Fixtures.serviceCentre(), Complaint.TYPE, RecordQuery.of("complaint").build(), all::add).orElseThrow();
        ComplaintAnalyst analyst = new ComplaintAnalyst(desk);
        for (ReportPeriod p : PERIODS) {
          ComplaintAnalysis a = analyst.analyse(Fixtures.serviceCentre(), p, Optional.empty()).orElseThrow();
          List<Complaint> reported = all.stream().filter(c -> p.contains(c.registeredDate())).toList();
          String why = "seed " + seed + ", " + p.code();
          assertThat(a.registered()).as(why).isEqualTo(reported.size());
          assertThat(a.byClass()).as(why).isEqualTo(count(reported, c -> c.complaintClass().map(Enum::name).orElse("-")));
          assertThat(a.byCategory()).as(why).isEqualTo(count(reported, c -> c.category().name()));
          assertThat(a.byValidity()).as(why).isEqualTo(count(reported, c -> c.validity().name()));
          assertThat(a.byOffice()).as(why).isEqualTo(count(reported, c -> c.office().value()));
          long onTime = reported.stream().filter(c -> c.firstReplyOnTime().orElse(false)).count();
          long due = reported.stream().filter(c -> c.firstReplyAt().isPresent()
              || c.firstReplyDeadline().isBefore(desk.clock().instant())).count();
          assertThat(a.firstReply()).as(why).isEqualTo(new ComplaintAnalysis.Compliance(onTime, due));
          assertThat(a.followUp()).as(why).isEqualTo(new ComplaintAnalysis.Compliance(
              reported.stream().mapToLong(Complaint::daysContacted).sum(), reported.stream().mapToLong(Complaint::daysOpen).sum()));
          List<Complaint> resolved = all.stream().filter(c -> c.resolvedAt().map(t -> p.contains(t.atZone(c.zone()).toLocalDate()))
              .orElse(false)).toList();
          Map<String, List<Long>> minutes = new TreeMap<>();
          resolved.forEach(c -> minutes.computeIfAbsent(c.complaintClass().map(Enum::name).orElse("-"), k -> new ArrayList<>())
              .add(c.resolutionMinutes().orElseThrow()));
          Map<String, ComplaintAnalysis.ResolutionTime> expected = new HashMap<>();
          minutes.forEach((k, v) -> {
            List<Long> sorted = v.stream().sorted().toList();
            // nearest rank: the value at rank ceil(q * n)
            expected.put(k, new ComplaintAnalysis.ResolutionTime(v.size(), Optional.of(sorted.get((sorted.size() + 1) / 2 - 1)),
                Optional.of(sorted.get((int) Math.ceil(sorted.size() * 9 / 10.0) - 1))));
          });
          assertThat(a.resolution()).as(why).isEqualTo(expected);
          assertThat(a.callbacks()).as(why).isEqualTo(count(all.stream().filter(c -> c.lastCallback()
              .map(cb -> p.contains(cb.at().atZone(c.zone()).toLocalDate())).orElse(false)).toList(),
              c -> c.lastCallback().orElseThrow().outcome().name()));
          Map<String, Long> perOwner = count(reported, c -> c.owner().value() + "|" + c.unit().value());
          assertThat(a.repeatComplainants()).as(why).extracting(r -> r.owner().value() + "|" + r.unit())
              .containsExactlyInAnyOrderElementsOf(perOwner.entrySet().stream().filter(e -> e.getValue() >= 2)
                  .map(Map.Entry::getKey).toList());
          assertThat(a.upgrades()).as(why).hasSize((int) all.stream().filter(c -> c.becameMajorAt()
              .map(t -> p.contains(t.atZone(c.zone()).toLocalDate())).orElse(false)).count());
        }
        return null;
      });
    }
  }

  @Test
  void anOfficeDirectorCannotAnalyseAnotherOfficeNorAllOffices() {
    ComplaintScenarioRunner.onStorage(InMemoryStorage::create).runThen(3, 50, desk -> {
      Actor director = Fixtures.director(Fixtures.OFFICE_1);
      ComplaintAnalyst analyst = new ComplaintAnalyst(desk);
      ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3));
      for (Optional<OfficeId> scope : List.of(Optional.of(Fixtures.OFFICE_2), Optional.<OfficeId>empty())) {
        assertThat(analyst.analyse(director, march, scope).rejection().orElseThrow().field()).contains("office");
      }
      return null;
    });
  }

  private static Map<String, Long> count(List<Complaint> complaints, Function<Complaint, String> key) {
    Map<String, Long> out = new TreeMap<>();
    complaints.forEach(c -> out.merge(key.apply(c), 1L, Long::sum));
    return out;
  }

}
