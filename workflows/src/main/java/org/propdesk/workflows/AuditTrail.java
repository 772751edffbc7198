package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.List;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.JournalVerification;

/**
 * The audit trail (审计追踪): reads and verifies each office's hash-chained journal. For the host's
 * auditors; it is not office-scoped. Thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditTrail {
  private final Kernel w;

  AuditTrail(Kernel w) {
    this.w = w;
  }

  /**
   * Seals the office's committed entries, then verifies its chain against its stored head and reports
   * the first bad entry.
   */
  public JournalVerification verify(OfficeId office) {
    Check.present("office", office);
    seal(office);
    return w.storage().inTransaction(tx -> tx.journal().verify(office));
  }

  /**
   * As {@link #verify(OfficeId)}, and also that the chain still holds a head exported earlier with
   * {@link #head}: catches a journal rolled back together with its stored head.
   */
  public JournalVerification verify(OfficeId office, JournalHead anchored) {
    Check.present("office", office);
    Check.present("anchored", anchored);
    seal(office);
    return w.storage().inTransaction(tx -> tx.journal().verify(office, anchored));
  }

  /**
   * The office's chain head after sealing, to export and anchor elsewhere (e.g. daily, with {@link
   * JournalHead#asText()}).
   */
  public JournalHead head(OfficeId office) {
    Check.present("office", office);
    seal(office);
    return w.storage().inTransaction(tx -> tx.journal().head(office));
  }

  /**
   * Chains the office's committed, unsealed journal entries (审计封存). The timer sweep seals every
   * office each time it runs, and every audit read seals first, so the host need not call it; an entry
   * is tamper-evident from its seal on.
   *
   * @return how many entries were sealed
   */
  public long seal(OfficeId office) {
    Check.present("office", office);
    return w.storage().inTransaction(tx -> tx.journal().seal(office));
  }

  /**
   * The events journaled for one record, oldest first, as typed values of {@code eventType}, the sealed
   * event interface of a registered aggregate type (e.g. {@code ComplaintEvent.class}). Masked:
   * personal data in them reads as it was journaled. Reads the office's whole chain; for auditors, not
   * for hot paths.
   *
   * @throws org.propdesk.core.common.InvalidInputException when no registered type has these events
   */
  public <E extends DomainEvent> List<E> events(Class<E> eventType, OfficeId office, String id) {
    Check.present("eventType", eventType);
    Check.present("office", office);
    Check.present("id", id);
    AggregateRoute<?> route = w.routes().stream().filter(r -> r.events().equals(eventType)).findFirst()
        .orElseThrow(() -> new InvalidInputException("eventType", "is not the events of a registered procedure: " + eventType.getSimpleName()));
    String type = route.type().name();
    seal(office);
    return w.storage().inTransaction(tx -> {
      List<E> out = new ArrayList<>();
      for (JournalEntry e : tx.journal().chain(office)) {
        JournalDraft d = e.draft();
        if (d.aggregateType().equals(type) && d.aggregateId().equals(id) && !d.action().equals("READ")) {
          JsonCodec.eventsOf(d.payload(), route.eventTypes()).forEach(x -> out.add(eventType.cast(x)));
        }
      }
      return out;
    });
  }

  /** Up to {@code limit} entries of the office's chain from {@code fromSeq}, in order. */
  public List<JournalEntry> entries(OfficeId office, long fromSeq, int limit) {
    Check.present("office", office);
    Check.that(fromSeq >= 1, "fromSeq", "must be at least 1");
    Check.that(limit > 0 && limit <= 10_000, "limit", "must be 1-10000");
    seal(office);
    return w.storage().inTransaction(tx -> tx.journal().entries(office, fromSeq, limit));
  }
}
