package org.propdesk.core.deposit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.Result;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * One line of an office's deposit receipt register (收据登记): the receipt number, the deposit it was
 * issued for, how much and when. Its id is derived from the office and the number ({@link #idOf}), so a
 * number can be registered once per office on every storage: a second deposit with the same number
 * meets the first line and is refused. Lines are never changed. Immutable and thread-safe.
 *
 * @param id the line's id, {@link #idOf} of the office and the number
 * @param office the office
 * @param receiptNo the receipt's number
 * @param depositId the deposit it was issued for
 * @param amount the amount written on it
 * @param issuedAt when
 * @param issuedBy who issued it
 * @param version always 1
 * @since 0.1.0
 */
public record DepositReceipt(String id, OfficeId office, ReceiptNumber receiptNo, DepositId depositId, Money amount, Instant issuedAt,
    StaffId issuedBy, long version) {
  /** The register's record type: {@code deposit_receipt}. */
  public static final AggregateType<DepositReceipt> TYPE = AggregateType.builder("deposit_receipt", DepositReceipt.class)
      .id(DepositReceipt::id)
      .office(DepositReceipt::office)
      .version(DepositReceipt::version)
      .text("receipt_no", r -> r.receiptNo().value())
      .text("deposit_id", r -> r.depositId().value())
      .instant("issued_at", DepositReceipt::issuedAt)
      .build();

  /** Checks the parts. */
  public DepositReceipt {
    Check.id("id", id);
    Check.present("office", office);
    Check.present("receiptNo", receiptNo);
    Check.that(id.equals(idOf(office, receiptNo)), "id", "must be derived from the office and the receipt number");
    Check.present("depositId", depositId);
    Check.present("amount", amount);
    Check.present("issuedAt", issuedAt);
    Check.present("issuedBy", issuedBy);
    Check.that(version == 1, "version", "a register line is never changed");
  }

  /**
   * The id of {@code office}'s line for {@code receiptNo}: {@code RCPT-} and 40 hex digits of the
   * SHA-256 of both, so any office id and number fit the id's 64 characters.
   */
  public static String idOf(OfficeId office, ReceiptNumber receiptNo) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((office.value() + "\n" + receiptNo.value()).getBytes(StandardCharsets.UTF_8));
      return "RCPT-" + HexFormat.of().formatHex(digest, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Registers the receipt of a new deposit. */
  public static Result<DepositReceipt> issue(Deposit d) {
    DepositReceipt r = new DepositReceipt(idOf(d.office(), d.receiptNo()), d.office(), d.receiptNo(), d.id(), d.ledger().collected(),
        d.collectedAt(), d.collectedBy(), 1);
    return Result.accepted(r, List.of(new DepositReceiptEvent.Issued(r.id(), d.office(), d.collectedAt(), d.receiptNo(), d.id())));
  }
}
