package org.propdesk.workflows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.org.Actor;
import org.propdesk.core.spi.StorageTransaction;
import org.propdesk.core.spi.TimerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA timer sweep (时限检查), run by a call the host makes, e.g. every minute: {@code
 * desk.timers().runDue()}.
 *
 * <p>It fires every timer due at the clock's instant (for complaints: first-reply alarms, missed
 * follow-up days, the monthly upgrade), dispatching each to the {@link TimerHandler} that its
 * aggregate type's {@link AggregateRoute} registered for its kind; it never names a procedure. Timers
 * are claimed, applied and marked fired in batches of up to 200, a batch in one transaction, in the
 * order they fell due. So two nodes sweeping at once never fire the same timer twice (a timer the
 * other holds is skipped), a crash leaves the whole batch pending, and a batch that meets a concurrent
 * change is rolled back and fired again one timer per transaction. What a firing changed is logged
 * once its transaction has committed. The result is deterministic for a given clock; running twice at
 * the same instant changes nothing the second time. Each run then seals every office's new journal
 * entries into its hash chain (in one short transaction), so entries are tamper-evident within one
 * sweep interval. PropDesk starts no thread: the host schedules the calls.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class Timers {
  private static final Logger LOG = LoggerFactory.getLogger(Timers.class);
  private static final int BATCH = 200;

  private final Kernel k;

  Timers(Kernel k) {
    this.k = k;
  }

  /**
   * Fires every timer due now, including timers that become due as a result (a later missed day).
   *
   * <p>The due timers are claimed and fired in batches, each batch in one transaction. When a batch
   * meets a concurrent change (another node firing or changing the same aggregate), it is rolled back
   * whole and its timers are fired again one per transaction, so that one conflict costs only its own
   * timer.
   */
  public TimerRunReport runDue() {
    int fired = 0;
    int changed = 0;
    int skipped = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      Instant now = k.now();
      List<Fired> batch;
      List<TimerEntry> fresh;
      boolean more = true;
      try {
        Batch b = k.storage().inTransaction(tx -> fireBatch(tx, now, seen));
        fresh = b.claimed();
        batch = b.fired();
        // a short batch took every timer due now that no one else held; unless its firings set one
        // that is already due, another round would claim nothing
        more = b.full() || b.setOneDue();
      } catch (StaleVersionException e) {
        LOG.info("a batch of timers met a concurrent change; firing them one by one ({})", e.getMessage());
        fresh = k.storage().inTransaction(tx -> tx.timers().due(now, BATCH)).stream().filter(t -> !seen.contains(t.id())).toList();
        batch = new java.util.ArrayList<>();
        for (TimerEntry t : fresh) {
          try {
            Optional<Fired> one = k.storage().inTransaction(tx -> fire(tx, t, now));
            one.ifPresent(batch::add);
          } catch (StaleVersionException conflict) {
            LOG.info("timer {} met a concurrent change; it stays pending ({})", t.id(), conflict.getMessage());
          }
        }
      }
      if (fresh.isEmpty()) {
        break;
      }
      fresh.forEach(t -> seen.add(t.id()));
      skipped += fresh.size() - batch.size();
      for (Fired f : batch) {
        fired++;
        changed += f.change().isPresent() ? 1 : 0;
        report(f);
      }
      if (!more) {
        break;
      }
    }
    sealEveryOffice();
    if (fired > 0 || skipped > 0) {
      LOG.info("timers runDue at {} -> fired={} changed={} skipped={}", k.now(), fired, changed, skipped);
    }
    return new TimerRunReport(fired, changed, skipped);
  }

  /**
   * The timers a batch claimed for the first time in this sweep, those of them it fired, and whether
   * the claim was full (more may be due).
   */
  private record Batch(List<TimerEntry> claimed, List<Fired> fired, boolean full) {
    /** Whether a firing set a timer that is due already. */
    boolean setOneDue() {
      return fired.stream().anyMatch(Fired::setOneDue);
    }
  }

  /** Claims the due timers not yet seen in this sweep and fires each, all in {@code tx}. */
  private Batch fireBatch(StorageTransaction tx, Instant now, java.util.Set<String> seen) {
    List<TimerEntry> due = tx.timers().claimDue(now, BATCH);
    List<TimerEntry> claimed = due.stream().filter(t -> !seen.contains(t.id())).toList();
    List<Fired> fired = new java.util.ArrayList<>(claimed.size());
    for (TimerEntry t : claimed) {
      fired.add(fireClaimed(tx, t, now));
    }
    return new Batch(claimed, fired, due.size() >= BATCH);
  }

  /**
   * A timer fired, with what its firing changed (empty when it found nothing to do), logged and
   * observed only once its transaction has committed, and whether it set a timer due by the sweep's
   * instant.
   */
  private record Fired(TimerEntry timer, Optional<String> change, boolean setOneDue) {}

  /** Logs what a committed firing changed and tells the telemetry how late it fired. */
  private void report(Fired f) {
    TimerEntry t = f.timer();
    f.change().ifPresent(LOG::info);
    java.time.Duration lag = java.time.Duration.between(t.dueAt(), k.now());
    k.observe(x -> x.timerFired(t.aggregateType(), t.kind(), lag.isNegative() ? java.time.Duration.ZERO : lag));
  }

  /**
   * Seals every office's journal, in one short transaction that locks the offices' chain heads in the
   * directory's order (so two nodes sealing at once wait for each other, never deadlock). When another
   * node holds a head, each office is sealed on its own, and one that is still held is left to that
   * node.
   */
  private void sealEveryOffice() {
    List<org.propdesk.core.org.ManagementOffice> offices = k.directory().company().offices();
    try {
      k.storage().inTransaction(tx -> {
        offices.forEach(o -> tx.journal().seal(o.id()));
        return null;
      });
      return;
    } catch (StaleVersionException e) {
      LOG.info("sealing every office at once met another node; sealing them one by one ({})", e.getMessage());
    }
    for (org.propdesk.core.org.ManagementOffice o : offices) {
      try {
        k.storage().inTransaction(tx -> tx.journal().seal(o.id()));
      } catch (StaleVersionException e) {
        LOG.info("journal of office {} is being sealed by another node; left to it ({})", o.id(), e.getMessage());
      }
    }
  }

  /**
   * When the earliest pending timer is due, or empty when none is pending: a host (or a simulation)
   * that sweeps on its own schedule can skip the sweeps that would find nothing to fire. A skipped
   * sweep also seals no journal, so still sweep after commands have journaled.
   */
  public Optional<Instant> nextDue() {
    return k.storage().inTransaction(tx -> tx.timers().due(FAR_FUTURE, 1)).stream().findFirst().map(TimerEntry::dueAt);
  }

  /** Later than any timer PropDesk sets. */
  private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

  /** Claims, applies and marks one timer; empty when another holds it or it already fired. */
  private Optional<Fired> fire(StorageTransaction tx, TimerEntry due, Instant now) {
    return tx.timers().claim(due.id()).map(t -> fireClaimed(tx, t, now));
  }

  /** Applies a timer {@code tx} has claimed, in the sweep at {@code now}, and marks it fired. */
  private Fired fireClaimed(StorageTransaction tx, TimerEntry t, Instant now) {
    Optional<AggregateRoute<?>> route = k.route(t.aggregateType());
    Optional<String> change = Optional.empty();
    boolean setOneDue = false;
    if (route.isEmpty()) {
      LOG.warn("timer {} has unknown aggregate type {}; marked fired without effect", t.id(), t.aggregateType());
    } else {
      CommandContext ctx = new CommandContext(k, tx, Actor.system());
      change = apply(ctx, route.get(), t);
      setOneDue = ctx.scheduledDueBy(now);
    }
    tx.timers().markFired(t.id(), k.now());
    return new Fired(t, change, setOneDue);
  }

  /** Applies the timer's handler; the log line of what it changed, or empty when it changed nothing. */
  private <A> Optional<String> apply(CommandContext ctx, AggregateRoute<A> route, TimerEntry t) {
    Optional<TimerHandler<A>> handler = route.timerHandler(t.kind());
    if (handler.isEmpty()) {
      LOG.warn("timer {} has unknown kind {} for {}; marked fired without effect", t.id(), t.kind(), t.aggregateType());
      return Optional.empty();
    }
    Optional<A> found = ctx.find(route, t.aggregateId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    A current = found.get();
    var type = route.type();
    Result<A> r = handler.get().fire(current, t, ctx);
    if (!r.isAccepted() || type.versionOf(r.orElseThrow()) == type.versionOf(current)) {
      return Optional.empty();
    }
    A next = r.orElseThrow();
    ctx.record(route, current, next, "TIMER_" + t.kind(), r.events());
    return Optional.of(type.name() + " TIMER_" + t.kind() + " " + t.aggregateId() + " office=" + type.officeOf(next)
        + " -> v" + type.versionOf(next) + " " + type.stateOf(next) + route.logSummary(next));
  }
}
