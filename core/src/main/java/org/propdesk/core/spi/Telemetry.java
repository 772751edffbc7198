package org.propdesk.core.spi;

import java.time.Duration;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.RejectionCode;

/**
 * What the kernel observed (运行指标): each command's outcome, each conflict it retried, each timer it
 * fired (with how late), each outbox relay run. A host binds it to its metrics; the Spring Boot
 * starter's {@code MicrometerTelemetry} counts them in a Micrometer registry. No method names a
 * procedure's types: procedures, types and commands are plain names.
 *
 * <p>Called on the thread that ran the work, after its transaction ended (so a command rolled back
 * with the host's transaction has still been observed). Implementations must be thread-safe and fast;
 * an exception they throw is logged and ignored, never failing the command. Every method has a default
 * that does nothing.
 *
 * @since 0.1.0
 */
public interface Telemetry {
  /** How a command ended. */
  enum Outcome {
    /** Accepted and recorded. */
    ACCEPTED,
    /** A retry of a retry-safe command, answered with the first run's result; nothing recorded. */
    REPLAYED,
    /** Refused by the rules (a {@link RejectionCode}); nothing recorded. */
    REJECTED,
    /** Bad input ({@code InvalidInputException}); nothing recorded. */
    INVALID,
    /** A concurrent change won every attempt, or the expected version was stale; nothing recorded. */
    STALE,
    /** The storage or another part failed; nothing recorded. */
    FAILED
  }

  /**
   * One finished command.
   *
   * @param procedure the procedure's name, e.g. {@code "complaint"}
   * @param aggregateType the aggregate type's name, e.g. {@code "complaint"}
   * @param command the command's name, e.g. {@code "REPLY"}
   * @param outcome how it ended
   * @param rejection the refusal's code, present exactly when the outcome is {@link Outcome#REJECTED}
   */
  record CommandOutcome(String procedure, String aggregateType, String command, Outcome outcome,
      Optional<RejectionCode> rejection) {
    /** Checks the parts. */
    public CommandOutcome {
      Check.present("procedure", procedure);
      Check.present("aggregateType", aggregateType);
      Check.present("command", command);
      Check.present("outcome", outcome);
      Check.present("rejection", rejection);
      Check.that(rejection.isPresent() == (outcome == Outcome.REJECTED), "rejection",
          "must be present exactly when the outcome is REJECTED");
    }
  }

  /** A command finished. */
  default void commandFinished(CommandOutcome outcome) {}

  /** A command met a concurrent change and is tried again. */
  default void conflictRetried(String procedure, String aggregateType, String command) {}

  /** The timer sweep fired a timer {@code lag} after it was due (zero or more). */
  default void timerFired(String aggregateType, String kind, Duration lag) {}

  /** An outbox relay run ended: notifications delivered, failed (to be retried), dead; events published. */
  default void relayFinished(int delivered, int failed, int dead, int published) {}

  /** Observes nothing: the default. */
  static Telemetry none() {
    return new Telemetry() {};
  }
}
