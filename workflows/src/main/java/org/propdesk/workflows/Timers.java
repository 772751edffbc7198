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
 * aggregate type's {@link AggregateRoute} registered for its kind; it never names a procedure. Each timer is claimed, applied and marked fired in one transaction, so two
 * nodes sweeping at once never fire the same timer twice, and a crash leaves it pending. The result
 * is deterministic for a given clock; running twice at the same instant changes nothing the second
 * time. Each run then seals every office's new journal entries into its hash chain (one short
 * transaction per office), so entries are tamper-evident within one sweep interval. PropDesk starts no
 * thread: the host schedules the calls.
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

  /** Fires every timer due now, including timers that become due as a result (a later missed day). */
  public TimerRunReport runDue() {
    int fired = 0;
    int changed = 0;
    int skipped = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      List<TimerEntry> due = k.storage().inTransaction(tx -> tx.timers().due(k.now(), BATCH));
      List<TimerEntry> fresh = due.stream().filter(t -> seen.add(t.id())).toList();
      if (fresh.isEmpty()) {
        break;
      }
      for (TimerEntry t : fresh) {
        try {
          Optional<Boolean> outcome = k.storage().inTransaction(tx -> fire(tx, t.id()));
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
    sealEveryOffice();
    if (fired > 0 || skipped > 0) {
      LOG.info("timers runDue at {} -> fired={} changed={} skipped={}", k.now(), fired, changed, skipped);
    }
    return new TimerRunReport(fired, changed, skipped);
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
  private Optional<Boolean> fire(StorageTransaction tx, String timerId) {
    Optional<TimerEntry> claimed = tx.timers().claim(timerId);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    TimerEntry t = claimed.get();
    Optional<AggregateRoute<?>> route = k.route(t.aggregateType());
    boolean changed = false;
    if (route.isEmpty()) {
      LOG.warn("timer {} has unknown aggregate type {}; marked fired without effect", t.id(), t.aggregateType());
    } else {
      changed = apply(new CommandContext(k, tx, Actor.system()), route.get(), t);
    }
    tx.timers().markFired(t.id(), k.now());
    java.time.Duration lag = java.time.Duration.between(t.dueAt(), k.now());
    k.observe(x -> x.timerFired(t.aggregateType(), t.kind(), lag.isNegative() ? java.time.Duration.ZERO : lag));
    return Optional.of(changed);
  }

  private <A> boolean apply(CommandContext ctx, AggregateRoute<A> route, TimerEntry t) {
    Optional<TimerHandler<A>> handler = route.timerHandler(t.kind());
    if (handler.isEmpty()) {
      LOG.warn("timer {} has unknown kind {} for {}; marked fired without effect", t.id(), t.kind(), t.aggregateType());
      return false;
    }
    Optional<A> found = ctx.find(route, t.aggregateId());
    if (found.isEmpty()) {
      return false;
    }
    A current = found.get();
    var type = route.type();
    Result<A> r = handler.get().fire(current, t, ctx);
    if (!r.isAccepted() || type.versionOf(r.orElseThrow()) == type.versionOf(current)) {
      return false;
    }
    A next = r.orElseThrow();
    ctx.record(route, current, next, "TIMER_" + t.kind(), r.events());
    LOG.info("{} TIMER_{} {} office={} -> v{} {}{}", type.name(), t.kind(), t.aggregateId(), type.officeOf(next),
        type.versionOf(next), type.stateOf(next), route.logSummary(next));
    return true;
  }
}
