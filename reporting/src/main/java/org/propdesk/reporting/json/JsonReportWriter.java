package org.propdesk.reporting.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.reporting.Chart;
import org.propdesk.reporting.Column;
import org.propdesk.reporting.Rendering;
import org.propdesk.reporting.Report;
import org.propdesk.reporting.Table;
import org.propdesk.reporting.Text;

/**
 * Writes a report as JSON (报表JSON导出), streamed, in a documented and stable shape
 * ({@value #SCHEMA}); fields are only ever added, never renamed or removed, within a schema version:
 *
 * <pre>{@code
 * {
 *   "schema": "propdesk-report/1",
 *   "name": "complaint-analysis-2026-03-all", "language": "zh-CN", "title": "客户投诉分析报告",
 *   "facts":  [ {"label": "统计期间", "value": "2026-03"} ],
 *   "tables": [ {"id": "by-class", "title": "...",
 *                "columns": [ {"header": "...", "kind": "TEXT|INTEGER|DECIMAL|PERCENT|DATE|DATE_TIME"} ],
 *                "rows": [ ["一般投诉", 12, 0.75, "2026-03-02", "2026-03-02T09:15", null] ] } ],
 *   "charts": [ {"id": "classes", "kind": "BAR|LINE|GAUGE", "title": "...", "categories": ["..."],
 *                "series": [ {"name": "...", "values": [12, 3]} ] } ]
 * }
 * }</pre>
 *
 * <p>Cells: text as strings (personal data masked unless permitted), whole numbers and decimals as
 * numbers, ratios as numbers in [0, 1], dates as {@code yyyy-MM-dd}, date-times as local {@code
 * yyyy-MM-ddTHH:mm[:ss]}, empty cells as {@code null}. UTF-8, no BOM. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonReportWriter {
  /** The shape's name and version, the document's {@code schema} field. */
  public static final String SCHEMA = "propdesk-report/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReportWriter() {}

  /**
   * Writes {@code report} to {@code out}; the caller owns and closes {@code out}.
   *
   * @throws org.propdesk.core.common.InvalidInputException naming the argument that is null, or
   *     {@code rows} for a row that does not fit its columns
   * @throws UncheckedIOException when the output fails
   */
  public static void write(Report report, Rendering rendering, OutputStream out) {
    Check.present("report", report);
    Check.present("rendering", rendering);
    Check.present("out", out);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("name", report.name());
      g.writeStringField("language", rendering.languageTag());
      g.writeStringField("title", rendering.text(report.title()));
      g.writeArrayFieldStart("facts");
      for (Report.Fact f : report.facts()) {
        g.writeStartObject();
        g.writeStringField("label", rendering.text(f.label()));
        g.writeStringField("value", rendering.textCell(f.value()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("tables");
      for (Table t : report.tables()) {
        table(g, t, rendering);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("charts");
      for (Chart c : report.charts()) {
        chart(g, c, rendering);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(JsonGenerator g, Table t, Rendering rendering) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("title", rendering.text(t.title()));
    g.writeArrayFieldStart("columns");
    for (Column c : t.columns()) {
      g.writeStartObject();
      g.writeStringField("header", rendering.text(c.header()));
      g.writeStringField("kind", c.kind().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    t.writeRows(row -> row(g, t, row, rendering));
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, Table t, List<?> row, Rendering rendering) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      Column.Kind kind = t.columns().get(i).kind();
      if (v == null) {
        g.writeNull();
      } else if (kind == Column.Kind.INTEGER) {
        g.writeNumber(((Number) v).longValue());
      } else if (kind == Column.Kind.DECIMAL || kind == Column.Kind.PERCENT) {
        g.writeNumber((BigDecimal) v);
      } else if (kind == Column.Kind.TEXT) {
        g.writeString(rendering.textCell(v));
      } else {
        g.writeString(v.toString());
      }
    }
    g.writeEndArray();
  }

  private static void chart(JsonGenerator g, Chart c, Rendering rendering) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("title", rendering.text(c.title()));
    g.writeArrayFieldStart("categories");
    for (Text t : c.categories()) {
      g.writeString(rendering.textCell(t));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("series");
    for (Chart.Series s : c.series()) {
      g.writeStartObject();
      g.writeStringField("name", rendering.text(s.name()));
      g.writeArrayFieldStart("values");
      for (BigDecimal v : s.values()) {
        g.writeNumber(v);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
