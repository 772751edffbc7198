/**
 * The deposit registers (押金登记表): the ledger statement and the list of unbanked money, built from the
 * deposit procedure's desk.
 */
@NullMarked
package org.propdesk.reporting.deposit;

import org.jspecify.annotations.NullMarked;
