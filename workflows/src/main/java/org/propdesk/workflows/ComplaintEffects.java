package org.propdesk.workflows;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintEvent;
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
  private final Wiring w;

  ComplaintEffects(Wiring w) {
    this.w = w;
  }

  /** Saves {@code after} over {@code before} (null for a new complaint) and writes its effects. */
  void apply(StorageTransaction tx, @Nullable Complaint before, Complaint after, Actor actor, String action, List<DomainEvent> events) {
    tx.complaints().save(after, before == null ? 0 : before.version());
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
            Masking.scrub(
                "v" + after.version() + " " + events.stream().map(DomainEvent::toString).collect(Collectors.joining("; ")), 2000)));
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

  /** Journals a read of another office's complaint by a company-wide actor (监督查阅). */
  void journalRead(StorageTransaction tx, Complaint c, Actor actor, String what) {
    tx.journal().append(
        new JournalDraft(
            c.office(), w.now(), actor.staffId().value(), ComplaintTimerKind.AGGREGATE, c.id().value(),
            "READ", c.state().name(), c.state().name(), what));
  }
}
