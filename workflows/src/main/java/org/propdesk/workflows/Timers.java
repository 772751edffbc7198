package org.propdesk.workflows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.TimerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA timer sweep (时限检查), run by a call the host makes, e.g. every minute: {@code
 * desk.timers().runDue()}.
 *
 * <p>It fires every timer due at the clock's instant: first-reply alarms, missed follow-up days, and
 * the monthly upgrade. Each timer is claimed, applied and marked fired in one transaction, so two
 * nodes sweeping at once never fire the same timer twice, and a crash leaves it pending. The result
 * is deterministic for a given clock; running twice at the same instant changes nothing the second
 * time. PropDesk starts no thread: the host schedules the calls.
 *
 * <p>Thread-safe.
 */
public final class Timers {
  private static final Logger LOG = LoggerFactory.getLogger(Timers.class);
  private static final int BATCH = 200;

  private final Wiring w;
  private final ComplaintEffects effects;

  Timers(Wiring w) {
    this.w = w;
    this.effects = new ComplaintEffects(w);
  }

  /** Fires every timer due now, including timers that become due as a result (a later missed day). */
  public TimerRunReport runDue() {
    int fired = 0;
    int changed = 0;
    int skipped = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      List<TimerEntry> due = w.storage().inTransaction(tx -> tx.timers().due(w.now(), BATCH));
      List<TimerEntry> fresh = due.stream().filter(t -> seen.add(t.id())).toList();
      if (fresh.isEmpty()) {
        break;
      }
      for (TimerEntry t : fresh) {
        try {
          Optional<Boolean> outcome = w.storage().inTransaction(tx -> fire(tx, t.id()));
          if (outcome.isEmpty()) {
            skipped++;
          } else {
            fired++;
            changed += outcome.get() ? 1 : 0;
          }
        } catch (StaleVersionException e) {
          skipped++;
          LOG.info("timer {} met a concurrent change; it stays pending ({})", t.id(), e.getMessage());
        }
      }
    }
    if (fired > 0 || skipped > 0) {
      LOG.info("timers runDue at {} -> fired={} changed={} skipped={}", w.now(), fired, changed, skipped);
    }
    return new TimerRunReport(fired, changed, skipped);
  }

  /** Claims, applies and marks one timer; empty when another holds it or it already fired. */
  private Optional<Boolean> fire(StorageTransaction tx, String timerId) {
    Optional<TimerEntry> claimed = tx.timers().claim(timerId);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    TimerEntry t = claimed.get();
    boolean changed = false;
    if (ComplaintTimerKind.AGGREGATE.equals(t.aggregateType())) {
      Optional<Complaint> found = ComplaintEffects.find(tx, ComplaintId.of(t.aggregateId()));
      if (found.isPresent()) {
        changed = applyComplaintTimer(tx, t, found.get());
      }
    } else {
      LOG.warn("timer {} has unknown aggregate type {}; marked fired without effect", t.id(), t.aggregateType());
    }
    tx.timers().markFired(t.id(), w.now());
    return Optional.of(changed);
  }

  private boolean applyComplaintTimer(StorageTransaction tx, TimerEntry t, Complaint c) {
    ComplaintTimerKind kind = ComplaintTimerKind.valueOf(t.kind());
    Result<Complaint> r =
        switch (kind) {
          case FIRST_REPLY -> c.onFirstReplyDeadline(w.clock());
          case UPGRADE -> c.onUpgradeDue(w.complaintPolicies(), w.clock());
          case FOLLOW_UP_DAY -> c.onFollowUpDayEnded(LocalDate.parse(t.payload()), w.clock());
        };
    Complaint next = r.orElseThrow();
    boolean changed = next.version() != c.version();
    if (changed) {
      effects.apply(tx, c, next, Actor.system(), "TIMER_" + kind, r.events());
      LOG.info("complaint TIMER_{} {} office={} -> v{} {}{}", kind, c.id(), c.office(), next.version(), next.state(),
          next.complaintClass().map(x -> " " + x).orElse(""));
    }
    if (kind == ComplaintTimerKind.FOLLOW_UP_DAY && !next.isTerminal()) {
      tx.timers().schedule(ComplaintTimerKind.followUpDay(next, LocalDate.parse(t.payload()).plusDays(1)));
    }
    return changed;
  }
}
