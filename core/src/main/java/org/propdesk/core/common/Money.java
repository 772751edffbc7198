package org.propdesk.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of Chinese yuan (人民币), held as a whole number of fen (分).
 *
 * <p>Invariants: never built from a {@code double}; arithmetic overflows fail loudly; the scale of
 * {@link #toBigDecimal()} is always 2. Negative amounts are allowed because ledger corrections are
 * written as reversing entries. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {
  /** The most digits before the decimal point: a long holds 92,233,720,368,547,758.07 yuan. */
  private static final int MAX_YUAN_DIGITS = 17;

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /** An amount of {@code fen} fen (1 yuan = 100 fen). */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * An amount in yuan with at most two decimal places.
   *
   * @throws InvalidInputException when the amount has more than two decimal places or does not fit
   */
  public static Money ofYuan(BigDecimal yuan) {
    Check.present("amount", yuan);
    // judge the size before any scaling: "1e99999999" or "1e-99999999" must be refused at once, not
    // after building a number with a hundred million digits
    BigDecimal stripped = yuan.signum() == 0 ? BigDecimal.ZERO : yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new InvalidInputException("amount", "must have at most two decimal places (fen)");
    }
    if (stripped.precision() - stripped.scale() > MAX_YUAN_DIGITS) {
      throw new InvalidInputException("amount", "must fit in a 64-bit count of fen");
    }
    BigDecimal scaled;
    try {
      scaled = yuan.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("amount", "must have at most two decimal places (fen)");
    }
    try {
      return ofFen(scaled.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException("amount", "must fit in a 64-bit count of fen");
    }
  }

  /** Parses a plain decimal such as {@code "1234.50"}. */
  public static Money parse(@Nullable String yuan) {
    String s = Check.text("amount", yuan);
    try {
      return ofYuan(new BigDecimal(s));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("amount", "must be a plain decimal number of yuan");
    }
  }

  /** The amount in fen. */
  public long fen() {
    return fen;
  }

  /**
   * The amount as a plain decimal of yuan at scale 2, e.g. {@code "1234.50"}: the form {@link #parse}
   * reads, and the JSON form of a stored snapshot (text, so no JSON reader ever rounds it through a
   * binary floating point).
   */
  @JsonValue
  public String toPlainString() {
    return toBigDecimal().toPlainString();
  }

  /** Reads the JSON form written by {@link #toPlainString()}. */
  @JsonCreator
  static Money fromJson(String yuan) {
    return parse(yuan);
  }

  /** The amount in yuan at scale 2. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** This plus {@code other}; fails on overflow. */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /** This minus {@code other}; fails on overflow. */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /** Whether this amount is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(fen, o.fen);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money m && m.fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** For example {@code "CNY 1234.50"}. */
  @Override
  public String toString() {
    return "CNY " + toBigDecimal().toPlainString();
  }
}
