package org.propdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @ParameterizedTest
  @ValueSource(strings = {"13912345678", "+8613912345678", "8613912345678", "139-1234-5678", "139 1234 5678",
      "+86 139 1234 5678", "86-139-1234-5678", "1391234 5678", "139  1234  5678"})
  void everyMobileFormThePhoneParserAcceptsIsMaskedInsideText(String written) {
    // the form is accepted by the parser: otherwise this case proves nothing
    assertThat(PhoneNumber.of(written).masked()).isEqualTo("139****5678");

    String scrubbed = Redaction.scrub("SMS gateway refused " + written + ", retry later");

    assertThat(scrubbed.replaceAll("[^0-9*]", "")).endsWith("139****5678");
    assertThat(scrubbed.replaceAll("[^0-9]", "")).doesNotContain("1234");
    assertThat(scrubbed).startsWith("SMS gateway refused ").endsWith(", retry later");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010-62345678", "01062345678", "010 6234 5678", "0755-2345678", "07552345678"})
  void everyLandlineFormThePhoneParserAcceptsIsMaskedToItsAreaCodeAndLastFour(String written) {
    String masked = PhoneNumber.of(written).masked();
    String area = masked.substring(0, masked.indexOf('-'));
    String lastFour = masked.substring(masked.length() - 4);

    String scrubbed = Redaction.scrub("call " + written).replace(" ", "").replace("-", "");

    // every digit between the area code and the last four is masked, one star per digit
    assertThat(scrubbed).matches("call" + area + "\\*{3,4}" + lastFour);
  }

  @Test
  void separatorsAndPrefixesStayWhereTheyWere() {
    assertThat(Redaction.scrub("139-1234-5678")).isEqualTo("139-****-5678");
    assertThat(Redaction.scrub("+8613912345678")).isEqualTo("+86139****5678");
    assertThat(Redaction.scrub("139 1234 5678")).isEqualTo("139 **** 5678");
    assertThat(Redaction.scrub("010-62345678")).isEqualTo("010-****5678");
  }

  @Test
  void theShortestNumberATenDigitLandlineIsMaskedAndNineDigitsOrDigitsBrokenByOtherCharactersAreNot() {
    assertThat(Redaction.scrub("021-2345678")).isEqualTo("021-***5678");
    assertThat(Redaction.scrub("{\"phone\":\"0212345678\"}")).isEqualTo("{\"phone\":\"021***5678\"}");
    assertThat(Redaction.scrub("+86 139 1234 5678!")).isEqualTo("+86 139 **** 5678!");
    for (String text : List.of("021-234567", "02123:45678", "021.2345678", "139/1234/5678", "")) {
      assertThat(Redaction.scrub(text)).isEqualTo(text);
    }
  }

  @Test
  void aNumberBesideIdsAndDatesIsMaskedAndTheyKeepTheirValue() {
    assertThat(Redaction.scrub("complaint C-000123 at 2026-03-02T01:15:00Z, ¥1,234.50; call 13912345678 or 021-2345678."))
        .isEqualTo("complaint C-000123 at 2026-03-02T01:15:00Z, ¥1,234.50; call 139****5678 or 021-***5678.");
  }

  @Test
  void idNumbersKeepTheirFirstSixAndLastFourCharacters() {
    assertThat(Redaction.scrub("ID 11010519491231002X.")).isEqualTo("ID 110105********002X.");
    assertThat(Redaction.scrub("ID 11010519491231002x")).isEqualTo("ID 110105********002x");
  }

  @Test
  void twoNumbersSideBySideAreBothMasked() {
    assertThat(Redaction.scrub("13912345678 13812345678")).isEqualTo("139****5678 138****5678");
    assertThat(Redaction.scrub("2026-03-02 13912345678")).isEqualTo("2026-03-02 139****5678");
  }

  @Test
  void idsDatesAmountsAndEpochTimesAreLeftAlone() {
    for (String text : List.of("complaint C-000123 at 2026-03-02T01:15:00Z", "1764400000000", "¥1,234.50",
        "seq 12345678901234", "bench-C-000002", "S-1-FRONT_DESK_CLERK")) {
      assertThat(Redaction.scrub(text)).isEqualTo(text);
    }
  }

  @Test
  void anIdNumberWrittenInGroupsIsMaskedWhole() {
    assertThat(Redaction.scrub("证件 110105 19491231 002X 已核对")).isEqualTo("证件 110105 ******** 002X 已核对");
  }

  @Test
  void longTextIsCutAfterMasking() {
    assertThat(Redaction.scrub("x".repeat(50), 10)).isEqualTo("xxxxxxxxxx…");
    assertThat(Redaction.scrub("x".repeat(10), 10)).isEqualTo("x".repeat(10));
    assertThat(Redaction.scrub(null)).isNull();
  }

  @Test
  void seededRandomPhoneFormsInRandomTextNeverSurviveUnmasked() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    String[] separators = {"", "", " ", "-", "  "};
    for (int run = 0; run < 2_000; run++) {
      String mobile = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
      StringBuilder written = new StringBuilder(r.nextBoolean() ? "" : r.nextBoolean() ? "+86" : "86");
      for (int k = 0; k < mobile.length(); k++) {
        if (k > 0 && r.nextInt(4) == 0) {
          written.append(separators[r.nextInt(separators.length)]);
        }
        written.append(mobile.charAt(k));
      }
      String text = "联系人 " + written + " 说";
      String middle = mobile.substring(3, 7);
      assertThat(PhoneNumber.of(written.toString()).masked())
          .as("seed %d: %s is a form the parser accepts", seed, written).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
      String digitsLeft = Redaction.scrub(text).replaceAll("[^0-9*]", "");
      assertThat(digitsLeft).as("seed %d: %s", seed, written).endsWith(mobile.substring(0, 3) + "****" + mobile.substring(7));
      assertThat(digitsLeft).as("seed %d: %s", seed, written).doesNotContain(mobile.substring(2, 8)).doesNotContain(middle + mobile.substring(7));
    }
  }
}
