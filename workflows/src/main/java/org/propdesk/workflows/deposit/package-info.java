/**
 * Deposits as use cases (押金收退, PROCEDURES §8): {@link org.propdesk.workflows.deposit.DepositDesk} and
 * the procedure's descriptor {@link org.propdesk.workflows.deposit.Deposits}. Not built in: register
 * {@code Deposits.PROCEDURE} with the facade's builder.
 */
@NullMarked
package org.propdesk.workflows.deposit;

import org.jspecify.annotations.NullMarked;
