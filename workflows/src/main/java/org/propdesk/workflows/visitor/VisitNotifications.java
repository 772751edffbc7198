package org.propdesk.workflows.visitor;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notification.Audience;
import org.propdesk.core.visitor.VisitEvent;

/**
 * Who hears of which visit event (来访通知规则), in the staff's language from the resource bundle
 * {@code org.propdesk.workflows.visitor.VisitMessages} (zh-CN, English):
 *
 * <ul>
 *   <li>a visitor still on site at closing time: the office's customer supervisor and its security
 *       guards;
 *   <li>every other event: nobody (the desk itself tells the person visited).
 * </ul>
 *
 * <p>Texts carry ids and times, never the visitor's name, phone or ID number. Immutable and
 * thread-safe.
 */
final class VisitNotifications {
  private final ResourceBundle texts;
  private final Locale locale;

  VisitNotifications(Locale locale) {
    this.locale = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    this.texts = ResourceBundle.getBundle("org.propdesk.workflows.visitor.VisitMessages", this.locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  List<Notification> of(VisitEvent e, Supplier<String> eventIds) {
    if (e instanceof VisitEvent.StillOnSiteAtClosing s) {
      String subject = text("stillOnSite.subject", s.visitId().value());
      String body = text("stillOnSite.body", s.visitId().value(), s.host().value(), s.desk().value(),
          s.at().toString());
      return List.of(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, subject, body),
          toRole(eventIds, e, Role.SECURITY_GUARD, subject, body));
    }
    return List.of();
  }

  private String text(String key, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }

  private static Notification toRole(Supplier<String> ids, VisitEvent e, Role role, String subject, String body) {
    return new Notification(ids.get(), e.office(), Audience.OFFICE_ROLE, Optional.of(role), e.type(), e.aggregateId(),
        subject, body, e.at());
  }
}
