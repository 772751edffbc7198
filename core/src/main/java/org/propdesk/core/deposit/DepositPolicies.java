package org.propdesk.core.deposit;

import java.time.LocalDate;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.WorkCalendar;

/**
 * The deposit procedure's policies (押金政策), each a default of PROCEDURES §8 that an integrator may
 * replace. Immutable and thread-safe.
 *
 * @param bankingWorkingDays in how many working days collected money must be banked: 1 (the next
 *     working day, the default [practice]) or 0 (the same day, or the next working day when collected on
 *     a day off); at most 5
 *
 * @since 0.1.0
 */
public record DepositPolicies(int bankingWorkingDays) {
  /** Checks the parts. */
  public DepositPolicies {
    Check.that(bankingWorkingDays >= 0 && bankingWorkingDays <= 5, "bankingWorkingDays", "must be 0-5 working days");
  }

  /** The defaults of PROCEDURES §8: banked by the next working day [practice]. */
  public static DepositPolicies practiceDefaults() {
    return new DepositPolicies(1);
  }

  /**
   * The last day money collected on {@code collectedOn} may be banked on: with {@code
   * bankingWorkingDays} n, the n-th working day after it, or for n = 0 the day itself when it is a
   * working day, else the next working day.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming {@code date} when the calendar has no
   *     data for a day it must look at
   */
  public LocalDate bankingDue(LocalDate collectedOn, WorkCalendar calendar) {
    Check.present("collectedOn", collectedOn);
    Check.present("calendar", calendar);
    LocalDate d = collectedOn;
    if (bankingWorkingDays == 0) {
      return calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d);
    }
    for (int i = 0; i < bankingWorkingDays; i++) {
      d = calendar.nextWorkingDay(d);
    }
    return d;
  }

  /** These policies with another banking rule. */
  public DepositPolicies withBankingWorkingDays(int days) {
    return new DepositPolicies(days);
  }
}
