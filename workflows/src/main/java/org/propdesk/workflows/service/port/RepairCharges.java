package org.propdesk.workflows.service.port;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Result;
import org.propdesk.core.service.port.PaidRepair;
import org.propdesk.workflows.CommandContext;

/**
 * The special-service procedure's published call port for paid repairs (有偿维修收费端口), PROCEDURES §6
 * and §12: the repair procedure opens an order for a paid report's charge, and asks whether the owner
 * has signed the quoted price before work starts. Find it with {@code kernel.port(RepairCharges.class)};
 * it is present when the special-service procedure is registered with the facade.
 *
 * <p>Both calls run inside the caller's command transaction. Implementations are thread-safe;
 * arguments are non-null.
 *
 * @since 0.1.0
 */
public interface RepairCharges {
  /**
   * Opens the order for a paid repair in the caller's transaction: requested, awaiting the quote.
   *
   * @return the order's id, or the rejection the special-service desk would give
   */
  Result<String> openFor(CommandContext context, PaidRepair repair);

  /**
   * When the owner signed their consent to the order's quoted price (业主签字确认); empty while the order
   * is not quoted, not yet answered, or refused, or when no such order of the repair exists.
   */
  Optional<Instant> consentOf(CommandContext context, String orderId);

  /**
   * The owner signed the paid repair's report off (报修验收): its order is done and may be charged. Called
   * in the caller's transaction before the report records its sign-off.
   *
   * @return the order's state after it, or the rejection the order gives (e.g. it was never consented)
   */
  Result<String> repairSignedOff(CommandContext context, String orderId, String signedBy);

  /**
   * The paid repair's report was rejected or cancelled: its order is cancelled too if no work was done
   * on it yet; an order already done stays, since the owner owes its charge.
   *
   * @return the order's state after it
   */
  Result<String> repairEnded(CommandContext context, String orderId, String reason);
}
