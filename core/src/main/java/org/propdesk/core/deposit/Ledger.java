package org.propdesk.core.deposit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.StaffId;

/**
 * One deposit's double-entry ledger (押金分户账): its entries, oldest first, and the figures they give.
 *
 * <p>Invariants, checked by {@link #verify()} (every deposit snapshot calls it): entries are numbered
 * 1, 2, 3...; every entry balances (debit and credit of the same positive amount, so the accounts sum
 * to zero); a reversal reverses an earlier entry that is not itself a reversal, once, with its accounts
 * swapped and the same amount; after every entry, held, unbanked and banked money are never negative;
 * and {@code collected = refunded + deducted + held}, where the left side counts collection entries and
 * the right side the refund and deduction entries and the balance of the held account. Immutable and
 * thread-safe; posting returns a new ledger that starts with every entry of this one.
 *
 * @param entries the entries, oldest first
 * @since 0.1.0
 */
public record Ledger(@JsonValue List<LedgerEntry> entries) {
  /** Copies the entries. */
  public Ledger {
    entries = ImmutableList.copyOf(Check.present("entries", entries));
  }

  /** A ledger of these entries, as stored. */
  @JsonCreator
  public static Ledger of(List<LedgerEntry> entries) {
    return new Ledger(entries);
  }

  /** The empty ledger. */
  public static Ledger empty() {
    return new Ledger(List.of());
  }

  /** The balance of {@code account}: its debits minus its credits. */
  public Money balance(LedgerAccount account) {
    long fen = 0;
    for (LedgerEntry e : entries) {
      if (e.debit() == account) {
        fen = Math.addExact(fen, e.amount().fen());
      }
      if (e.credit() == account) {
        fen = Math.subtractExact(fen, e.amount().fen());
      }
    }
    return Money.ofFen(fen);
  }

  /** What is owed back to the payer now (在押金额): the credit balance of {@code HELD}. */
  public Money held() {
    return Money.ofFen(-balance(LedgerAccount.HELD).fen());
  }

  /** What was received and not yet banked (待存金额). */
  public Money unbanked() {
    return balance(LedgerAccount.UNBANKED);
  }

  /** What is in the bank (银行存款). */
  public Money banked() {
    return balance(LedgerAccount.BANK);
  }

  /** Everything collected, net of reversed collections (收取合计). */
  public Money collected() {
    return net(EntryKind.COLLECTION);
  }

  /** Everything refunded, net of reversals (退还合计). */
  public Money refunded() {
    return net(EntryKind.REFUND);
  }

  /** Everything deducted, net of reversals (扣款合计). */
  public Money deducted() {
    return net(EntryKind.DEDUCTION);
  }

  /** The sum of the entries of {@code kind}, less the reversals of such entries. */
  private Money net(EntryKind kind) {
    long fen = 0;
    for (LedgerEntry e : entries) {
      if (countsAs(e) == kind) {
        fen = Math.addExact(fen, signedFen(e));
      }
    }
    return Money.ofFen(fen);
  }

  /**
   * The kind {@code e}, an entry of this ledger, counts as in the figures: its own, or for a reversal the
   * kind of the entry it reverses.
   */
  public EntryKind countsAs(LedgerEntry e) {
    return e.kind() == EntryKind.REVERSAL ? entries.get(e.reverses().orElseThrow() - 1).kind() : e.kind();
  }

  /** {@code e}'s amount in fen as it counts in the figures: negative for a reversal. */
  public static long signedFen(LedgerEntry e) {
    return e.kind() == EntryKind.REVERSAL ? -e.amount().fen() : e.amount().fen();
  }

  /** The entry numbered {@code no}, if there is one. */
  public Optional<LedgerEntry> entry(int no) {
    return no >= 1 && no <= entries.size() ? Optional.of(entries.get(no - 1)) : Optional.empty();
  }

  /** Whether the entry numbered {@code no} has been reversed. */
  public boolean isReversed(int no) {
    return entries.stream().anyMatch(e -> e.reverses().equals(Optional.of(no)));
  }

