package org.propdesk.workflows.complaint;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notification.Audience;

/**
 * Who hears of which complaint event (投诉通知规则), in the staff's language from a resource bundle
 * (by default {@code org.propdesk.workflows.complaint.ComplaintMessages}, zh-CN first, English second;
 * a host may give its own):
 *
 * <ul>
 *   <li>judged valid, re-routed, reopened or sent back from sign-off: the handler role in the office;
 *   <li>closed because the owner was unreachable: the office director;
 *   <li>invalid judgement reversed: the customer supervisor, to judge again;
 *   <li>became major: company leadership and the group at once (seed 5 duty 6), and then its
 *       resolution, callback and closure, so they track its progress (seed duties 6, 8);
 *   <li>a general complaint judged valid, and its closure: the office director, whom the property
 *       assistant reports to (seed 3.3);
 *   <li>first-reply deadline passed, or a day without contact: the office's customer supervisor;
 *   <li>not judged by the end of its first working day: the customer supervisor and the director;
 *   <li>the handling time agreed with the owner passed unresolved: the handler (once judged) and the
 *       customer supervisor;
 *   <li>the resolution target near, or passed unresolved: the handler and the office director;
 *   <li>the department or person complained about recorded: the department head, who assists (seed 3.4);
 *   <li>a judgement proposed by a property assistant: the customer supervisor, to judge.
 * </ul>
 *
 * <p>Texts carry ids, classes, roles and times, never personal data. Immutable and thread-safe.
 */
final class ComplaintNotifications {
  /** The default bundle's base name. */
  static final String BUNDLE = "org.propdesk.workflows.complaint.ComplaintMessages";

  private final ResourceBundle texts;
  private final Locale locale;

