package org.propdesk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.PersonalData;
import org.propdesk.core.common.PersonalDataPermit;
import org.propdesk.core.common.Redaction;

/**
 * How a report is rendered (报表呈现): the language of its labels, and whether personal data may be
 * shown. By default (no permit) every phone and ID number is masked in every format: a {@link
 * PersonalData} cell prints masked, and any phone or ID number inside text is masked ({@link
 * Redaction#scrub}). Immutable and thread-safe.
 *
 * @param locale the labels' language: {@link #CHINESE} (the default) or English
 * @param permit the permission to show personal data unmasked, if the caller holds one
 * @since 0.1.0
 */
public record Rendering(Locale locale, Optional<PersonalDataPermit> permit) {
  /** Simplified Chinese, the default language of reports. */
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  /** Checks the parts. */
  public Rendering {
    Check.present("locale", locale);
    Check.present("permit", permit);
  }

  /** In Chinese, personal data masked. */
  public static Rendering chinese() {
    return new Rendering(CHINESE, Optional.empty());
  }

  /** In English, personal data masked. */
  public static Rendering english() {
    return new Rendering(Locale.ENGLISH, Optional.empty());
  }

  /** This rendering showing personal data unmasked, for a caller holding {@code permit}. */
  public Rendering revealing(PersonalDataPermit permit) {
    return new Rendering(locale, Optional.of(Check.present("permit", permit)));
  }

  /** The BCP 47 tag of the language, e.g. {@code zh-CN}. */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /** {@code text} in this language. */
  public String text(Text text) {
    return text.render(locale);
  }

  /**
   * A text cell as shown: a {@link Text} rendered, personal data masked unless permitted, any phone
   * or ID number inside plain text masked unless permitted.
   */
  public String textCell(Object value) {
    if (value instanceof Text t) {
      return scrub(t.render(locale));
    }
    if (value instanceof PersonalData p) {
      return permit.map(p::reveal).orElseGet(p::masked);
    }
    return scrub(value.toString());
  }

  private String scrub(String s) {
    return permit.isPresent() ? s : Redaction.scrub(s);
  }

  /**
   * A cell as display text, for formats without types (CSV, HTML): empty for {@code null}; a ratio
   * as a percentage with one decimal ({@code 87.5%}); a decimal in plain notation; dates in ISO form,
   * date-times as {@code 2026-03-02 09:15}.
   */
  public String display(Column.Kind kind, @Nullable Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> textCell(value);
      case INTEGER -> value.toString();
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case PERCENT -> percent((BigDecimal) value);
      case DATE -> ((LocalDate) value).toString();
      case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
    };
  }

  /** A ratio as a percentage with one decimal, e.g. {@code 0.875} → {@code 87.5%}. */
  public static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
