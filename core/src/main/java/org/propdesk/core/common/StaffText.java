package org.propdesk.core.common;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A text shown to staff (员工提示文字), kept as a resource-bundle key and its arguments so it can be
 * rendered in the staff's language: Simplified Chinese for any {@code zh} locale, English otherwise.
 * Each procedure keeps its own bundle (e.g. {@code org.propdesk.core.complaint.ComplaintRejections}),
 * a {@code .properties} file of {@link MessageFormat} patterns per language.
 *
 * <p>Arguments are rendered by type: an enum constant by its label, the key {@code
 * SimpleName.CONSTANT} of the bundle {@code Labels} in the enum's own package (its name when there is
 * none); a collection as its rendered elements joined by the language's list separator; an {@link
 * Optional} as its value or "-"; anything else by {@code String.valueOf}. Arguments never hold
 * personal data: ids, roles, states, instants, phrases.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param bundle the bundle's base name
 * @param key the pattern's key in it
 * @param args the pattern's arguments, in order
 * @since 0.1.0
 */
public record StaffText(String bundle, String key, List<Object> args) {
  /** Checks the parts and keeps an unmodifiable copy of the arguments. */
  public StaffText {
    Check.text("bundle", bundle, 200);
    Check.text("key", key, 200);
    args = List.copyOf(Check.present("args", args));
  }

  /** The text of {@code key} in {@code bundle} with these arguments. */
  public static StaffText of(String bundle, String key, Object... args) {
    return new StaffText(bundle, key, List.of(args));
  }

  /**
   * The text in {@code locale}'s language.
   *
   * @throws MissingResourceException when the bundle or the key does not exist: a programming error
   *     that the bundle tests catch
   */
  public String render(Locale locale) {
    Locale chosen = languageOf(locale);
    return renderWith(bundleOf(bundle, chosen).getString(key), chosen);
  }

  /**
   * This text's arguments in {@code pattern}, a {@link MessageFormat} pattern of the host's (e.g. a
   * replacement for the built-in one), labelled in {@code locale}'s language.
   *
   * @throws InvalidInputException naming {@code pattern} when it is null or not a valid pattern
   */
  public String renderWith(String pattern, Locale locale) {
    Check.present("pattern", pattern);
    Locale chosen = languageOf(locale);
    MessageFormat format;
    try {
      format = new MessageFormat(pattern, chosen);
    } catch (IllegalArgumentException bad) {
      throw new InvalidInputException("pattern", "is not a MessageFormat pattern: " + bad.getMessage());
    }
    return format.format(args.stream().map(a -> label(a, chosen)).toArray());
  }

  /** The key under which a host's bundle replaces this text: {@code bundle + "/" + key}. */
  public String qualifiedKey() {
    return bundle + "/" + key;
  }

  /** Simplified Chinese for any {@code zh} locale, else English: the two languages PropDesk ships. */
  public static Locale languageOf(Locale locale) {
    return Check.present("locale", locale).getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  private static ResourceBundle bundleOf(String base, Locale chosen) {
    return ResourceBundle.getBundle(base, chosen, StaffText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String label(Object arg, Locale chosen) {
    if (arg instanceof Enum<?> e) {
      try {
        return bundleOf(e.getDeclaringClass().getPackageName() + ".Labels", chosen)
            .getString(e.getDeclaringClass().getSimpleName() + "." + e.name());
      } catch (MissingResourceException none) {
        return e.name();
      }
    }
    if (arg instanceof Collection<?> c) {
      String separator = chosen.getLanguage().equals("zh") ? "、" : ", ";
      return c.stream().map(x -> label(x, chosen)).collect(Collectors.joining(separator));
    }
    if (arg instanceof Optional<?> o) {
      return o.map(x -> label(x, chosen)).orElse("-");
    }
    return String.valueOf(arg);
  }

  /** The key and arguments, e.g. {@code complaint.resolve.authority[IMPORTANT, OFFICE_DIRECTOR]}. */
  @Override
  public String toString() {
    return key + args;
  }
}
