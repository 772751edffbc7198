package org.propdesk.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.PhoneNumber;

/**
 * Issue [5] "Formats": CSV that Excel opens with Chinese intact (UTF-8 with BOM), formula injection
 * escaped, personal data masked unless the caller holds the permission. Expected text is written out
 * by hand from RFC 4180 and the OWASP rule.
 */
class CsvTableTest {
  private final StringWriter out = new StringWriter();

  private String written() {
    return out.toString();
  }

  @Test
  void theFileStartsWithAByteOrderMarkThenTheHeaderAndEndsEachRowWithCrLf() {
    CsvTable t = CsvTable.open(out, List.of("类别", "投诉数"));
    t.row(List.of("一般投诉", 12)).row(List.of("重要投诉", 3));
    assertThat(written()).isEqualTo("\uFEFF类别,投诉数\r\n一般投诉,12\r\n重要投诉,3\r\n");
    assertThat(t.rows()).isEqualTo(2);
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
    CsvTable.open(out, List.of("a", "b", "c")).row(List.of("灯坏了, 楼道暗", "他说\"马上来\"", "第一行\n第二行"));
    assertThat(written()).endsWith("\"灯坏了, 楼道暗\",\"他说\"\"马上来\"\"\",\"第一行\n第二行\"\r\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
  void aTextCellThatASpreadsheetWouldEvaluateIsWrittenAsPlainText(String evil) {
    CsvTable.open(out, List.of("x")).row(List.of(evil));
    String cell = written().substring(written().indexOf("\r\n") + 2, written().length() - 2);
    assertThat(cell.replace("\"", "")).startsWith("'" + evil.charAt(0));
  }

  @Test
  void numbersStayNumbersAmountsArePlainAndDatesReadable() {
    CsvTable.open(out, List.of("n", "amount", "big", "day", "at", "flag", "none", "empty"))
        .row(Arrays.asList(-5L, new BigDecimal("-12.50"), new BigDecimal("1E+3"), LocalDate.of(2026, 3, 2),
            LocalDateTime.of(2026, 3, 2, 9, 15, 0, 123_000_000), true, null, Optional.empty()));
    assertThat(written()).endsWith("\r\n-5,-12.50,1000,2026-03-02,2026-03-02 09:15:00,true,,\r\n");
  }

  @Test
  void phoneNumbersAreMaskedInEveryFormUnlessTheCallerHoldsThePermit() {
    CsvTable.open(out, List.of("phone", "note")).row(List.of(PhoneNumber.of("13812345678"), "业主电话 139-1234-5678，请回电"));
    assertThat(written()).doesNotContain("13812345678").doesNotContain("1234-5678").contains("138****5678");

    StringWriter open = new StringWriter();
    CsvTable.openRevealing(open, List.of("phone", "note"), PersonalDataPermit.forPurpose("回访"))
        .row(List.of(PhoneNumber.of("13812345678"), "139-1234-5678"));
    assertThat(open.toString()).contains("13812345678").contains("139-1234-5678");
  }

  @Test
  void aRowOfTheWrongWidthAnUnknownCellTypeOrABadHeaderIsAnInvalidInputNamingIt() {
    CsvTable t = CsvTable.open(out, List.of("a", "b"));
    assertThatThrownBy(() -> t.row(List.of("only one"))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("cells"));
    assertThatThrownBy(() -> t.row(List.of("x", new Object()))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("cells"));
    assertThatThrownBy(() -> CsvTable.open(out, List.of())).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("header"));
    assertThatThrownBy(() -> CsvTable.open(out, List.of("a", " "))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("header"));
    assertThatThrownBy(() -> CsvTable.openRevealing(out, List.of("a"), null)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("permit"));
    assertThat(t.rows()).isZero();
  }
}
