package org.propdesk.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue [5]: an XLSX export of 100,000 rows runs in 256 MB of heap. A child JVM started with a quarter
 * of that, {@code -Xmx64m}, writes them (it fails with an OutOfMemoryError if the writer holds the
 * rows); the test then reads the workbook back.
 */
class XlsxWritesALargeRegisterInASmallHeapTest {
  @TempDir Path dir;

  @Test
  void aHundredThousandRowRegisterIsWrittenIn64MegabytesAQuarterOfTheBudget() throws Exception {
    Path file = dir.resolve("register.xlsx");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        XlsxScaleProbe.class.getName(), file.toString(), "100000")).redirectErrorStream(true).start();
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("max heap");
    AtomicLong rows = new AtomicLong();
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      Sheet sheet = wb.getSheets().toList().get(1);
      try (var stream = sheet.openStream()) {
        stream.forEach(r -> rows.incrementAndGet());
      }
    }
    assertThat(rows.get()).as("the header and 100,000 rows").isEqualTo(100_001);
    assertThat(Files.size(file)).isGreaterThan(1_000_000);
  }
}
