package org.propdesk.core.common;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of a command (命令结果): either the new snapshot with the events it raised, or a
 * rejection with a reason. A business "no" is a rejection, never an exception, and never {@code null}.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the snapshot type
 * @since 0.1.0
 */
public sealed interface Result<T> permits Result.Accepted, Result.Rejected {

  /** An accepted command. */
  static <T> Result<T> accepted(T value, List<? extends DomainEvent> events) {
    return new Accepted<>(value, ImmutableList.copyOf(events));
  }

  /** A rejected command. */
  static <T> Result<T> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }

  /** A rejected command with a code and message. */
  static <T> Result<T> rejected(RejectionCode code, String message) {
    return new Rejected<>(Rejection.of(code, message));
  }

  /** Whether the command was accepted. */
  boolean isAccepted();

  /** The new snapshot, or empty when rejected. */
  Optional<T> value();

  /** The events raised; empty when rejected. */
  List<DomainEvent> events();

  /** The rejection, or empty when accepted. */
  Optional<Rejection> rejection();

  /** The snapshot, or a {@link RejectedException} carrying the rejection. */
  default T orElseThrow() {
    return value().orElseThrow(() -> new RejectedException(rejection().orElseThrow()));
  }

  /** Maps the snapshot, keeping events or the rejection. */
  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Accepted<T> a) {
      return new Accepted<>(f.apply(a.snapshot()), a.raised());
    }
    return new Rejected<>(rejection().orElseThrow());
  }

  /**
   * An accepted command.
   *
   * @param snapshot the new snapshot
   * @param raised the events, in order
   */
  record Accepted<T>(T snapshot, List<DomainEvent> raised) implements Result<T> {
    /** Checks the parts. */
    public Accepted {
      Check.present("snapshot", snapshot);
      raised = ImmutableList.copyOf(Check.present("raised", raised));
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<T> value() {
      return Optional.of(snapshot);
    }

    @Override
    public List<DomainEvent> events() {
      return raised;
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.empty();
    }
  }

  /**
   * A rejected command.
   *
   * @param reason why
   */
  record Rejected<T>(Rejection reason) implements Result<T> {
    /** Checks the reason. */
    public Rejected {
      Check.present("reason", reason);
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public List<DomainEvent> events() {
      return ImmutableList.of();
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.of(reason);
    }
  }
}
