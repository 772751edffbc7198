package org.propdesk.examples;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.propdesk.reporting.Rendering;

/**
 * The demo's words (演示文字) in one language, from the {@code org.propdesk.examples.demo} resource
 * bundle: zh-CN (the default) or en, with no fallback to the machine's own locale. Patterns are {@link
 * String#format} patterns. Immutable and thread-safe.
 */
final class DemoText {
  private final Locale locale;
  private final ResourceBundle bundle;

  private DemoText(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The words in {@code locale}: {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}. */
  static DemoText of(Locale locale) {
    return new DemoText(locale, ResourceBundle.getBundle("org.propdesk.examples.demo", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  boolean chinese() {
    return locale.getLanguage().equals("zh");
  }

  /** How the reports are rendered in this language. */
  Rendering rendering() {
    return chinese() ? Rendering.chinese() : Rendering.english();
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  /** The column headings under {@code key}, separated by {@code |}. */
  List<String> columns(String key) {
    return Arrays.stream(get(key).split("\\|")).map(String::strip).toList();
  }

  /** A month as this language writes it: {@code 2026年3月} or {@code 2026-03}. */
  String month(YearMonth month) {
    return chinese() ? month.getYear() + "年" + month.getMonthValue() + "月" : month.toString();
  }

  /**
   * An office's name in this language, from the demo company's {@code "Binjiang Office (滨江管理处)"}
   * form: the part in brackets in Chinese, the part before them in English.
   */
  String office(String name) {
    int open = name.indexOf(" (");
    if (open < 0 || !name.endsWith(")")) {
      return name;
    }
    return chinese() ? name.substring(open + 2, name.length() - 1) : name.substring(0, open);
  }
}
