package org.propdesk.reporting.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.supervision.ReportPeriod;

/**
 * The figures of the complaint analysis report (《客户投诉分析报告》, PROCEDURES §16) for one period and
 * one office or all offices: a read model computed by {@link ComplaintAnalyst} from the storage's
 * aggregations, and rendered by {@link ComplaintAnalysisReport}. Two storages holding the same
 * complaints give equal analyses (the contract test compares them with {@code equals}).
 *
 * <p>Counts by key use the enum or id names as keys ({@code "GENERAL"}, {@code "REPAIRS"}, an office
 * id); an absent value is the key {@value #NONE}. Maps are sorted by key. Immutable and thread-safe.
 *
 * @param period the period
 * @param office the office, or empty for every office the actor may see (all of them)
 * @param asOf the instant the figures were read at (later events are not counted)
 * @param registered complaints reported in the period (merged repeats included)
 * @param byClass counts by class ({@value #NONE}: not judged valid)
 * @param byCategory counts by category
 * @param byChannel counts by channel
 * @param byValidity counts by validity
 * @param byDepartment counts by the department complained about ({@value #NONE}: none recorded)
 * @param byPerson counts by the staff member complained about (only those named)
 * @param byOffice counts by office
 * @param firstReply first-reply compliance (≤ 15 min) of the complaints reported in the period
 * @param agreedTime agreed-handling-time compliance of those with an agreed time that is settled
 * @param followUp follow-up compliance of those reported in the period
 * @param resolution resolution time per class, of complaints resolved in the period
 * @param upgradesByCriteria complaints that became major in the period, by criteria key
 * @param upgrades the complaints that became major in the period, the latest first, at most {@link
 *     ComplaintAnalyst#MAX_LISTED_UPGRADES}
 * @param callbacks latest callback outcomes of complaints called back in the period
 * @param repeatComplainants owners with two or more complaints in the period, most first
 * @param monthlyTrend complaints reported per month over the twelve months ending with the period
 * @param previous the counts of the previous period, for the change
 * @since 0.1.0
 */
public record ComplaintAnalysis(
    ReportPeriod period,
    Optional<OfficeId> office,
    Instant asOf,
    long registered,
    Map<String, Long> byClass,
    Map<String, Long> byCategory,
    Map<String, Long> byChannel,
    Map<String, Long> byValidity,
    Map<String, Long> byDepartment,
    Map<String, Long> byPerson,
    Map<String, Long> byOffice,
    Compliance firstReply,
    Compliance agreedTime,
    Compliance followUp,
    Map<String, ResolutionTime> resolution,
    Map<String, Long> upgradesByCriteria,
    List<Upgrade> upgrades,
    Map<String, Long> callbacks,
    List<RepeatComplainant> repeatComplainants,
    Map<YearMonth, Long> monthlyTrend,
    PreviousPeriod previous) {

  /** The key of an absent value. */
  public static final String NONE = "-";

  /** Copies the collections. */
  public ComplaintAnalysis {
    byClass = Map.copyOf(byClass);
    byCategory = Map.copyOf(byCategory);
    byChannel = Map.copyOf(byChannel);
    byValidity = Map.copyOf(byValidity);
    byDepartment = Map.copyOf(byDepartment);
    byPerson = Map.copyOf(byPerson);
    byOffice = Map.copyOf(byOffice);
    resolution = Map.copyOf(resolution);
    upgradesByCriteria = Map.copyOf(upgradesByCriteria);
    upgrades = List.copyOf(upgrades);
    callbacks = Map.copyOf(callbacks);
    repeatComplainants = List.copyOf(repeatComplainants);
    monthlyTrend = Map.copyOf(monthlyTrend);
  }

  /**
   * A compliance figure: how many met the rule out of how many it applied to.
   *
   * @param met how many met it
   * @param applicable how many it applied to
   */
  public record Compliance(long met, long applicable) {
    /** The rate in [0, 1] to four decimals, or empty when it applied to none. */
    public Optional<BigDecimal> rate() {
      return applicable == 0 ? Optional.empty() : Optional.of(ratio(met, applicable));
    }
  }

  /**
   * Resolution times of one class, in whole minutes from the reported time.
   *
   * @param resolved how many were resolved in the period
   * @param medianMinutes the median (discrete: the value at rank ceil(n / 2)), when any
   * @param p90Minutes the 90th percentile (the value at rank ceil(0.9 n)), when any
   */
  public record ResolutionTime(long resolved, Optional<Long> medianMinutes, Optional<Long> p90Minutes) {}

  /**
   * A complaint that became major in the period.
   *
   * @param id the complaint
   * @param office its office
   * @param reportedOn the day it was reported
   * @param becameMajorOn the day it became major
   * @param criteria the criteria key, e.g. {@code "C_UNRESOLVED_ONE_MONTH"}
   * @param state its state now
   */
  public record Upgrade(ComplaintId id, OfficeId office, LocalDate reportedOn, LocalDate becameMajorOn, String criteria,
      String state) {}

  /**
   * An owner who complained more than once in the period.
   *
   * @param owner the owner
   * @param unit the unit of the complaints (one row per owner and unit)
   * @param complaints how many complaints
   */
  public record RepeatComplainant(OwnerId owner, String unit, long complaints) {}

  /**
   * The previous period's counts, for the change.
   *
   * @param registered complaints reported then
   * @param byClass counts by class
   * @param byCategory counts by category
   */
  public record PreviousPeriod(long registered, Map<String, Long> byClass, Map<String, Long> byCategory) {
    /** Copies the maps. */
    public PreviousPeriod {
      byClass = Map.copyOf(byClass);
      byCategory = Map.copyOf(byCategory);
    }
  }

  /** The callback satisfaction rate: satisfied over those reached (satisfied or unsatisfied). */
  public Compliance satisfaction() {
    long satisfied = callbacks.getOrDefault("SATISFIED", 0L);
    return new Compliance(satisfied, satisfied + callbacks.getOrDefault("UNSATISFIED", 0L));
  }

  /** The five categories with the most complaints, most first, then by name. */
  public List<Map.Entry<String, Long>> topCategories() {
    return byCategory.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(5).toList();
  }

  /** {@code part / whole} to four decimals, half up. */
  static BigDecimal ratio(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
