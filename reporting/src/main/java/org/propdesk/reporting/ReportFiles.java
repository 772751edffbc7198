package org.propdesk.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.reporting.csv.CsvReportWriter;
import org.propdesk.reporting.html.HtmlReportWriter;
import org.propdesk.reporting.json.JsonReportWriter;
import org.propdesk.reporting.xlsx.XlsxReportWriter;

/**
 * Writes a report into a folder in every format (报表文件): {@code NAME.xlsx}, {@code NAME.json},
 * {@code NAME.html} and one {@code NAME-csv/TABLE.csv} per table. Each file is written to a temporary
 * file beside it and moved into place, so a reader never sees half a report. Stateless and
 * thread-safe (two calls must not write the same report into the same folder at once).
 *
 * @since 0.1.0
 */
public final class ReportFiles {
  private ReportFiles() {}

  /** A report written to files. */
  @FunctionalInterface
  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code report} into {@code dir} (created if missing) in every format.
   *
   * @return the files written: the workbook, the JSON, the HTML, then the CSV files in table order
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> writeAll(Report report, Rendering rendering, Path dir) {
    Check.present("report", report);
    Check.present("rendering", rendering);
    Check.present("dir", dir);
    List<Path> written = new ArrayList<>();
    written.add(write(dir.resolve(report.name() + ".xlsx"), out -> XlsxReportWriter.write(report, rendering, out)));
    written.add(write(dir.resolve(report.name() + ".json"), out -> JsonReportWriter.write(report, rendering, out)));
    written.add(write(dir.resolve(report.name() + ".html"), out -> HtmlReportWriter.write(report, rendering, out)));
    Path csvDir = dir.resolve(report.name() + "-csv");
    for (Table t : report.tables()) {
      written.add(write(csvDir.resolve(t.id() + ".csv"), out -> {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvReportWriter.write(t, rendering, w);
        w.flush();
      }));
    }
    return written;
  }

  /**
   * The SHA-256 of the report's canonical bytes, as 64 lower-case hex digits: its JSON in Chinese with
   * personal data masked, which is what a submission to the group records (PROCEDURES §16). The same
   * report always gives the same hash.
   */
  public static String sha256(Report report) {
    Check.present("report", report);
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new java.security.DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
        JsonReportWriter.write(report, Rendering.chinese(), out);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, Body body) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
          body.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
