package org.propdesk.workflows;

import org.propdesk.core.common.Redaction;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notifier that writes each notification as one SLF4J log line (日志通知器), at INFO on the logger
 * {@code org.propdesk.notifications}. Notifications carry no raw personal data, and the line is
 * scrubbed again. Thread-safe; never fails.
 *
 * @since 0.1.0
 */
public final class LoggingNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger("org.propdesk.notifications");

  private LoggingNotifier() {}

  /** A logging notifier. */
  public static LoggingNotifier create() {
    return new LoggingNotifier();
  }

  @Override
  public void deliver(Notification n) {
    LOG.info("notify {} event={} {}: {}", n.recipient(), n.eventId(), n.eventType(), Redaction.scrub(n.subject(), 200));
  }
}
