package org.propdesk.core.lifecycle;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.propdesk.core.common.Check;

/**
 * The small helpers every aggregate's command methods share (聚合通用操作), so a new procedure's
 * aggregate does not copy them: the instant a decision is made at, appending to an append-only
 * history, and shortening a note for a history line. Ask the lifecycle table for a refusal with
 * {@link Lifecycle#refusal}.
 *
 * <p>Stateless and thread-safe; every argument is non-null.
 *
 * @since 0.1.0
 */
public final class Aggregates {
  /** The longest note a history line keeps; longer notes end in an ellipsis. */
  public static final int NOTE_LENGTH = 200;

  private Aggregates() {}

  /**
   * The clock's instant to the millisecond, the precision every store keeps, so a decision and its
   * stored snapshot agree.
   */
  public static Instant now(Clock clock) {
    return Check.present("clock", clock).instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new unmodifiable list: {@code list} followed by {@code item}. */
  public static <T> List<T> append(List<T> list, T item) {
    return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(Check.present("item", item)).build();
  }

  /** The note as a history line keeps it: at most {@value #NOTE_LENGTH} characters, then "…". */
  public static String shortNote(String note) {
    Check.present("note", note);
    return note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) + "…" : note;
  }
}
