package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Telemetry;
import org.propdesk.core.spi.Telemetry.CommandOutcome;
import org.propdesk.core.spi.Telemetry.Outcome;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.complaint.ComplaintCommand;

/** What the kernel tells a host's {@link Telemetry}, recorded by a fake: every outcome, lag and relay run. */
class TelemetryTest {
  /** Records every call, in order. */
  static final class RecordingTelemetry implements Telemetry {
    final List<Object> calls = new ArrayList<>();

    @Override
    public synchronized void commandFinished(CommandOutcome outcome) {
      calls.add(outcome);
    }

    @Override
    public synchronized void conflictRetried(String procedure, String aggregateType, String command) {
      calls.add("retried " + procedure + " " + command);
    }

    @Override
    public synchronized void timerFired(String aggregateType, String kind, Duration lag) {
      calls.add("timer " + aggregateType + " " + kind + " " + lag);
    }

    @Override
    public synchronized void relayFinished(int delivered, int failed, int dead, int published) {
      calls.add("relay " + delivered + "/" + failed + "/" + dead + "/" + published);
    }
  }

  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");

  private PropDesk desk(Telemetry telemetry) {
    return PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).telemetry(telemetry).build();
  }

  private static CommandOutcome outcome(String command, Outcome outcome) {
    return new CommandOutcome("complaint", "complaint", command, outcome, Optional.empty());
  }

  @Test
  void everyEndOfACommandIsToldWithItsProcedureCommandAndOutcome() {
    RecordingTelemetry seen = new RecordingTelemetry();
    PropDesk d = desk(seen);
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.complaints().judge(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(true, false));
    assertThatThrownBy(() -> d.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> d.complaints().execute(Fixtures.clerk(OFFICE_1), c.id(), 7,
        ComplaintCommand.reply(Reply.of("我们马上处理。")))).isInstanceOf(StaleVersionException.class);

    assertThat(seen.calls).containsExactly(
        outcome("REGISTER", Outcome.ACCEPTED),
        new CommandOutcome("complaint", "complaint", "JUDGE", Outcome.REJECTED, Optional.of(RejectionCode.ROLE_NOT_PERMITTED)),
        outcome("REPLY", Outcome.STALE));
  }

  @Test
  void aTimerIsToldWithHowLateItFiredAndARelayRunWithItsCounts() {
    RecordingTelemetry seen = new RecordingTelemetry();
    PropDesk d = desk(seen);
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    d.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
    seen.calls.clear();
    d.outbox().deliverDue();
    assertThat(seen.calls).as("the director's notification delivered; the registered and judged events published")
        .containsExactly("relay 1/0/0/2");
    seen.calls.clear();
    clock.advance(Duration.ofMinutes(20)); // the first reply was due 15 minutes after registration; its timer 1 ms later
    d.timers().runDue();
    assertThat(seen.calls).filteredOn(o -> o instanceof String s && s.startsWith("timer complaint FIRST_REPLY"))
        .containsExactly("timer complaint FIRST_REPLY PT4M59.999S");
  }

  @Test
  void aTelemetryThatThrowsNeverFailsTheCommand() {
    PropDesk d = desk(new Telemetry() {
      @Override
      public void commandFinished(CommandOutcome outcome) {
        throw new IllegalStateException("metrics backend down");
      }
    });
    Complaint c = d.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    assertThat(d.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).isPresent();
  }

  @Test
  void aRejectionCodeIsPresentExactlyForARejectedOutcome() {
    assertThatThrownBy(() -> new CommandOutcome("complaint", "complaint", "JUDGE", Outcome.ACCEPTED,
        Optional.of(RejectionCode.ROLE_NOT_PERMITTED))).isInstanceOf(InvalidInputException.class).hasMessageContaining("rejection");
    assertThatThrownBy(() -> new CommandOutcome("complaint", "complaint", "JUDGE", Outcome.REJECTED, Optional.empty()))
        .isInstanceOf(InvalidInputException.class);
  }
}
