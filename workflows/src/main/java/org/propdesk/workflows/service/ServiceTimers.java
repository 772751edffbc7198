package org.propdesk.workflows.service;

import java.time.Instant;
import java.time.LocalDate;
import org.propdesk.core.service.ServiceContract;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.spi.TimerEntry;

/**
 * The special-service timers the sweep runs (特约服务定时检查), with deterministic ids:
 *
 * <ul>
 *   <li>{@code QUOTE}: one millisecond after an order's quote deadline;
 *   <li>{@code CONTRACT_VISIT}: a contract's visit-generation time for one planned day, in the payload.
 * </ul>
 */
enum ServiceTimers {
  QUOTE,
  CONTRACT_VISIT;

  static TimerEntry quote(ServiceOrder o) {
    return TimerEntry.pending("service_order:" + o.id() + ":quote", o.office(), ServiceOrder.TYPE.name(), o.id().value(),
        QUOTE.name(), o.quoteDue().plusMillis(1), "");
  }

  static TimerEntry visit(ServiceContract c, LocalDate day, Instant due) {
    return TimerEntry.pending("service_contract:" + c.id() + ":visit:" + day, c.office(), ServiceContract.TYPE.name(), c.id().value(),
        CONTRACT_VISIT.name(), due, day.toString());
  }
}
