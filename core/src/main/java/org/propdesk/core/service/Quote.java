package org.propdesk.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * A quote (报价): its priced lines, their total, the price-list version it was priced from (empty when
 * every line is unlisted), whether any line is unlisted, and who quoted it when. Immutable and
 * thread-safe.
 *
 * @param lines the lines, 1-50
 * @param total the sum of the lines' amounts
 * @param priceListVersion the version the listed lines were priced from
 * @param unlisted whether any line is unlisted work priced by a supervisor
 * @param note what the owner is told, if anything (checked against the forbidden phrases)
 * @param quotedAt when
 * @param quotedBy who
 * @since 0.1.0
 */
public record Quote(List<QuoteLine> lines, Money total, Optional<Integer> priceListVersion, boolean unlisted, Optional<String> note,
    Instant quotedAt, StaffId quotedBy) {
  /** The most lines a quote holds. */
  public static final int MAX_LINES = 50;

  /** Checks the parts, and that the total is the sum of the lines. */
  public Quote {
    lines = List.copyOf(Check.present("lines", lines));
    Check.that(!lines.isEmpty() && lines.size() <= MAX_LINES, "lines", "must hold 1-" + MAX_LINES + " lines");
    Check.present("total", total);
    Check.that(total.equals(lines.stream().map(QuoteLine::amount).reduce(Money.ZERO, Money::plus)), "total",
        "must be the sum of the lines");
    Check.present("priceListVersion", priceListVersion);
    Check.present("note", note);
    Check.present("quotedAt", quotedAt);
    Check.present("quotedBy", quotedBy);
  }
}
