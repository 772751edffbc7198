package org.propdesk.workflows.deposit;

import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.spi.TimerEntry;

/**
 * The deposit timers the sweep runs (押金定时检查), with deterministic ids:
 *
 * <ul>
 *   <li>{@code BANKING_DUE}: the start of the office's day after the banking-due day; it raises the alarm
 *       when the money is still unbanked.
 * </ul>
 */
enum DepositTimers {
  BANKING_DUE;

  static TimerEntry banking(Deposit d) {
    return TimerEntry.pending("deposit:" + d.id() + ":banking", d.office(), Deposit.TYPE.name(), d.id().value(), BANKING_DUE.name(),
        d.bankingDue().plusDays(1).atStartOfDay(d.zone()).toInstant(), d.bankingDue().toString());
  }
}
