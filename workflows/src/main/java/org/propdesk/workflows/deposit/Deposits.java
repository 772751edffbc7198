package org.propdesk.workflows.deposit;

import java.util.List;
import java.util.Locale;
import org.propdesk.core.common.Check;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositEvent;
import org.propdesk.core.deposit.DepositPolicies;
import org.propdesk.core.deposit.DepositReceipt;
import org.propdesk.core.deposit.DepositReceiptEvent;
import org.propdesk.core.spi.TimerEntry;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.Procedure;

/**
 * The deposit procedure's descriptor (押金收退流程, PROCEDURES §8): the routes of its two aggregate types
 * (deposits and the office's receipt register), their notifications and the banking timer, and its desk,
 * a {@link DepositDesk}. Both routes journal refused commands. Register it with {@code
 * PropDesk.builder().procedure(Deposits.PROCEDURE)}; its tables come with the migration in {@code
 * db/propdesk/deposit/}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Deposits {
  /** The procedure's name, and the folder of its migrations. */
  public static final String NAME = "deposit";

  /** The procedure with {@link DepositPolicies#practiceDefaults()} and notifications in Chinese (zh-CN). */
  public static final Procedure<DepositDesk> PROCEDURE = procedure(DepositPolicies.practiceDefaults(), Locale.SIMPLIFIED_CHINESE);

  private Deposits() {}

  /**
   * The procedure with these policies, its notifications in {@code locale} (zh-CN or English; any other
   * locale reads English).
   */
  public static Procedure<DepositDesk> procedure(DepositPolicies policies, Locale locale) {
    Check.present("policies", policies);
    Check.present("locale", locale);
    DepositNotifications texts = new DepositNotifications(locale);
    AggregateRoute<Deposit> deposits = AggregateRoute.of(Deposit.TYPE, DepositEvent.class)
        .notifications(texts::of)
        .timers((after, e) -> e instanceof DepositEvent.Collected ? List.of(DepositTimers.banking(after)) : List.<TimerEntry>of())
        .onTimer(DepositTimers.BANKING_DUE.name(), (d, t, ctx) -> d.onBankingDue(ctx.clock()))
        .journalRefusals()
        .logSummary(d -> " " + d.type() + " held " + d.held())
        .build();
    AggregateRoute<DepositReceipt> receipts = AggregateRoute.of(DepositReceipt.TYPE, DepositReceiptEvent.class)
        .journalRefusals()
        .logSummary(r -> " " + r.receiptNo())
        .build();
    return Procedure.builder(NAME, k -> new DepositDesk(k, deposits, receipts, policies))
        .route(deposits).route(receipts)
        .build();
  }
}
