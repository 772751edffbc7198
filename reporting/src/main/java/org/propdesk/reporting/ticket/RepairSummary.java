package org.propdesk.reporting.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.supervision.ReportPeriod;

/**
 * The figures of the incident and repair summary (报事报修汇总分析, PROCEDURES §16) for one period and one
 * office or all offices: a read model computed by {@link RepairAnalyst} from the storage's aggregations
 * and rendered by {@link RepairSummaryReport}. Two storages holding the same reports give equal
 * summaries (a test compares them with {@code equals}).
 *
 * <p>The clocks (first reply, dispatch, arrival) and the callbacks count the reports made in the
 * period; resolution counts the reports whose work was (last) done in the period. Maps are keyed by
 * office id, category name ({@code LEAK}, …) or {@code PAID}/{@code FREE}, sorted. Immutable and
 * thread-safe.
 *
 * @param period the period
 * @param office the office, or empty for every office
 * @param asOf when the figures were read
 * @param total every report of the scope
 * @param byOffice per office
 * @param byCategory per category
 * @param byPayment paid against free ({@code PAID}, {@code FREE})
 * @since 0.1.0
 */
public record RepairSummary(ReportPeriod period, Optional<OfficeId> office, Instant asOf, Figures total, Map<String, Figures> byOffice,
    Map<String, Figures> byCategory, Map<String, Figures> byPayment) {
  /** The key of a value that was not recorded. */
  public static final String NONE = "-";

  /** Checks the parts and keeps sorted, unmodifiable copies. */
  public RepairSummary {
    Check.present("period", period);
    Check.present("office", office);
    Check.present("asOf", asOf);
    Check.present("total", total);
    byOffice = sorted(byOffice);
    byCategory = sorted(byCategory);
    byPayment = sorted(byPayment);
  }

  /**
   * One group's figures.
   *
   * @param reported reports made in the period
   * @param paid of which paid work
   * @param firstReply first replies within their limit, of the reports answered or past their limit
   * @param dispatch dispatches within their limit, of the reports dispatched
   * @param arrival first arrivals by their deadline, of the reports attended
   * @param reopened reports made in the period that an unsatisfied callback reopened
   * @param callbacks the latest callback's result of the reports made in the period ({@code SATISFIED},
   *     {@code BASICALLY_SATISFIED}, {@code UNSATISFIED}, {@code UNREACHABLE}), those not called back
   *     left out
   * @param resolution resolution of the reports done in the period
   */
  public record Figures(long reported, long paid, OnTime firstReply, OnTime dispatch, OnTime arrival, long reopened,
      Map<String, Long> callbacks, Resolution resolution) {
    /** Checks the parts. */
    public Figures {
      Check.present("firstReply", firstReply);
      Check.present("dispatch", dispatch);
      Check.present("arrival", arrival);
      callbacks = sorted(callbacks);
      Check.present("resolution", resolution);
    }

    /** The share of reports reopened, or empty when none was reported. */
    public Optional<BigDecimal> reopenRate() {
      return reported == 0 ? Optional.empty() : Optional.of(ratio(reopened, reported));
    }

    /** Satisfied or basically satisfied, of those reached at the callback; empty when none was reached. */
    public OnTime satisfaction() {
      long reached = callbacks.entrySet().stream().filter(e -> !e.getKey().equals("UNREACHABLE")).mapToLong(Map.Entry::getValue).sum();
      return new OnTime(callbacks.getOrDefault("SATISFIED", 0L) + callbacks.getOrDefault("BASICALLY_SATISFIED", 0L), reached);
    }
  }

  /**
   * A clock met or not.
   *
   * @param met how many met it
   * @param applicable how many it applied to
   */
  public record OnTime(long met, long applicable) {
    /** The rate in [0, 1] to four decimals, or empty when it applied to none. */
    public Optional<BigDecimal> rate() {
      return applicable == 0 ? Optional.empty() : Optional.of(ratio(met, applicable));
    }
  }

  /**
   * Resolution of the reports done in the period, in whole minutes from the report less every pause.
   *
   * @param done reports done
   * @param onTime of which by their deadline
   * @param medianMinutes the median (discrete: the value at rank ⌈0.5 n⌉)
   * @param p90Minutes the 90th percentile (the value at rank ⌈0.9 n⌉)
   * @param pausedMinutes minutes the work stood still, summed
   */
  public record Resolution(long done, long onTime, Optional<Long> medianMinutes, Optional<Long> p90Minutes, long pausedMinutes) {
    /** Checks the parts. */
    public Resolution {
      Check.present("medianMinutes", medianMinutes);
      Check.present("p90Minutes", p90Minutes);
    }
  }

  /** An unmodifiable copy that iterates in key order (Map.copyOf would iterate in a per-run random order). */
  static <V> Map<String, V> sorted(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
  }

  static BigDecimal ratio(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
