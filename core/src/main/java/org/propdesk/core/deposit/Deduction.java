package org.propdesk.core.deposit;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;

/**
 * One deduction from a refund (扣款): a kind from the closed list, an amount more than zero and, for
 * {@link DeductionKind#OTHER}, a text saying what it is for (optional for the other kinds). Immutable
 * and thread-safe.
 *
 * @param kind what it is for
 * @param amount how much, more than zero
 * @param text the description, one line of at most {@value #TEXT_LENGTH} characters; required for {@code
 *     OTHER}
 *
 * @since 0.1.0
 */
public record Deduction(DeductionKind kind, Money amount, Optional<String> text) {
  /** The longest description. */
  public static final int TEXT_LENGTH = 100;

  /** Checks the parts. */
  public Deduction {
    Check.present("kind", kind);
    Check.present("amount", amount);
    Check.that(amount.fen() > 0, "amount", "must be more than zero");
    Check.present("text", text);
    text = text.map(t -> Check.line("text", t, TEXT_LENGTH));
    Check.that(kind != DeductionKind.OTHER || text.isPresent(), "text", "must say what an OTHER deduction is for");
  }

  /** A deduction without a text. */
  public static Deduction of(DeductionKind kind, Money amount) {
    return new Deduction(kind, amount, Optional.empty());
  }

  /** The deduction's canonical text, as {@link Deductions#parse} reads it. */
  public String canonical() {
    return kind.name() + "=" + amount.toPlainString() + text.map(t -> ":" + t).orElse("");
  }
}
