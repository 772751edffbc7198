package org.propdesk.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.core.supervision.ReportPeriod;
import org.propdesk.reporting.Text;
import org.propdesk.reporting.complaint.ComplaintAnalysisReport;
import org.propdesk.reporting.complaint.ComplaintAnalyst;
import org.propdesk.testkit.ComplaintScenarioRunner;
import org.propdesk.testkit.Fixtures;

/**
 * The HTML complaint analysis report in a real browser (Debian's headless {@code chromium}, which CI
 * installs with a Chinese font): the page loads, the charts' SVG elements are in the rendered DOM, the
 * screenshot shows the bars and gauges in their colours, and Chinese text is drawn with real glyphs
 * (two different titles give different pixels; missing glyphs would draw identical boxes).
 */
class HtmlReportRendersInAHeadlessBrowserTest {
  @TempDir Path dir;

  private static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    String message = "headless-browser test SKIPPED: install Debian's chromium and fonts-wqy-zenhei";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(message.replace("SKIPPED", "cannot be skipped in CI"));
    }
    System.err.println("**** " + message + " ****");
    Assumptions.abort(message);
    return null;
  }

  private String browser(Path page, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(chromium().toString(), "--headless=new", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    command.add(page.toUri().toString());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).as("chromium's exit code").isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  private Path write(Report report, String name) throws IOException {
    Path file = dir.resolve(name + ".html");
    try (OutputStream out = Files.newOutputStream(file)) {
      HtmlReportWriter.write(report, Rendering.chinese(), out);
    }
    return file;
  }

  private static Report analysis() {
    return ComplaintScenarioRunner.onStorage(InMemoryStorage::create).runThen(3, 200, desk -> ComplaintAnalysisReport.of(
        new ComplaintAnalyst(desk).analyse(Fixtures.serviceCentre(), ReportPeriod.month(YearMonth.of(2026, 3)), Optional.empty())
            .orElseThrow(), desk.directory(), ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void theComplaintAnalysisLoadsWithEveryChartsElementsAndItsColoursOnScreen() throws Exception {
    Report report = analysis();
    Path page = write(report, "analysis");
    String dom = browser(page, "--dump-dom");
    assertThat(dom).contains("<h1>客户投诉分析报告</h1>");
    assertThat(count(dom, "<svg id=\"chart-classes\"")).isEqualTo(1);
    assertThat(count(dom, "<rect class=\"bar\"")).as("3 classes x 2 periods + one bar per category")
        .isEqualTo(6 + report.charts().get(1).categories().size());
    assertThat(count(dom, "<polyline class=\"trend\"")).isEqualTo(1);
    assertThat(count(dom, "<circle class=\"point\"")).as("twelve months").isEqualTo(12);
    assertThat(count(dom, "<path class=\"gauge-value\"")).isEqualTo(report.charts().get(3).categories().size()).isPositive();
    assertThat(count(dom, "<table class=\"report\"")).isEqualTo(report.tables().size());

    Path shot = dir.resolve("analysis.png");
    browser(page, "--window-size=1000,2200", "--screenshot=" + shot);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(pixels(image, 0x2f6fb0)).as("pixels of this period's bars").isGreaterThan(300);
    assertThat(pixels(image, 0xe07b39)).as("pixels of the previous period's bars").isGreaterThan(50);
    assertThat(pixels(image, 0xe3e3e3) + pixels(image, 0x4a9e5c) + pixels(image, 0xe0a339) + pixels(image, 0xc94f4f))
        .as("pixels of the gauges").isGreaterThan(300);
  }

  @Test
  void chineseTextIsDrawnWithRealGlyphsNotBoxes() throws Exception {
    BufferedImage first = title("投诉分析");
    BufferedImage second = title("满意回访");
    assertThat(pixels(first, 0x222222) + darkPixels(first)).as("the title is drawn").isGreaterThan(100);
    assertThat(darkPixels(first)).isGreaterThan(100);
    assertThat(sameTitleArea(first, second)).as("two different Chinese titles look different").isFalse();
  }

  private BufferedImage title(String text) throws Exception {
    Report r = new Report("t", Text.plain(text), List.of(), List.of(), List.of());
    Path page = write(r, "title-" + text.hashCode());
    Path shot = dir.resolve("title-" + text.hashCode() + ".png");
    browser(page, "--window-size=600,200", "--screenshot=" + shot);
    return ImageIO.read(shot.toFile());
  }

  private static boolean sameTitleArea(BufferedImage a, BufferedImage b) {
    for (int y = 0; y < 90; y++) {
      for (int x = 0; x < 300; x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static long darkPixels(BufferedImage image) {
    long n = 0;
    for (int y = 0; y < Math.min(90, image.getHeight()); y++) {
      for (int x = 0; x < Math.min(300, image.getWidth()); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
          n++;
        }
      }
    }
    return n;
  }

  private static long pixels(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
