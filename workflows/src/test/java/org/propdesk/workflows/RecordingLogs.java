package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A recording SLF4J binding for the workflows tests: every line, formatted, in memory, with the
 * key-value pairs of the fluent API kept apart (as a structured, e.g. JSON, binding keeps them).
 */
final class RecordingLogs {
  /** One formatted line and its key-value pairs, in order. */
  record Line(String logger, Level level, String text, java.util.Map<String, Object> keyValues) {}

  private static final List<Line> LINES = new ArrayList<>();

  private RecordingLogs() {}

  static synchronized List<Line> lines() {
    return List.copyOf(LINES);
  }

  static synchronized void clear() {
    LINES.clear();
  }

  private static synchronized void add(Line line) {
    LINES.add(line);
  }

  /** The logger: everything at INFO and above is recorded. */
  static final class RecordingLogger extends LegacyAbstractLogger implements org.slf4j.spi.LoggingEventAware {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
      add(new Line(name, level, MessageFormatter.basicArrayFormat(pattern, args), java.util.Map.of()));
    }

    @Override
    public void log(org.slf4j.event.LoggingEvent event) {
      java.util.Map<String, Object> pairs = new java.util.LinkedHashMap<>();
      if (event.getKeyValuePairs() != null) {
        event.getKeyValuePairs().forEach(kv -> pairs.put(kv.key, kv.value));
      }
      Object[] args = event.getArgumentArray() == null ? new Object[0] : event.getArgumentArray();
      add(new Line(name, event.getLevel(), MessageFormatter.basicArrayFormat(event.getMessage(), args),
          java.util.Collections.unmodifiableMap(pairs)));
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }

  /** The service provider SLF4J finds through {@code META-INF/services}. */
  public static final class Provider implements SLF4JServiceProvider {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
      return name -> loggers.computeIfAbsent(name, RecordingLogger::new);
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
      return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
      return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
      return "2.0.99";
    }

    @Override
    public void initialize() {}
  }
}
