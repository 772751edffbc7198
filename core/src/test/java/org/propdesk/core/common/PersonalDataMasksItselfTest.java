package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataMasksItselfTest {
  private static final PersonalDataPermit PERMIT = PersonalDataPermit.forPurpose("test");

  @Test
  void aMobileNumberIsNormalisedAndMasked() {
    PhoneNumber p = PhoneNumber.of("+86 138-0013-5678");
    assertThat(p.toString()).isEqualTo("138****5678");
    assertThat(p.reveal(PERMIT)).isEqualTo("13800135678");
    assertThat(p.isMobile()).isTrue();
    assertThat(p).isEqualTo(PhoneNumber.of("13800135678"));
  }

  @Test
  void aLandlineKeepsItsAreaCodeAndIsMasked() {
    PhoneNumber p = PhoneNumber.of("010-62345678");
    assertThat(p.toString()).isEqualTo("010-****5678");
    assertThat(PhoneNumber.of("075582345678").reveal(PERMIT)).isEqualTo("0755-82345678");
    assertThat(p.isMobile()).isFalse();
  }

  @Test
  void malformedNumbersAreRefused() {
    for (String bad : new String[] {"12345678901", "1380013567", "138001356789", "abc", "010-1234", "+1 415 555 0100"}) {
      assertThatThrownBy(() -> PhoneNumber.parse("phone", bad)).as(bad).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("phone: ");
    }
  }

  @Test
  void theStandardExampleIdNumberPassesItsCheckDigit() {
    IdCardNumber id = IdCardNumber.of("11010519491231002x");
    assertThat(id.reveal(PERMIT)).isEqualTo("11010519491231002X");
    assertThat(id.toString()).isEqualTo("110105********002X");
  }

  @Test
  void idNumbersWithABadDateLengthOrCheckDigitAreRefused() {
    assertThatThrownBy(() -> IdCardNumber.of("110105194913310028")).hasMessageContaining("birth date");
    assertThatThrownBy(() -> IdCardNumber.of("11010519491231002")).hasMessageContaining("18 characters");
    assertThatThrownBy(() -> IdCardNumber.of("110105194912310021")).hasMessageContaining("check digit");
  }

  @Test
  void moneyIsExactAndRefusesFractionsOfAFen() {
    assertThat(Money.parse("1234.5").fen()).isEqualTo(123450);
    assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
    assertThat(Money.ofFen(-5).toString()).isEqualTo("CNY -0.05");
    assertThat(Money.ofFen(100).toBigDecimal().scale()).isEqualTo(2);
    assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(InvalidInputException.class).hasMessageContaining("fen");
    assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
  }
}
