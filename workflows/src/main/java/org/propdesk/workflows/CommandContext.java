package org.propdesk.workflows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.IdempotencyRecord;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.TimerEntry;

/**
 * One command's view of the kernel inside its storage transaction (命令上下文): read records of any
 * registered type, and record an accepted change, which writes, in that same transaction, the save with
 * the expected version, one journal entry, one outbox row per domain event (as JSON), the notifications
 * and the timers the change causes.
 *
 * <p>Valid only during the call it was given to; not thread-safe. Arguments are non-null unless marked.
 *
 * @since 0.1.0
 */
public final class CommandContext {
  private final Kernel kernel;
  private final StorageTransaction tx;
  private final Actor actor;
  /** When the earliest timer this context scheduled falls due; null while it has scheduled none. */
  private @Nullable Instant earliestScheduled;

  CommandContext(Kernel kernel, StorageTransaction tx, Actor actor) {
    this.kernel = kernel;
    this.tx = tx;
    this.actor = actor;
  }

  /** Who runs the command. */
  public Actor actor() {
    return actor;
  }

  /** The clock decisions are made at. */
  public Clock clock() {
    return kernel.clock();
  }

  /** The clock's instant, to the millisecond. */
  public Instant now() {
    return kernel.now();
  }

  /** The directory of offices, units, residents and staff. */
  public Directory directory() {
    return kernel.directory();
  }

  /** A fresh id of {@code kind} from the id source. */
  public String newId(String kind) {
    return kernel.ids().next(kind);
  }

  /** The record of the route's type with this id, whatever its office (scope it yourself). */
  public <A> Optional<A> find(AggregateRoute<A> route, String id) {
    return route.repository().find(tx, Check.present("id", id));
  }

  /** The record of the route's type with this id, if it exists and the actor may see its office. */
  public <A> Optional<A> findVisible(AggregateRoute<A> route, String id) {
    return find(route, id).filter(a -> actor.canSee(route.type().officeOf(a)));
  }

  /** The records of the route's type that match {@code query}. */
  public <A> List<A> query(AggregateRoute<A> route, RecordQuery query) {
    Check.that(query.type().equals(route.type().name()), "query", "must query type " + route.type().name());
    return route.repository().query(tx, query);
  }

  /** Hands every record of the route's type that matches {@code query} to {@code sink}, streamed. */
  public <A> void stream(AggregateRoute<A> route, RecordQuery query, java.util.function.Consumer<? super A> sink) {
    Check.that(query.type().equals(route.type().name()), "query", "must query type " + route.type().name());
    route.repository().stream(tx, query, sink);
  }

  /**
   * Records an accepted change of one aggregate: saves {@code after} expecting {@code before}'s
   * version (0 for a new record), journals {@code action} with the states before and after and the
   * events as masked JSON, writes each event to the outbox as JSON beside the notifications it
   * causes, and schedules the timers it sets.
   *
   * @param before the snapshot the change was decided on; null for a new record
   * @throws org.propdesk.core.common.StaleVersionException when another writer saved first
   */
  public <A> void record(AggregateRoute<A> route, @Nullable A before, A after, String action, List<? extends DomainEvent> events) {
    var type = route.type();
    route.repository().save(tx, after, before == null ? 0 : type.versionOf(before));
    Instant now = kernel.now();
    List<ObjectNode> fields = events.stream().map(JsonCodec::fieldsOf).toList();
    tx.journal().append(new JournalDraft(type.officeOf(after), now, actor.staffId().value(), type.name(),
        type.idOf(after), action, before == null ? "" : type.stateOf(before), type.stateOf(after),
        JsonCodec.journalPayload(type.versionOf(after), events, fields)));
    for (int i = 0; i < events.size(); i++) {
      DomainEvent e = events.get(i);
      String eventId = kernel.ids().next("event");
      tx.outbox().enqueue(OutboxMessage.pending(new Notification(eventId, OfficeId.of(e.officeId()),
          Notification.Audience.EVENT_STREAM, Optional.empty(), e.type(), e.aggregateId(), type.name(),
          JsonCodec.eventEnvelope(eventId, type.name(), e, fields.get(i)), e.occurredAt()), now));
      for (Notification n : route.notificationsOf(after, e, () -> kernel.ids().next("event"))) {
        tx.outbox().enqueue(OutboxMessage.pending(n, now));
      }
      for (TimerEntry t : route.timersOf(after, e)) {
        stage(t);
      }
    }
  }

