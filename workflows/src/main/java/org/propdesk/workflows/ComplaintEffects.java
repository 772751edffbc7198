package org.propdesk.workflows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.OutboxMessage;
import org.propdesk.core.spi.StorageTransaction;

/**
 * Writes what follows from an accepted complaint change, in the same transaction: the save with the
 * expected version, one journal entry, the outbox rows and the timers. Stateless apart from the wiring.
 */
final class ComplaintEffects {
  /** The complaints in storage. */
  static final Repository<Complaint> COMPLAINTS = new Repository<>(Complaint.TYPE);

  private final Wiring w;

  ComplaintEffects(Wiring w) {
    this.w = w;
  }

  /** Saves {@code after} over {@code before} (null for a new complaint) and writes its effects. */
  void apply(StorageTransaction tx, @Nullable Complaint before, Complaint after, Actor actor, String action, List<DomainEvent> events) {
    COMPLAINTS.save(tx, after, before == null ? 0 : before.version());
    tx.journal().append(
        new JournalDraft(
            after.office(),
            w.now(),
            actor.staffId().value(),
            ComplaintTimerKind.AGGREGATE,
            after.id().value(),
            action,
            before == null ? "" : before.state().name(),
            after.state().name(),
            JsonCodec.journalPayload(after.version(), events)));
    for (DomainEvent e : events) {
      if (e instanceof ComplaintEvent ce) {
        for (Notification n : ComplaintNotifications.of(ce, () -> w.ids().next("event"))) {
          tx.outbox().enqueue(OutboxMessage.pending(n, w.now()));
        }
        if (ce instanceof ComplaintEvent.Registered r && !after.isTerminal()) {
          tx.timers().schedule(ComplaintTimerKind.firstReply(after));
          tx.timers().schedule(ComplaintTimerKind.upgrade(after));
          tx.timers().schedule(ComplaintTimerKind.followUpDay(after, r.firstFollowUpDay()));
        }
      }
    }
  }

  /** The complaint, if stored. */
  static Optional<Complaint> find(StorageTransaction tx, ComplaintId id) {
    return COMPLAINTS.find(tx, id.value());
  }

  /** The office's complaints of the owner that are registered or in handling, in registration order. */
  static List<Complaint> findOpenByOwner(StorageTransaction tx, OfficeId office, OwnerId owner) {
    return COMPLAINTS.query(tx, COMPLAINTS.queryOf().office(office).eq("owner_id", owner.value())
        .in("state", List.of(ComplaintState.REGISTERED.name(), ComplaintState.IN_HANDLING.name()))
        .orderBy("registered_at").build());
  }

  /**
   * The office's complaints registered before {@code to} that were not closed before {@code from}: every
   * complaint that can have activity in [from, to), in registration order.
   */
  static List<Complaint> findActiveBetween(StorageTransaction tx, OfficeId office, Instant from, Instant to) {
    return COMPLAINTS.query(tx, COMPLAINTS.queryOf().office(office).before("registered_at", to)
        .atLeastOrNull("closed_at", from).orderBy("registered_at").build());
  }

  /** Journals a read of another office's complaint by a company-wide actor (监督查阅). */
  void journalRead(StorageTransaction tx, Complaint c, Actor actor, String what) {
    tx.journal().append(
        new JournalDraft(
            c.office(), w.now(), actor.staffId().value(), ComplaintTimerKind.AGGREGATE, c.id().value(),
            "READ", c.state().name(), c.state().name(), JsonCodec.notePayload(what)));
  }
}
