package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ComplaintClass;

/** The demo runs, is deterministic, and shows what the issue asks: breaches, upgrades, closures. */
class MonthDemoTest {

  @Test
  void aSimulatedMonthAtThreeOfficesShowsBreachesUpgradesAndClosures() {
    MonthDemo.Summary s = new MonthDemo.Simulation(MonthDemo.DEFAULT_SEED).run();
    assertThat(s.offices()).hasSize(3);
    int received = s.offices().stream().mapToInt(MonthDemo.OfficeSummary::received).sum();
    assertThat(received).isBetween(300, 900);
    for (MonthDemo.OfficeSummary o : s.offices()) {
      assertThat(o.journalIntact()).as(o.name()).isTrue();
      assertThat(o.firstRepliesOnTime()).isLessThan(o.firstReplies()).isGreaterThan(o.firstReplies() / 2);
      assertThat(o.valid()).isEqualTo(o.byClass().values().stream().mapToInt(Integer::intValue).sum());
      assertThat(o.received()).isEqualTo(o.valid() + o.invalid() + o.repeats());
      assertThat(o.byClass().get(ComplaintClass.MAJOR)).isGreaterThanOrEqualTo(o.upgrades());
      assertThat(o.closed()).isPositive().isLessThanOrEqualTo(o.valid());
    }
    assertThat(s.offices().stream().mapToInt(MonthDemo.OfficeSummary::upgrades).sum()).isPositive();
    assertThat(s.notificationsDelivered()).isPositive();
    assertThat(s.rejectedCommands()).isPositive();
  }

  @Test
  void theSameSeedPrintsTheSameReport() {
    assertThat(printed(7)).isEqualTo(printed(7)).contains("Binjiang Office", "journals verified: intact");
  }

  private static String printed(long seed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MonthDemo.print(new MonthDemo.Simulation(seed).run(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
