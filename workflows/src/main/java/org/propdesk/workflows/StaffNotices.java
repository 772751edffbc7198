package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notification.Audience;

/**
 * A procedure's staff notices (员工通知文本): its message bundle in one language (Chinese for any {@code
 * zh} locale, English otherwise), and the notifications of an event to roles of its office, whose
 * subject and body are the bundle's {@code <key>.subject} and {@code <key>.body} formatted with the
 * arguments. Every procedure's notification rule uses it, so the bundle lookup and the "these roles of
 * the office" loop live in one place.
 *
 * <p>Immutable and thread-safe. Arguments must not hold raw personal data.
 *
 * @since 0.1.0
 */
public final class StaffNotices {
  private final String baseName;
  private final ResourceBundle texts;
  private final Locale locale;

  private StaffNotices(String baseName, ResourceBundle texts, Locale locale) {
    this.baseName = baseName;
    this.texts = texts;
    this.locale = locale;
  }

  /**
   * The notices of the bundle {@code baseName} (e.g. {@code "org.propdesk.workflows.deposit.DepositMessages"})
   * in {@code locale}'s language.
   *
   * @throws java.util.MissingResourceException when the bundle does not exist in that language
   */
  public static StaffNotices of(String baseName, Locale locale) {
    Check.text("baseName", baseName);
    Check.present("locale", locale);
    Locale language = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    return new StaffNotices(baseName, ResourceBundle.getBundle(baseName, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), language);
  }

  /** The language of the texts: {@code zh-CN} or English. */
  public Locale locale() {
    return locale;
  }

  /**
   * The text {@code key} formatted with {@code args}, as a {@link StaffText} renders them: an enum
   * constant reads as its label from its package's {@code Labels} bundle (e.g. {@code 停用} for {@code
   * SealRequestKind.STOP}), a collection as its labelled items, anything else as its text.
   */
  public String text(String key, Object... args) {
    return StaffText.of(baseName, key, args).renderWith(texts.getString(key), locale);
  }

  /**
   * One notification of {@code event} per role in {@code roles}, to that role in {@code office}, each with
   * a fresh id from {@code ids}; its subject and body are {@code key.subject} and {@code key.body}.
   */
  public List<Notification> toRoles(Supplier<String> ids, DomainEvent event, OfficeId office, Collection<Role> roles, String key,
      Object... args) {
    String subject = text(key + ".subject", args);
    String body = text(key + ".body", args);
    List<Notification> out = new ArrayList<>(roles.size());
    for (Role role : roles) {
      out.add(new Notification(ids.get(), office, Audience.OFFICE_ROLE, Optional.of(role), event.type(), event.aggregateId(), subject,
          body, event.occurredAt()));
    }
    return out;
  }
}