  /**
   * The first result remembered under the request's key in {@code office}, if any.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code idempotencyKey} when the key
   *     was used for another request (another fingerprint, or another aggregate type)
   */
  <A> Optional<A> replay(AggregateRoute<A> route, OfficeId office, IdempotentRequest request) {
    Optional<IdempotencyRecord> seen = tx.idempotencyKeys().find(office, request.key());
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord r = seen.get();
    if (!r.fingerprint().equals(request.fingerprint()) || !r.aggregateType().equals(route.type().name())) {
      throw new InvalidInputException("idempotencyKey",
          "was already used in office " + office + " for another request; use a new key for a new request");
    }
    return Optional.of(JsonCodec.fromDocument(route.type(), r.document()));
  }

  /** Remembers {@code result} as the first result of the request in {@code office}. */
  <A> void remember(AggregateRoute<A> route, OfficeId office, IdempotentRequest request, A result) {
    var type = route.type();
    tx.idempotencyKeys().remember(new IdempotencyRecord(office, request.key(), request.fingerprint(), type.name(),
        type.idOf(result), type.versionOf(result), JsonCodec.toRecord(type, result).document(), kernel.now()));
  }

  /**
   * Journals a refused command (拒绝留痕) in {@code office}'s chain: action {@code REFUSED:<action>}, the
   * record's id and state (unchanged), and the rejection's code, field and message, masked. Nothing else
   * is written. The kernel calls it for routes that {@linkplain AggregateRoute.Builder#journalRefusals
   * journal refusals}; a creating command calls it itself once it knows the office.
   *
   * @param aggregateId the record the command was for, or a placeholder such as {@code "-"} for a record
   *     never created
   * @param state the record's state, or empty text for a record never created
   */
  public <A> void journalRefusal(AggregateRoute<A> route, OfficeId office, String aggregateId, String state, String action,
      org.propdesk.core.common.Rejection no) {
    Check.present("office", office);
    Check.present("no", no);
    String what = ("REFUSED:" + Check.text("action", action));
    tx.journal().append(new JournalDraft(office, kernel.now(), actor.staffId().value(), route.type().name(),
        Check.text("aggregateId", aggregateId, 64), what.length() > 64 ? what.substring(0, 64) : what, state, state,
        JsonCodec.refusalPayload(no)));
  }

  /**
   * Records the outcome of a creating command in {@code office}: an accepted new record as {@link
   * #record} does (no snapshot before it), or a refusal as {@link #journalRefusal} does, for a record
   * never created ({@code "-"}, no state).
   *
   * @return {@code made}, unchanged
   */
  public <A> org.propdesk.core.common.Result<A> recordNew(AggregateRoute<A> route, OfficeId office,
      org.propdesk.core.common.Result<A> made, String action) {
    Check.present("made", made);
    if (made.isAccepted()) {
      record(route, null, made.orElseThrow(), action, made.events());
    } else {
      journalRefusal(route, office, "-", "", action, made.rejection().orElseThrow());
    }
    return made;
  }

  /** Schedules a timer; scheduling an existing timer id again is a no-op. */
  public void schedule(TimerEntry timer) {
    stage(Check.present("timer", timer));
  }

  private void stage(TimerEntry timer) {
    tx.timers().schedule(timer);
    if (earliestScheduled == null || timer.dueAt().isBefore(earliestScheduled)) {
      earliestScheduled = timer.dueAt();
    }
  }

  /** Whether this context scheduled a timer due at or before {@code at}: the sweep then looks again. */
  boolean scheduledDueBy(Instant at) {
    return earliestScheduled != null && !earliestScheduled.isAfter(at);
  }

  /** Journals a read of {@code snapshot} by a company-wide actor (监督查阅留痕), with a short note. */
  public <A> void journalRead(AggregateRoute<A> route, A snapshot, String what) {
    var type = route.type();
    String state = type.stateOf(snapshot);
    tx.journal().append(new JournalDraft(type.officeOf(snapshot), kernel.now(), actor.staffId().value(), type.name(),
        type.idOf(snapshot), "READ", state, state, JsonCodec.notePayload(what)));
  }
}
