package org.propdesk.workflows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.spi.JournalDraft;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;

/**
 * The audit trail (审计追踪): reads and verifies each office's hash-chained journal. For the host's
 * auditors; it is not office-scoped. Thread-safe.
 */
public final class AuditTrail {
  private static final Map<String, Class<? extends DomainEvent>> COMPLAINT_EVENTS = eventTypes(ComplaintEvent.class);

  private final Wiring w;

  AuditTrail(Wiring w) {
    this.w = w;
  }

  /** Verifies the office's chain and reports the first broken link. */
  public JournalVerification verify(OfficeId office) {
    Check.present("office", office);
    return w.storage().inTransaction(tx -> tx.journal().verify(office));
  }

  /**
   * The events journaled for one complaint, oldest first, as typed values (masked: personal data in
   * them reads as it was journaled). Reads the office's whole chain; for auditors, not for hot paths.
   */
  public List<ComplaintEvent> complaintEvents(OfficeId office, ComplaintId id) {
    Check.present("office", office);
    Check.present("id", id);
    return w.storage().inTransaction(tx -> {
      List<ComplaintEvent> out = new ArrayList<>();
      for (JournalEntry e : tx.journal().chain(office)) {
        JournalDraft d = e.draft();
        if (d.aggregateType().equals(ComplaintTimerKind.AGGREGATE) && d.aggregateId().equals(id.value())
            && !d.action().equals("READ")) {
          JsonCodec.eventsOf(d.payload(), COMPLAINT_EVENTS).forEach(x -> out.add((ComplaintEvent) x));
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
    return w.storage().inTransaction(tx -> tx.journal().entries(office, fromSeq, limit));
  }

  /** The permitted records of a sealed event interface, by their {@link DomainEvent#type()} name. */
  @SuppressWarnings("unchecked")
  static Map<String, Class<? extends DomainEvent>> eventTypes(Class<? extends DomainEvent> sealed) {
    Map<String, Class<? extends DomainEvent>> out = new HashMap<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      out.put(c.getSimpleName(), (Class<? extends DomainEvent>) c);
    }
    return Map.copyOf(out);
  }
}
