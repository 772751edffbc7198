package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The demo as a newcomer runs it (演示命令行): its options, its output in both languages, its refusals of
 * bad options with a non-zero status and nothing written, and the same figures and reports for the same
 * seed. Runs are short (a few days at one or two offices) and in a temporary folder.
 */
class DemoCommandLineTest {
  @TempDir Path folder;

  /** One run's status and what it printed on each stream. */
  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MonthDemo.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private String[] inFolder(String... args) {
    return Stream.concat(Stream.of(args), Stream.of("--data", folder.resolve("data").toString(), "--out",
        folder.resolve("reports").toString())).toArray(String[]::new);
  }

  @Test
  void helpListsEveryOptionAndExitsWithZero() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--days=N", "--offices=M", "--seed=S", "--db=JDBC-URL", "--db-user", "--data=DIR", "--out=DIR",
        "--fresh", "--in-memory", "--locale", "--help", "default: 30", "default: 3", "PROPDESK_DB_PASSWORD", "Exit codes");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> badOptions() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(List.of("--offices", "0"), "--offices must be 1-10, not 0"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--offices", "-2"), "--offices must be 1-10, not -2"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--offices", "11"), "--offices must be 1-10, not 11"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--offices", "three"), "'--offices': 'three' is not an int"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--days", "0"), "--days must be 1-366, not 0"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--days", "367"), "--days must be 1-366, not 367"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--seed", "1.5"), "'--seed': '1.5' is not a long"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--locale", "fr"), "--locale must be zh-CN or en, not 'fr'"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--db", "postgres://127.0.0.1/propdesk"),
            "--db: must be a JDBC URL of H2, PostgreSQL, MariaDB or MySQL"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--db", " "), "--db: must be a JDBC URL, not empty"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--db", "jdbc:h2:mem:x\nDROP"), "--db: must be one line"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--in-memory", "--db", "jdbc:h2:mem:x"), "--in-memory and --db"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--fresh", "--db", "jdbc:h2:mem:x"), "--fresh deletes the embedded"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--db-user", "sa"), "--db-user needs --db"),
        org.junit.jupiter.params.provider.Arguments.of(List.of("--colour"), "Unknown option: '--colour'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void aBadOptionIsNamedWithItsRuleAndEndsTheRunWithStatusTwoHavingWrittenNothing(List<String> args, String message) {
    Run r = run(inFolder(args.toArray(String[]::new)));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(message).contains("Run with --help");
    assertThat(r.out()).isEmpty();
    assertThat(folder.resolve("data")).doesNotExist();
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsRefusedBeforeTheRunStarts() throws IOException {
    Files.writeString(folder.resolve("not-a-folder"), "x");
    Run r = run("--in-memory", "--days", "1", "--out", folder.resolve("not-a-folder").resolve("reports").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--out: cannot write reports into", "not-a-folder");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aDatabaseThatCannotBeReachedEndsTheRunWithStatusOneNamingIt() {
    // nothing listens on port 1: the connection is refused at once
    Run r = run("--db", "jdbc:postgresql://127.0.0.1:1/propdesk?password=secret", "--days", "1", "--locale", "en", "--out",
        folder.resolve("reports").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("Cannot open the database jdbc:postgresql://127.0.0.1:1/propdesk…").doesNotContain("secret");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aRunPrintsEachOfficesFiguresWithChineseHeadingsByDefaultAndEnglishOnRequest() {
    Run zh = run(inFolder("--in-memory", "--days", "3", "--offices", "2"));
    assertThat(zh.status()).isZero();
    assertThat(zh.out()).contains("2 个管理处", "2026-03-01 至 2026-03-03 共 3 天", "2026年3月 登记的投诉", "管理处", "受理", "首次答复及时率",
        "滨江管理处", "西溪管理处", "报事报修", "押金笔数", "审计日志：校验完整", "已生成报表");
    assertThat(zh.out()).doesNotContain("钱江管理处");
    // progress goes to the error stream, a plain line at the end when it is not a terminal: 3 days and 3 to follow through
    assertThat(zh.err()).contains("2026-03-06  day 6/6");

    Run en = run(inFolder("--in-memory", "--days", "3", "--offices", "2", "--locale", "en"));
    assertThat(en.status()).isZero();
    assertThat(en.out()).contains("Offices: 2; days of arrivals: 3 (2026-03-01 to 2026-03-03)", "Complaints registered in 2026-03",
        "office", "received", "1st reply on time", "Binjiang Office", "Xixi Office", "Repair and incident reports", "deposits",
        "journals: verified intact", "Reports written");
    assertThat(en.out()).doesNotContain("滨江管理处", "登记的投诉");
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndTheSameReportFilesAndAnotherSeedOtherFigures() throws IOException {
    Run a = run("--in-memory", "--days", "4", "--offices", "1", "--seed", "7", "--out", folder.resolve("a").toString());
    Run b = run("--in-memory", "--days", "4", "--offices", "1", "--seed", "7", "--out", folder.resolve("b").toString());
    Run c = run("--in-memory", "--days", "4", "--offices", "1", "--seed", "8", "--out", folder.resolve("c").toString());
    assertThat(a.status()).isZero();
    assertThat(b.out().replace(folder.resolve("b").toString(), "OUT")).isEqualTo(a.out().replace(folder.resolve("a").toString(), "OUT"));
    Map<String, byte[]> first = files(folder.resolve("a"));
    Map<String, byte[]> second = files(folder.resolve("b"));
    assertThat(first).isNotEmpty();
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    assertThat(first.keySet()).anyMatch(n -> n.endsWith(".xlsx!xl/worksheets/sheet1.xml")).anyMatch(n -> n.endsWith(".json"))
        .anyMatch(n -> n.endsWith(".html")).anyMatch(n -> n.endsWith(".csv"));
    assertThat(figures(c.out())).isNotEqualTo(figures(a.out()));
  }

  /** The summary's tables: the lines from the first heading to the journal line. */
  private static String figures(String out) {
    return out.substring(out.indexOf("登记的投诉"), out.indexOf("审计日志"));
  }

  /**
   * Every file under {@code root} by its relative name; a workbook by its parts ({@code name!part}),
   * less the creation time the XLSX format records in {@code docProps/core.xml}.
   */
  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString();
        if (!name.endsWith(".xlsx")) {
          out.put(name, Files.readAllBytes(p));
          continue;
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(p.toFile())) {
          for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
            if (!e.getName().equals("docProps/core.xml")) {
              try (var in = zip.getInputStream(e)) {
                out.put(name + "!" + e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void aSecondRunOnTheEmbeddedDatabaseContinuesAndFreshStartsAgainWhileFewerOfficesAreRefused() {
    Run first = run(inFolder("--days", "2", "--offices", "2", "--locale", "en"));
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("(2026-03-01 to 2026-03-02)", "embedded H2 in " + folder.resolve("data").toAbsolutePath());
    Run second = run(inFolder("--days", "2", "--offices", "2", "--locale", "en"));
    assertThat(second.status()).isZero();
    assertThat(second.out()).doesNotContain("(2026-03-01 to").contains("carried over from the previous run");

    Run fewer = run(inFolder("--days", "2", "--offices", "1", "--locale", "en"));
    assertThat(fewer.status()).isEqualTo(2);
    assertThat(fewer.err()).contains("the database holds the work of 2 offices: run with --offices 2 or more");

    Run fresh = run(inFolder("--days", "2", "--offices", "1", "--locale", "en", "--fresh"));
    assertThat(fresh.status()).isZero();
    assertThat(fresh.out()).contains("(2026-03-01 to 2026-03-02)");
  }
}
