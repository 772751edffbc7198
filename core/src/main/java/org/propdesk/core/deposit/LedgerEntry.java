package org.propdesk.core.deposit;

import java.time.Instant;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * One entry of a deposit's ledger (分录): it debits one account and credits another by the same
 * positive amount. Entries are numbered from 1 in the order they were posted and are never changed; a
 * {@link EntryKind#REVERSAL} names the entry it reverses. Immutable and thread-safe.
 *
 * @param no the entry's number in its ledger, from 1
 * @param at when it was posted
 * @param kind what it records
 * @param debit the account debited
 * @param credit the account credited, never the debited one
 * @param amount how much, more than zero
 * @param reverses the number of the entry a reversal reverses; empty for every other kind
 * @param memo what it is for, at most 200 characters
 * @param by who posted it
 * @since 0.1.0
 */
public record LedgerEntry(int no, Instant at, EntryKind kind, LedgerAccount debit, LedgerAccount credit, Money amount,
    Optional<Integer> reverses, String memo, StaffId by) {
  /** The longest memo. */
  public static final int MEMO_LENGTH = 200;

  /** Checks the parts. */
  public LedgerEntry {
    Check.that(no >= 1, "no", "must be at least 1");
    Check.present("at", at);
    Check.present("kind", kind);
    Check.present("debit", debit);
    Check.present("credit", credit);
    Check.that(debit != credit, "credit", "must not be the debited account");
    Check.present("amount", amount);
    Check.that(amount.fen() > 0, "amount", "must be more than zero");
    Check.present("reverses", reverses);
    Check.that(reverses.isPresent() == (kind == EntryKind.REVERSAL), "reverses", "names the reversed entry exactly for a reversal");
    Check.that(kind == EntryKind.REVERSAL || (debit == kind.debit() && credit == kind.credit()), "debit",
        "must be the accounts of a " + kind);
    memo = Check.text("memo", memo, MEMO_LENGTH);
    Check.present("by", by);
  }
}
