package org.propdesk.core.deposit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Money;

/**
 * Deduction lists (扣款清单): their text form, their checks and their total. Stateless and thread-safe.
 *
 * <p>The text form, e.g. as an ERP form or a spreadsheet cell sends it: items separated by {@code ;} or
 * line breaks, each {@code KIND=amount} or {@code KIND=amount:text}, where {@code KIND} is a {@link
 * DeductionKind} constant (any case) or its Chinese name, and {@code amount} is a plain decimal of yuan.
 * For example {@code "ADMINISTRATION_FEE=50.00; 损坏=200:broken door frame; OTHER=30:cleaning"}. An empty
 * text is the empty list. Errors name the item, e.g. {@code deductions[2].amount}.
 *
 * @since 0.1.0
 */
public final class Deductions {
  /** The most items a list may hold. */
  public static final int MAX_ITEMS = 20;

  private Deductions() {}

  /**
   * Parses a deduction list.
   *
   * @throws InvalidInputException naming {@code deductions} or the item's field when the text is null,
   *     too long, has too many items, or an item is malformed
   */
  public static List<Deduction> parse(@Nullable String text) {
    Check.present("deductions", text);
    if (text.length() > MAX_ITEMS * 200) {
      throw new InvalidInputException("deductions", "must be at most " + (MAX_ITEMS * 200) + " characters");
    }
    ImmutableList.Builder<Deduction> out = ImmutableList.builder();
    int n = 0;
    for (String raw : text.split("[;\\n\\r]")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      n++;
      if (n > MAX_ITEMS) {
        throw new InvalidInputException("deductions", "must have at most " + MAX_ITEMS + " items");
      }
      out.add(item(item, "deductions[" + n + "]"));
    }
    return checked(out.build());
  }

  private static Deduction item(String item, String field) {
    int eq = item.indexOf('=');
    if (eq < 0) {
      throw new InvalidInputException(field, "must be KIND=amount or KIND=amount:text");
    }
    DeductionKind kind = kind(item.substring(0, eq).strip(), field + ".kind");
    String rest = item.substring(eq + 1);
    int colon = rest.indexOf(':');
    String amountText = (colon < 0 ? rest : rest.substring(0, colon)).strip();
    Optional<String> description = colon < 0 ? Optional.empty() : Optional.of(rest.substring(colon + 1).strip()).filter(s -> !s.isEmpty());
    Money amount;
    try {
      amount = Money.parse(amountText);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field + ".amount", e.rule());
    }
    try {
      return new Deduction(kind, amount, description);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(field + "." + e.field(), e.rule());
    }
  }

  private static DeductionKind kind(String name, String field) {
    for (DeductionKind k : DeductionKind.values()) {
      if (k.name().equalsIgnoreCase(name) || k.chinese().equals(name)) {
        return k;
      }
    }
    throw new InvalidInputException(field, "must be one of " + java.util.Arrays.stream(DeductionKind.values())
        .map(k -> k.name() + " (" + k.chinese() + ")").collect(Collectors.joining(", ")));
  }

  /**
   * Checks a list built in code: at most {@value #MAX_ITEMS} items, none null, and a total that fits.
   *
   * @return an unmodifiable copy
   */
  public static List<Deduction> checked(@Nullable List<Deduction> deductions) {
    Check.present("deductions", deductions);
    Check.that(deductions.size() <= MAX_ITEMS, "deductions", "must have at most " + MAX_ITEMS + " items");
    for (int i = 0; i < deductions.size(); i++) {
      Check.present("deductions[" + (i + 1) + "]", deductions.get(i));
    }
    total(deductions);
    return ImmutableList.copyOf(deductions);
  }

  /**
   * The sum of the amounts.
   *
   * @throws InvalidInputException naming {@code deductions} when the sum does not fit
   */
  public static Money total(List<Deduction> deductions) {
    long fen = 0;
    for (Deduction d : deductions) {
      try {
        fen = Math.addExact(fen, d.amount().fen());
      } catch (ArithmeticException e) {
        throw new InvalidInputException("deductions", "the total must fit in a 64-bit count of fen");
      }
    }
    return Money.ofFen(fen);
  }

  /** The list's canonical text, as {@link #parse} reads it. */
  public static String canonical(List<Deduction> deductions) {
    return deductions.stream().map(Deduction::canonical).collect(Collectors.joining(";"));
  }

  /** The text form with Chinese kind names, for staff and registers. */
  public static String describe(List<Deduction> deductions, Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    return deductions.stream().map(d -> (zh ? d.kind().chinese() : d.kind().name()) + " " + d.amount().toPlainString()
        + d.text().map(t -> " (" + t + ")").orElse("")).collect(Collectors.joining("; "));
  }
}
