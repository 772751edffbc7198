package org.propdesk.reporting;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.propdesk.core.common.Check;

/**
 * A piece of staff-facing text in a report (报表文字), kept locale-neutral until a writer renders it:
 * a key of a resource bundle with {@link MessageFormat} arguments, the label of an enum constant
 * (from the {@code Labels} bundle of the enum's package, key {@code Type.NAME}), or plain text (a
 * name from the directory, an id).
 *
 * <p>Reports are data; only rendering picks the language, so one report gives the same facts in
 * Chinese (the default) and English. Arguments may themselves be {@code Text}s. Immutable and
 * thread-safe; never {@code null} parts.
 *
 * @param bundle the bundle's base name, or empty text for plain text
 * @param key the key, or the plain text itself
 * @param args the arguments (unmodifiable)
 * @since 0.1.0
 */
public record Text(String bundle, String key, List<Object> args) {
  /** The bundle of the reporting module's own labels: titles, headers, facts. */
  public static final String REPORT_LABELS = "org.propdesk.reporting.ReportLabels";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Checks the parts. */
  public Text {
    Check.present("bundle", bundle);
    Check.present("key", key);
    Check.present("args", args).forEach(a -> Check.present("args", a));
    args = List.copyOf(args);
  }

  /** A label of the reporting module's bundle, e.g. {@code Text.of("complaint.title")}. */
  public static Text of(String key, Object... args) {
    return new Text(REPORT_LABELS, key, Arrays.asList(args));
  }

  /**
   * The label of an enum constant, from its package's {@code Labels} bundle, key {@code Type.NAME} (a
   * nested enum's type is {@code Outer.Inner}).
   */
  public static Text label(Enum<?> constant) {
    Check.present("constant", constant);
    Class<?> type = constant.getDeclaringClass();
    String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'); // Outer.Inner when nested
    return new Text(type.getPackageName() + ".Labels", name + "." + constant.name(), List.of());
  }

  /** Text shown as it is, in every language. */
  public static Text plain(String text) {
    return new Text("", Check.present("text", text), List.of());
  }

  /**
   * This text in {@code locale} (falling back to the bundle's base file, which is English).
   *
   * @throws MissingResourceException when the bundle or key does not exist
   */
  public String render(Locale locale) {
    if (bundle.isEmpty()) {
      return key;
    }
    String pattern = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
    if (args.isEmpty()) {
      return pattern;
    }
    Object[] rendered = args.stream().map(a -> a instanceof Text t ? t.render(locale) : a).toArray();
    return new MessageFormat(pattern, locale).format(rendered);
  }
}