  /** The last entry of {@code kind} not reversed, if any. */
  public Optional<LedgerEntry> lastStanding(EntryKind kind) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      LedgerEntry e = entries.get(i);
      if (e.kind() == kind && !isReversed(e.no())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** This ledger with one more entry of {@code kind} (not a reversal), checked. */
  public Ledger post(EntryKind kind, Money amount, String memo, StaffId by, Instant at) {
    Check.that(kind != EntryKind.REVERSAL, "kind", "a reversal is posted with reverse()");
    return append(new LedgerEntry(entries.size() + 1, at, kind, kind.debit(), kind.credit(), amount, Optional.empty(), memo, by));
  }

  /** This ledger with a reversal of entry {@code no}, checked. */
  public Ledger reverse(int no, String memo, StaffId by, Instant at) {
    LedgerEntry original = entry(no).orElseThrow(() -> new InvalidInputException("entry", "no entry numbered " + no));
    return append(new LedgerEntry(entries.size() + 1, at, EntryKind.REVERSAL, original.credit(), original.debit(), original.amount(),
        Optional.of(no), memo, by));
  }

  private Ledger append(LedgerEntry e) {
    return new Ledger(ImmutableList.<LedgerEntry>builder().addAll(entries).add(e).build()).verify();
  }

  /** Whether {@code later} keeps every entry of this ledger, unchanged and in order (append-only). */
  public boolean isPrefixOf(Ledger later) {
    return later.entries.size() >= entries.size() && later.entries.subList(0, entries.size()).equals(entries);
  }

  /**
   * Checks every invariant (see the type's description) after each entry.
   *
   * @return this ledger
   * @throws InvalidInputException naming {@code ledger} and the first broken rule
   */
  public Ledger verify() {
    long unbanked = 0;
    long bank = 0;
    long held = 0;
    long collected = 0;
    long refunded = 0;
    long deducted = 0;
    Set<Integer> reversed = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (e.no() != i + 1) {
        throw broken("entry " + (i + 1) + " is numbered " + e.no());
      }
      EntryKind counted = e.kind();
      long fen = e.amount().fen();
      if (e.kind() == EntryKind.REVERSAL) {
        int target = e.reverses().orElseThrow();
        if (target < 1 || target > i) {
          throw broken("entry " + e.no() + " reverses entry " + target + ", which is not an earlier entry");
        }
        LedgerEntry original = entries.get(target - 1);
        if (original.kind() == EntryKind.REVERSAL || !reversed.add(target)) {
          throw broken("entry " + e.no() + " reverses entry " + target + ", a reversal or reversed already");
        }
        if (original.debit() != e.credit() || original.credit() != e.debit() || !original.amount().equals(e.amount())) {
          throw broken("entry " + e.no() + " must swap the accounts and keep the amount of entry " + target);
        }
        counted = original.kind();
        fen = -fen;
      }
      switch (counted) {
        case COLLECTION -> collected += fen;
        case REFUND -> refunded += fen;
        case DEDUCTION -> deducted += fen;
        default -> { }
      }
      unbanked += signed(e, LedgerAccount.UNBANKED);
      bank += signed(e, LedgerAccount.BANK);
      held -= signed(e, LedgerAccount.HELD);
      if (unbanked < 0 || bank < 0 || held < 0) {
        throw broken("after entry " + e.no() + " a balance is negative (unbanked " + unbanked + ", bank " + bank + ", held " + held
            + " fen)");
      }
      if (collected != refunded + deducted + held) {
        throw broken("after entry " + e.no() + " collected " + collected + " fen is not refunded " + refunded + " + deducted "
            + deducted + " + held " + held + " fen");
      }
    }
    return this;
  }

  private static long signed(LedgerEntry e, LedgerAccount a) {
    return (e.debit() == a ? e.amount().fen() : 0) - (e.credit() == a ? e.amount().fen() : 0);
  }

  private static InvalidInputException broken(String rule) {
    return new InvalidInputException("ledger", rule);
  }
}
