package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The demo's progress: a bar redrawn in place on a terminal, weekly plain lines elsewhere; time from a fake ticker. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
  private final AtomicLong nanos = new AtomicLong();
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminalOneLineIsRedrawnAtMostTenTimesASecondWithTheDateRateAndTimeLeft() {
    Progress p = new Progress(out, true, FIRST, FIRST.plusDays(29), FIRST.plusDays(29), nanos::get);
    nanos.set(1_000_000_000L); // one second in: 10 of 30 days, 2,000 commands
    p.at(FIRST.plusDays(10), 2_000);
    nanos.addAndGet(50_000_000L); // 50 ms later: not redrawn
    p.at(FIRST.plusDays(11), 2_100);
    assertThat(printed()).isEqualTo("\r[########................] 2026-03-11  day 10/30  2,000 commands  2,000 cmd/s  0:02 left");
    nanos.set(2_000_000_000L);
    p.finish(FIRST.plusDays(30), 6_000);
    assertThat(printed()).endsWith("\r[########################] 2026-03-31  day 30/30  6,000 commands  3,000 cmd/s  0:00 left"
        + System.lineSeparator());
  }

  @Test
  void elsewhereAPlainLineEachSimulatedWeekAndOneAtTheEnd() {
    Progress p = new Progress(out, false, FIRST, FIRST.plusDays(29), FIRST.plusDays(29), nanos::get);
    for (int day = 1; day <= 30; day++) {
      nanos.addAndGet(100_000_000L);
      p.at(FIRST.plusDays(day), day * 100L);
    }
    p.finish(FIRST.plusDays(30), 3_000);
    String[] lines = printed().split(System.lineSeparator());
    assertThat(lines).hasSize(5).noneMatch(l -> l.contains("\r"));
    assertThat(lines[0]).startsWith("2026-03-08  day 7/30  700 commands");
    assertThat(lines[3]).startsWith("2026-03-29  day 28/30");
    assertThat(lines[4]).startsWith("2026-03-31  day 30/30  3,000 commands  1,000 cmd/s  0:00 left");
  }

  @Test
  void theTimeLeftGoesAtLastWeeksPaceAndCountsAFollowThroughDayAsAQuarterOfAnArrivalDay() {
    // 30 days of arrivals, then 30 of follow-through
    Progress p = new Progress(out, false, FIRST, FIRST.plusDays(29), FIRST.plusDays(59), nanos::get);
    for (int day = 1; day <= 7; day++) {
      nanos.addAndGet(700_000_000L); // the first week is slow, while the JIT compiles
      p.at(FIRST.plusDays(day), day * 300L);
    }
    for (int day = 8; day <= 14; day++) {
      nanos.addAndGet(200_000_000L);
      p.at(FIRST.plusDays(day), day * 300L);
    }
    String[] lines = printed().split(System.lineSeparator());
    // day 7: 4.9 s for 7 arrival days; left: 23 arrival days and 30 follow-through days (7.5) at 0.7 s = 21.35 s
    assertThat(lines[0]).isEqualTo("2026-03-08  day 7/60  2,100 commands  429 cmd/s  0:21 left");
    // day 14: last week 1.4 s for 7 days; left: 16 + 7.5 days at 0.2 s = 4.7 s
    assertThat(lines[1]).isEqualTo("2026-03-15  day 14/60  4,200 commands  667 cmd/s  0:04 left");
  }
}
