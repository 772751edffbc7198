package org.propdesk.reporting.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.propdesk.core.common.Check;
import org.propdesk.reporting.Chart;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;

/**
 * Writes a report as one self-contained HTML file (报表网页): inline CSS, the heading's facts, every
 * chart drawn as inline SVG by PropDesk (no script, no external file, no web font), then every table.
 * Text uses the system's Chinese fonts (Noto Sans CJK, PingFang, Microsoft YaHei, WenQuanYi) and is
 * escaped; personal data is masked unless permitted.
 *
 * <p>Charts, each an {@code <svg id="chart-ID" class="chart chart-KIND">}: a {@link Chart.Kind#BAR}
 * chart draws one {@code rect.bar} per category and series, with a legend when there are several
 * series; a {@link Chart.Kind#LINE} chart one {@code polyline.trend} per series with a {@code
 * circle.point} per category; a {@link Chart.Kind#GAUGE} chart one {@code path.gauge-value} arc per
 * category over its {@code path.gauge-track}. Coordinates are written with one decimal, so the same
 * report gives the same bytes. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlReportWriter {
  private static final String[] COLOURS = {"#2f6fb0", "#e07b39", "#4a9e5c", "#8e5ea2", "#c94f4f"};
  private static final int WIDTH = 640;

  private HtmlReportWriter() {}

  /**
   * Writes {@code report} to {@code out} as UTF-8; the caller owns and closes {@code out}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code rows} for a row that does not fit its columns
   * @throws UncheckedIOException when the output fails
   */
  public static void write(Report report, Rendering rendering, OutputStream out) {
    Check.present("report", report);
    Check.present("rendering", rendering);
    Check.present("out", out);
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      String title = esc(rendering.text(report.title()));
      w.write("<!DOCTYPE html>\n<html lang=\"" + rendering.languageTag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title + "</title>\n<style>\n"
          + "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Zen Hei\","
          + "sans-serif;margin:24px;color:#222}\nh1{font-size:22px}h2{font-size:17px;margin-top:28px}\n"
          + "table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #bbb;padding:4px 8px}"
          + "th{background:#ddebf7;text-align:left}td.n{text-align:right}\ndl.facts{display:grid;grid-template-columns:"
          + "max-content auto;gap:4px 16px}dt{font-weight:bold}dd{margin:0}\n.charts{display:flex;flex-wrap:wrap;gap:24px}"
          + "figure{margin:0}figcaption{font-weight:bold;margin-bottom:4px}svg text{font-size:12px;fill:#333}\n"
          + "</style>\n</head>\n<body>\n<h1>" + title + "</h1>\n<dl class=\"facts\">\n");
      for (Report.Fact f : report.facts()) {
        w.write("<dt>" + esc(rendering.text(f.label())) + "</dt><dd>" + esc(rendering.textCell(f.value())) + "</dd>\n");
      }
      w.write("</dl>\n");
      if (!report.charts().isEmpty()) {
        w.write("<section class=\"charts\">\n");
        for (Chart c : report.charts()) {
          w.write("<figure><figcaption>" + esc(rendering.text(c.title())) + "</figcaption>\n");
          w.write(switch (c.kind()) {
            case BAR -> bars(c, rendering);
            case LINE -> line(c, rendering);
            case GAUGE -> gauges(c, rendering);
          });
          w.write("</figure>\n");
        }
        w.write("</section>\n");
      }
      for (Table t : report.tables()) {
        table(w, t, rendering);
      }
      w.write("</body>\n</html>\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(Writer w, Table t, Rendering rendering) throws IOException {
    w.write("<h2 id=\"table-" + t.id() + "\">" + esc(rendering.text(t.title())) + "</h2>\n<table class=\"report\" data-table=\""
        + t.id() + "\">\n<thead><tr>");
    for (Column c : t.columns()) {
      w.write("<th>" + esc(rendering.text(c.header())) + "</th>");
    }
    w.write("</tr></thead>\n<tbody>\n");
    t.writeRows(row -> {
      StringBuilder tr = new StringBuilder("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Column.Kind kind = t.columns().get(i).kind();
        boolean numeric = kind == Column.Kind.INTEGER || kind == Column.Kind.DECIMAL || kind == Column.Kind.PERCENT;
        tr.append(numeric ? "<td class=\"n\">" : "<td>").append(esc(rendering.display(kind, row.get(i)))).append("</td>");
      }
      w.write(tr.append("</tr>\n").toString());
    });
    w.write("</tbody>\n</table>\n");
  }

  // ------------------------------------------------------------------ charts

  private static String open(Chart c, int height, Rendering rendering) {
    return "<svg id=\"chart-" + c.id() + "\" class=\"chart chart-" + c.kind().name().toLowerCase(Locale.ROOT)
        + "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + esc(rendering.text(c.title()))
        + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\">\n";
  }

  private static String bars(Chart c, Rendering rendering) {
    int n = c.series().size();
    int barHeight = 18;
    int groupHeight = barHeight * n + 10;
    int left = 170;
    int legend = n > 1 ? 24 : 0;
    int height = legend + Math.max(1, c.categories().size()) * groupHeight + 10;
    double max = max(c);
    StringBuilder s = new StringBuilder(open(c, height, rendering));
    legend(s, c, rendering);
    for (int i = 0; i < c.categories().size(); i++) {
      double y0 = legend + i * groupHeight + 5;
      s.append("<text x=\"").append(left - 8).append("\" y=\"").append(num(y0 + groupHeight / 2.0 - 1))
          .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(esc(rendering.textCell(c.categories().get(i))))
          .append("</text>\n");
      for (int k = 0; k < n; k++) {
        BigDecimal v = c.series().get(k).values().get(i);
        double w = max == 0 ? 0 : (WIDTH - left - 60) * v.doubleValue() / max;
        double y = y0 + k * barHeight;
        s.append("<rect class=\"bar\" x=\"").append(left).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
            .append("\" height=\"").append(barHeight - 3).append("\" fill=\"").append(COLOURS[k % COLOURS.length])
            .append("\"><title>").append(esc(rendering.text(c.series().get(k).name()))).append(": ").append(v.toPlainString())
            .append("</title></rect>\n<text x=\"").append(num(left + w + 4)).append("\" y=\"").append(num(y + barHeight / 2.0))
            .append("\" dominant-baseline=\"middle\">").append(v.toPlainString()).append("</text>\n");
      }
    }
    return s.append("</svg>\n").toString();
  }

  private static String line(Chart c, Rendering rendering) {
    int height = 260;
    int left = 50;
    int right = 40;
    int top = c.series().size() > 1 ? 34 : 14;
    int bottom = 40;
    double max = niceMax(max(c));
    int count = c.categories().size();
    double step = count <= 1 ? 0 : (WIDTH - left - right) / (double) (count - 1);
    double plot = height - top - bottom;
    StringBuilder s = new StringBuilder(open(c, height, rendering));
    legend(s, c, rendering);
    for (int g = 0; g <= 2; g++) {
      double y = top + plot - plot * g / 2.0;
      s.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(WIDTH - right).append("\" y1=\"").append(num(y))
          .append("\" y2=\"").append(num(y)).append("\" stroke=\"#ddd\"/>\n<text x=\"").append(left - 6).append("\" y=\"")
          .append(num(y)).append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
          .append(BigDecimal.valueOf(max * g / 2.0).stripTrailingZeros().toPlainString()).append("</text>\n");
    }
    for (int i = 0; i < count; i++) {
      s.append("<text x=\"").append(num(left + i * step)).append("\" y=\"").append(height - bottom + 18)
          .append("\" text-anchor=\"middle\">").append(esc(rendering.textCell(c.categories().get(i)))).append("</text>\n");
    }
    for (int k = 0; k < c.series().size(); k++) {
      String colour = COLOURS[k % COLOURS.length];
      StringBuilder points = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < count; i++) {
        BigDecimal v = c.series().get(k).values().get(i);
        double x = left + i * step;
        double y = top + plot - (max == 0 ? 0 : plot * v.doubleValue() / max);
        points.append(i == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
        dots.append("<circle class=\"point\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"3.5\" fill=\"")
            .append(colour).append("\"><title>").append(esc(rendering.textCell(c.categories().get(i)))).append(": ")
            .append(v.toPlainString()).append("</title></circle>\n");
      }
      s.append("<polyline class=\"trend\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
          .append(points).append("\"/>\n").append(dots);
    }
    return s.append("</svg>\n").toString();
  }

  private static String gauges(Chart c, Rendering rendering) {
    int size = 150;
    int perRow = WIDTH / size;
    int rows = Math.max(1, (c.categories().size() + perRow - 1) / perRow);
    int height = rows * 130;
    StringBuilder s = new StringBuilder(open(c, height, rendering));
    for (int i = 0; i < c.categories().size(); i++) {
      double cx = (i % perRow) * size + size / 2.0;
      double cy = (i / perRow) * 130 + 80;
      double r = 55;
      BigDecimal v = c.series().get(0).values().get(i);
      double angle = Math.PI * (1 - v.doubleValue());
      String end = num(cx + r * Math.cos(angle)) + " " + num(cy - r * Math.sin(angle));
      s.append("<path class=\"gauge-track\" d=\"M ").append(num(cx - r)).append(' ').append(num(cy)).append(" A ").append(num(r))
          .append(' ').append(num(r)).append(" 0 0 1 ").append(num(cx + r)).append(' ').append(num(cy))
          .append("\" fill=\"none\" stroke=\"#e3e3e3\" stroke-width=\"14\"/>\n");
      s.append("<path class=\"gauge-value\" d=\"M ").append(num(cx - r)).append(' ').append(num(cy)).append(" A ").append(num(r))
          .append(' ').append(num(r)).append(" 0 0 1 ").append(end).append("\" fill=\"none\" stroke=\"")
          .append(v.compareTo(new BigDecimal("0.9")) >= 0 ? "#4a9e5c" : v.compareTo(new BigDecimal("0.7")) >= 0 ? "#e0a339" : "#c94f4f")
          .append("\" stroke-width=\"14\"><title>").append(Rendering.percent(v)).append("</title></path>\n");
      s.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 6)).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(Rendering.percent(v)).append("</text>\n<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 22))
          .append("\" text-anchor=\"middle\">").append(esc(rendering.textCell(c.categories().get(i)))).append("</text>\n");
    }
    return s.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder s, Chart c, Rendering rendering) {
    if (c.series().size() < 2) {
      return;
    }
    for (int k = 0; k < c.series().size(); k++) {
      int x = 10 + k * 150;
      s.append("<rect class=\"legend\" x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
          .append(COLOURS[k % COLOURS.length]).append("\"/><text x=\"").append(x + 18).append("\" y=\"12\" dominant-baseline=\"middle\">")
          .append(esc(rendering.text(c.series().get(k).name()))).append("</text>\n");
    }
  }

  private static double max(Chart c) {
    return c.series().stream().flatMap(s -> s.values().stream()).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
  }

  /** The smallest of 1, 2 or 5 times a power of ten at or above {@code v}: a round top for the axis. */
  private static double niceMax(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** HTML text and attribute escaping. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
