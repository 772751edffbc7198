package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Free text keeps line breaks and tabs but refuses other control characters, naming the field. */
class FreeTextRefusesControlCharactersTest {

  @Test
  void aNoteWithALineBreakAndATabIsKeptTrimmed() {
    assertThat(Check.text("note", "  first line\n\tsecond line  ", 100)).isEqualTo("first line\n\tsecond line");
  }

  @Test
  void aBellOrNulOrEscapeInsideFreeTextIsRefusedNamingTheField() {
    for (String bad : new String[] {"ring\u0007", "nul\u0000byte", "esc\u001b[31m", "del\u007f"}) {
      assertThatThrownBy(() -> Check.text("content", bad, 100))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("content");
            assertThat(e.getMessage()).contains("control characters");
          });
    }
  }

  @Test
  void aOneLineValueRefusesALineBreakButFreeTextAcceptsIt() {
    assertThat(Check.text("purpose", "a\nb", 10)).isEqualTo("a\nb");
    assertThatThrownBy(() -> Check.line("visitorName", "Wang\nFang", 50))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("visitorName"));
  }

  @Test
  void lengthIsCountedInCharactersNotUtf16Units() {
    String fiftyHan = "王".repeat(49) + "𠀀";
    assertThat(Check.line("visitorName", fiftyHan, 50)).isEqualTo(fiftyHan);
    assertThatThrownBy(() -> Check.line("visitorName", fiftyHan + "王", 50)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aHistoryNoteKeepsTwoHundredCharactersAndShortensTheRest() {
    String exact = "记".repeat(200);
    assertThat(org.propdesk.core.lifecycle.Aggregates.shortNote(exact)).isEqualTo(exact);
    assertThat(org.propdesk.core.lifecycle.Aggregates.shortNote(exact + "录")).isEqualTo(exact + "…");
  }
}
