package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An identifier (标识) is 1-64 characters of ASCII letters, digits and {@code . _ : -}; anything else
 * is refused naming the field, and the value is returned trimmed.
 */
class IdentifiersAreShortAsciiWordsTest {

  @Test
  void lettersDigitsAndTheFourMarksAtEitherEndOfTheirRangesAreAccepted() {
    String all = "azAZ09._:-";
    assertThat(Check.id("unitId", all)).isEqualTo(all);
    assertThat(Check.id("unitId", "  O1-B2-U1203  ")).isEqualTo("O1-B2-U1203");
  }

  @Test
  void sixtyFourCharactersAreAcceptedAndSixtyFiveRefused() {
    assertThat(Check.id("ownerId", "x".repeat(64))).hasSize(64);
    assertThatThrownBy(() -> Check.id("ownerId", "x".repeat(65)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerId"));
  }

  @Test
  void theCharactersNextToTheAcceptedRangesAndNonAsciiLettersAreRefused() {
    // the neighbours of a-z, A-Z and 0-9 in ASCII, a space, a slash, a full-width digit and Chinese
    for (String bad : new String[] {"a`", "a{", "@a", "[a", "a/", "0 1", "a;", "a,", "a+", "１", "楼栋", "é", "a\u0000"}) {
      assertThatThrownBy(() -> Check.id("deskId", bad))
          .as(bad)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("deskId");
            assertThat(e.getMessage()).contains("letters, digits");
          });
    }
  }
}