  private ComplaintNotifications(ResourceBundle texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /** The built-in texts in {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  static ComplaintNotifications in(Locale locale) {
    Locale chosen = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    return new ComplaintNotifications(ResourceBundle.getBundle(BUNDLE, chosen,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), chosen);
  }

  /**
   * A host's own texts, checked at once.
   *
   * @throws InvalidInputException naming {@code texts} when a key of the built-in bundle is missing
   */
  static ComplaintNotifications of(ResourceBundle texts) {
    Set<String> missing = new TreeSet<>(Collections.list(in(Locale.ENGLISH).texts.getKeys()));
    missing.removeAll(Collections.list(texts.getKeys()));
    if (!missing.isEmpty()) {
      throw new InvalidInputException("texts", "must hold every key of " + BUNDLE + "; missing " + missing);
    }
    Locale l = texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty() ? Locale.ROOT : texts.getLocale();
    return new ComplaintNotifications(texts, l);
  }

  List<Notification> of(Complaint after, ComplaintEvent e, Supplier<String> eventIds) {
    List<Notification> out = new ArrayList<>();
    String id = e.complaintId().value();
    boolean major = after.complaintClass().filter(c -> c == ComplaintClass.MAJOR).isPresent();
    boolean general = after.complaintClass().filter(c -> c == ComplaintClass.GENERAL).isPresent();
    if (e instanceof ComplaintEvent.JudgedValid v) {
      out.add(toRole(eventIds, e, v.handler(), text("judgedValid.subject", id, cls(v.complaintClass())),
          text("judgedValid.body", id, cls(v.complaintClass()), role(v.handler()))));
      if (v.complaintClass() == ComplaintClass.GENERAL && v.handler() != Role.OFFICE_DIRECTOR) {
        // the property assistant handles general complaints and reports to the director (seed 3.3)
        out.add(toRole(eventIds, e, Role.OFFICE_DIRECTOR, text("generalReceived.subject", id),
            text("generalReceived.body", id, role(v.handler()))));
      }
    } else if (e instanceof ComplaintEvent.Resolved && major) {
      majorProgress(out, eventIds, e, text("majorResolved.subject", id, e.office().value()),
          text("majorResolved.body", id, e.office().value()));
    } else if (e instanceof ComplaintEvent.CalledBack c && major) {
      majorProgress(out, eventIds, e, text("majorCalledBack.subject", id, e.office().value()),
          text("majorCalledBack.body", id, e.office().value(), texts.getString("outcome." + c.outcome().name())));
    } else if (e instanceof ComplaintEvent.Closed && major) {
      majorProgress(out, eventIds, e, text("majorClosed.subject", id, e.office().value()),
          text("majorClosed.body", id, e.office().value()));
    } else if (e instanceof ComplaintEvent.Closed && general && !closedAsUnreachable(after)) {
      out.add(toRole(eventIds, e, Role.OFFICE_DIRECTOR, text("generalClosed.subject", id), text("generalClosed.body", id)));
    } else if (e instanceof ComplaintEvent.Reclassified r) {
      out.add(toRole(eventIds, e, r.handler(), text("reclassified.subject", id, cls(r.to())),
          text(r.automatic() ? "reclassified.automatic.body" : "reclassified.manual.body", id, cls(r.to()), cls(r.from()),
              role(r.handler()), r.reason().orElse("-"))));
    } else if (e instanceof ComplaintEvent.Reopened r) {
      out.add(toRole(eventIds, e, r.handler(), text("reopened.subject", id), text("reopened.body", id)));
    } else if (e instanceof ComplaintEvent.InvalidJudgementReversed r) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, text("invalidReversed.subject", id),
          text("invalidReversed.body", id, r.reason())));
    } else if (e instanceof ComplaintEvent.SignOffRefused r) {
      out.add(toRole(eventIds, e, r.handler(), text("signOffRefused.subject", id), text("signOffRefused.body", id, r.reason())));
    } else if (e instanceof ComplaintEvent.ClosedOwnerUnreachable u) {
      out.add(toRole(eventIds, e, Role.OFFICE_DIRECTOR, text("closedOwnerUnreachable.subject", id),
          text("closedOwnerUnreachable.body", id, String.valueOf(u.attemptDays()), u.reason())));
    } else if (e instanceof ComplaintEvent.BecameMajor m) {
      String subject = text("becameMajor.subject", id, e.office().value());
      String body = text("becameMajor.body", id, e.office().value(),
          m.criteria().stream().map(c -> texts.getString("criterion." + c.name())).sorted().collect(Collectors.joining("; ")));
      out.add(broadcast(eventIds, e, Audience.COMPANY_LEADERSHIP, subject, body));
      out.add(broadcast(eventIds, e, Audience.GROUP, subject, body));
    } else if (e instanceof ComplaintEvent.AgreedTimePassed a) {
      String subject = text("agreedTimePassed.subject", id);
      String body = text("agreedTimePassed.body", id, a.due().toString());
      toRoles(out, eventIds, e, subject, body, a.handler().orElse(Role.CUSTOMER_SUPERVISOR), Role.CUSTOMER_SUPERVISOR);
    } else if (e instanceof ComplaintEvent.ResolutionTargetNear n) {
      toRoles(out, eventIds, e, text("resolutionTargetNear.subject", id),
          text("resolutionTargetNear.body", id, n.target().toString()), n.handler(), Role.OFFICE_DIRECTOR);
    } else if (e instanceof ComplaintEvent.ResolutionTargetMissed m) {
      toRoles(out, eventIds, e, text("resolutionTargetMissed.subject", id),
          text("resolutionTargetMissed.body", id, m.target().toString()), m.handler(), Role.OFFICE_DIRECTOR);
    } else if (e instanceof ComplaintEvent.ComplainedAboutRecorded c) {
      out.add(toRole(eventIds, e, Role.DEPARTMENT_HEAD, text("complainedAbout.subject", id, dept(c)),
          text("complainedAbout.body", id, dept(c), c.about().person().map(p -> p.value()).orElse("-"))));
    } else if (e instanceof ComplaintEvent.JudgementProposed p) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, text("judgementProposed.subject", id),
          text(p.valid() ? "judgementProposed.valid.body" : "judgementProposed.invalid.body", id)));
    } else if (e instanceof ComplaintEvent.FirstReplyOverdue o) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, text("firstReplyOverdue.subject", id),
          text("firstReplyOverdue.body", id, o.deadline().toString())));
    } else if (e instanceof ComplaintEvent.JudgementOverdue j) {
      String subject = text("judgementOverdue.subject", id);
      String body = text("judgementOverdue.body", id, j.due().toString());
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, subject, body));
      out.add(toRole(eventIds, e, Role.OFFICE_DIRECTOR, subject, body));
    } else if (e instanceof ComplaintEvent.FollowUpMissed m) {
      out.add(toRole(eventIds, e, Role.CUSTOMER_SUPERVISOR, text("followUpMissed.subject", id, m.day().toString()),
          text("followUpMissed.body", id, m.day().toString())));
    }
    return out;
  }

  /** Leadership and the group's service centre track a major complaint to its end (seed duties 6, 8). */
  private static void majorProgress(List<Notification> out, Supplier<String> ids, ComplaintEvent e, String subject, String body) {
    out.add(broadcast(ids, e, Audience.COMPANY_LEADERSHIP, subject, body));
    out.add(broadcast(ids, e, Audience.GROUP, subject, body));
  }

  /** The same text to each distinct role, in order. */
  private static void toRoles(List<Notification> out, Supplier<String> ids, ComplaintEvent e, String subject, String body, Role... roles) {
    for (Role r : new java.util.LinkedHashSet<>(List.of(roles))) {
      out.add(toRole(ids, e, r, subject, body));
    }
  }

  private String dept(ComplaintEvent.ComplainedAboutRecorded c) {
    return texts.getString("department." + c.about().department().name());
  }

  /** Whether the complaint was just closed because the owner was unreachable (the director was told then). */
  private static boolean closedAsUnreachable(Complaint c) {
    return c.history().get(c.history().size() - 1).records(ComplaintTrigger.CLOSE_OWNER_UNREACHABLE);
  }

  private String cls(ComplaintClass c) {
    return texts.getString("class." + c.name());
  }

  private String role(Role r) {
    try {
      return texts.getString("role." + r.name());
    } catch (MissingResourceException e) {
      return r.name();
    }
  }

  private String text(String key, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }

  private static Notification toRole(Supplier<String> ids, ComplaintEvent e, Role role, String subject, String body) {
    return new Notification(
        ids.get(), e.office(), Audience.OFFICE_ROLE, Optional.of(role), e.type(), e.aggregateId(), subject, body, e.at());
  }

  private static Notification broadcast(
      Supplier<String> ids, ComplaintEvent e, Audience audience, String subject, String body) {
    return new Notification(ids.get(), e.office(), audience, Optional.empty(), e.type(), e.aggregateId(), subject, body, e.at());
  }
}
