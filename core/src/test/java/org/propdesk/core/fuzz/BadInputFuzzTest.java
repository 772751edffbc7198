package org.propdesk.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.common.IdCardNumber;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.ReplyWording;

/**
 * Jazzer fuzz tests for bad input: parsers either accept and mask, or fail with {@link
 * InvalidInputException} naming the field, and never with anything else. In a plain build they
 * replay the inputs under {@code BadInputFuzzTestInputs}; with {@code JAZZER_FUZZ=1} they fuzz.
 */
class BadInputFuzzTest {
  private static final PersonalDataPermit PERMIT = PersonalDataPermit.forPurpose("fuzz test");

  @FuzzTest(maxDuration = "30s")
  void phoneNumbersParseAndMaskOrFailNamingTheField(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      PhoneNumber p = PhoneNumber.parse("contactPhone", text);
      String raw = p.reveal(PERMIT);
      assertThat(p.toString()).contains("****").isNotEqualTo(raw);
      assertThat(PhoneNumber.parse("contactPhone", raw)).isEqualTo(p);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("contactPhone");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void idNumbersParseAndMaskOrFailNamingTheField(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      IdCardNumber id = IdCardNumber.parse("idCardNumber", text);
      String raw = id.reveal(PERMIT);
      assertThat(raw).hasSize(18);
      assertThat(id.toString()).doesNotContain(raw.substring(6, 14));
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("idCardNumber");
      String input = text.strip();
      if (input.length() >= 8) {
        assertThat(e.getMessage()).as("the message must not echo the input").doesNotContain(input);
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void registrationsBuildOrFailWithATypedError(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int cut = text.length() / 2;
    try {
      Registration r = Registration.builder()
          .desk(org.propdesk.core.org.FrontDeskId.of("D-1"))
          .channel(org.propdesk.core.complaint.Channel.PHONE)
          .owner(org.propdesk.core.owner.OwnerId.of("P-1"))
          .unit(org.propdesk.core.estate.UnitId.of("U-1"))
          .contactName(text.substring(0, cut))
          .contactPhone(text.substring(cut))
          .category(org.propdesk.core.complaint.ComplaintCategory.OTHER)
          .content(text)
          .build();
      assertThat(r.content()).isNotBlank();
      assertThat(r.toString()).doesNotContain(r.contactPhone().reveal(PERMIT)).doesNotContain(r.content());
    } catch (InvalidInputException e) {
      assertThat(e.field()).isIn("contactName", "contactPhone", "content");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void calendarDataLoadsOrFailsWithATypedError(byte[] data) {
    try {
      ChinaWorkCalendar c = ChinaWorkCalendar.statutory().withData(new StringReader(new String(data, StandardCharsets.UTF_8)));
      assertThat(c.years()).contains(2025, 2026);
    } catch (InvalidInputException e) {
      assertThat(e.field()).isEqualTo("data");
    }
  }

  @FuzzTest(maxDuration = "30s")
  void theWordingPolicyNeverFailsOnAnyText(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    StringBuilder visible = new StringBuilder();
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x200B && c != 0x200C && c != 0x200D
            && c != 0xFEFF)
        .forEach(visible::appendCodePoint);
    ReplyWording.seedDefaults().forbiddenPhraseIn(text).ifPresent(p -> assertThat(visible.toString()).contains(p));
  }
}
