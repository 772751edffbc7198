package org.propdesk.core.service;

import java.time.LocalDate;
import org.propdesk.core.common.Check;

/**
 * A planned visit of a contract whose order was generated (已生成的服务). Immutable and thread-safe.
 *
 * @param day the visit's day
 * @param order the order generated for it
 * @since 0.1.0
 */
public record GeneratedVisit(LocalDate day, ServiceOrderId order) {
  /** Checks the parts. */
  public GeneratedVisit {
    Check.present("day", day);
    Check.present("order", order);
  }
}
