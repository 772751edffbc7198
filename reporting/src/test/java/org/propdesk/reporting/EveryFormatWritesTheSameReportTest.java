package org.propdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.reporting.csv.CsvReportWriter;
import org.propdesk.reporting.html.HtmlReportWriter;
import org.propdesk.reporting.json.JsonReportWriter;
import org.propdesk.reporting.xlsx.XlsxReportWriter;

/**
 * One report, every format (issue [5]): Chinese by default and English on request, numbers as numbers,
 * personal data masked unless permitted, formulas never evaluated, and the same bytes for the same
 * report.
 */
class EveryFormatWritesTheSameReportTest {
  private static final Report REPORT = SampleReports.sample();

  private static byte[] json(Rendering r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReportWriter.write(REPORT, r, out);
    return out.toByteArray();
  }

  private static byte[] xlsx(Rendering r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxReportWriter.write(REPORT, r, out);
    return out.toByteArray();
  }

  private static String html(Rendering r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReportWriter.write(REPORT, r, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String csv(Rendering r) {
    StringWriter out = new StringWriter();
    CsvReportWriter.write(REPORT.tables().get(0), r, out);
    return out.toString();
  }

  @Test
  void csvStartsWithABomHasChineseHeadersKeepsNumbersAndDefusesFormulas() {
    String csv = csv(Rendering.chinese());
    assertThat(csv).startsWith("\uFEFF投诉等级,投诉数,占比 (%),处理时长中位数（小时）,受理日期,月份,联系电话\r\n");
    assertThat(csv).contains("\r\n一般投诉,12,75.0,3.5,2026-03-02,2026-03-02 09:15,138****5678\r\n");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",-3,-12.5,");
    assertThat(csv).doesNotContain(SampleReports.PHONE);
    assertThat(csv(Rendering.english())).startsWith("\uFEFFClass,Complaints,Share (%),");
  }

  @Test
  void jsonHasTheDocumentedShapeWithTypedCellsAndMaskedPhones() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(json(Rendering.chinese()));
    assertThat(doc.get("schema").asText()).isEqualTo("propdesk-report/1");
    assertThat(doc.get("language").asText()).isEqualTo("zh-CN");
    assertThat(doc.get("title").asText()).isEqualTo("客户投诉分析报告");
    assertThat(doc.at("/facts/0/value").asText()).isEqualTo("2026年3月");
    JsonNode row = doc.at("/tables/0/rows/0");
    assertThat(row.get(1).isIntegralNumber()).isTrue();
    assertThat(row.get(1).asLong()).isEqualTo(12);
    assertThat(row.get(2).decimalValue()).isEqualByComparingTo("0.75");
    assertThat(row.get(4).asText()).isEqualTo("2026-03-02");
    assertThat(row.get(6).asText()).isEqualTo("138****5678");
    assertThat(doc.at("/tables/0/rows/2/2").isNull()).isTrue();
    assertThat(doc.at("/charts/0/series/1/values/0").asInt()).isEqualTo(7);
    assertThat(new String(json(Rendering.chinese()), StandardCharsets.UTF_8)).doesNotContain(SampleReports.PHONE);
    assertThat(new ObjectMapper().readTree(json(Rendering.english())).get("title").asText()).isEqualTo("Complaint analysis report");
  }

  @Test
  void withAPermitThePhoneNumbersAreShownInEveryFormat() {
    Rendering revealing = Rendering.chinese().revealing(PersonalDataPermit.forPurpose("回访核实"));
    assertThat(csv(revealing)).contains(SampleReports.PHONE);
    assertThat(new String(json(revealing), StandardCharsets.UTF_8)).contains(SampleReports.PHONE);
    assertThat(html(revealing)).contains(SampleReports.PHONE);
  }

  @Test
  void xlsxHasACoverAndOneSheetPerTableWithNumbersDatesAndTextTyped() throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx(Rendering.chinese())))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("客户投诉分析报告", "按投诉等级");
      List<Row> rows = sheets.get(1).read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("投诉等级");
      Row first = rows.get(1);
      assertThat(first.getCellText(0)).isEqualTo("一般投诉");
      assertThat(first.getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12"));
      assertThat(first.getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.75"));
      assertThat(first.getCellAsDate(4)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo("2026-03-02"));
      assertThat(first.getCellText(6)).isEqualTo("138****5678");
      assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(rows.get(2).getCell(0).getType().name()).isEqualTo("STRING");
    }
  }

  @Test
  void theSameReportGivesTheSameBytesInEveryFormat() {
    assertThat(json(Rendering.chinese())).isEqualTo(json(Rendering.chinese()));
    assertThat(html(Rendering.chinese())).isEqualTo(html(Rendering.chinese()));
    assertThat(csv(Rendering.chinese())).isEqualTo(csv(Rendering.chinese()));
    assertThat(entriesButCreationTime(xlsx(Rendering.chinese()))).isEqualTo(entriesButCreationTime(xlsx(Rendering.chinese())));
  }

  /** Every part of a workbook except docProps/core.xml, where fastexcel stamps the time of writing. */
  private static java.util.Map<String, String> entriesButCreationTime(byte[] xlsx) {
    java.util.Map<String, String> parts = new java.util.TreeMap<>();
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
      java.nio.file.Files.write(file, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
          if (!e.getName().equals("docProps/core.xml")) {
            parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } finally {
        java.nio.file.Files.delete(file);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
    return parts;
  }

  @Test
  void htmlIsOneSelfContainedFileWithEscapedTextAndAnSvgPerChart() {
    String html = html(Rendering.chinese());
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<meta charset=\"utf-8\">");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("<link");
    assertThat(html).contains("a &quot;quoted&quot;, &lt;b&gt;bold&lt;/b&gt; &amp; more").doesNotContain(SampleReports.PHONE);
    assertThat(count(html, "<rect class=\"bar\"")).as("2 categories x 2 series").isEqualTo(4);
    assertThat(count(html, "<polyline class=\"trend\"")).isEqualTo(1);
    assertThat(count(html, "<circle class=\"point\"")).isEqualTo(3);
    assertThat(count(html, "<path class=\"gauge-value\"")).isEqualTo(2);
    assertThat(html).contains("<td class=\"n\">75.0%</td>").contains(">95.0%<");
  }

  @Test
  void bothLanguagesOfTheReportLabelsHoldTheSameKeysAndPlaceholders() throws Exception {
    Properties zh = load("ReportLabels_zh_CN.properties");
    Properties en = load("ReportLabels.properties");
    assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    for (String k : zh.stringPropertyNames()) {
      assertThat(placeholders(zh.getProperty(k))).as(k).isEqualTo(placeholders(en.getProperty(k)));
    }
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = Text.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static java.util.Set<String> placeholders(String s) {
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(s);
    return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
