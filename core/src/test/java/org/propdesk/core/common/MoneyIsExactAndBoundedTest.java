package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Money parses to the fen or refuses naming {@code amount}: at most two decimal places, at most what a
 * 64-bit count of fen holds, and an exponent so large or so small that no amount could have it is refused
 * from the digits it states, before any number of that size is built (found by fuzzing: {@code
 * 199E9999999} once took ten seconds).
 */
class MoneyIsExactAndBoundedTest {
  @Test
  void theLargestAmountsAFenCountHoldsParseAndOneFenMoreIsRefused() {
    assertThat(Money.parse("92233720368547758.07").fen()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.parse("-92233720368547758.08").fen()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> Money.parse("92233720368547758.08")).isInstanceOf(InvalidInputException.class).hasMessageContaining("fit");
    assertThatThrownBy(() -> Money.parse("100000000000000000")).isInstanceOf(InvalidInputException.class).hasMessageContaining("fit");
  }

  @Test
  void trailingZerosAndExponentsAreReadExactlyAndAThirdDecimalIsRefused() {
    assertThat(Money.parse("1.50000").fen()).isEqualTo(150);
    assertThat(Money.parse("12.3e1").fen()).isEqualTo(12300);
    assertThat(Money.parse("0E-999999")).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> Money.parse("0.001")).isInstanceOf(InvalidInputException.class).hasMessageContaining("two decimal");
  }

  @Test
  void hugeAndTinyExponentsAreRefusedNamingTheAmount() {
    for (String s : new String[] {"1e99999999", "199E9999999", "1e-99999999", "-7E+2147483647"}) {
      assertThatThrownBy(() -> Money.parse(s)).as(s).isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("amount"));
    }
  }
}
