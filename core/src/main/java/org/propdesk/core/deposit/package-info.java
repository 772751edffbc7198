/**
 * Deposits (押金收退, PROCEDURES §8): the {@link org.propdesk.core.deposit.Deposit} aggregate (collected
 * against an official receipt, banked the same or the next working day, refunded through application,
 * assessment of deductions, the applicant's signature, approval and payment), its double-entry {@link
 * org.propdesk.core.deposit.Ledger}, the office's receipt register ({@link
 * org.propdesk.core.deposit.DepositReceipt}), the lifecycle table ({@link
 * org.propdesk.core.deposit.DepositLifecycle}) and the policies ({@link
 * org.propdesk.core.deposit.DepositPolicies}).
 *
 * <p>Invariants, checked on every snapshot: money is exact ({@link org.propdesk.core.common.Money});
 * every ledger entry debits one account and credits another by the same positive amount; collected =
 * refunded + deducted + held, and held, unbanked and banked money are never negative; entries are only
 * ever appended, and a mistake is corrected by a reversing entry; the approver of a refund is never the
 * staff member who filed it. Immutables style for the deposit; records elsewhere. Nothing is {@code
 * null}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.propdesk.core.deposit;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
