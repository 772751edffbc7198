package org.propdesk.examples;

import java.io.PrintWriter;
import java.util.List;

/**
 * A plain-text table for a terminal (控制台表格): the first column left-aligned, the others right-aligned,
 * columns as wide as their widest cell counting a Chinese character as two columns, two spaces between.
 * Stateless.
 */
final class ConsoleTable {
  private ConsoleTable() {}

  /** Prints {@code header} and {@code rows} (each as long as the header) to {@code out}. */
  static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (List<String> row : concat(header, rows)) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
      }
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    for (List<String> row : concat(header, rows)) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String pad = " ".repeat(widths[i] - width(row.get(i)));
        line.append(i == 0 ? row.get(i) + pad : "  " + pad + row.get(i));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList();
  }

  /** Display width: CJK ideographs, CJK punctuation and full-width forms take two columns. */
  static int width(String text) {
    return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
  }
}
