package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.spi.JournalEntry;

/**
 * Journal entries carry the domain events as structured JSON (type, schema version, fields), masked,
 * and the audit trail reads them back as the very events the commands returned.
 */
class TheAuditTrailListsAComplaintsEventsBackAsTypedValuesTest {

  @Test
  void everyEventACommandReturnedIsListedBackEqualAndInOrder() throws Exception {
    Desks d = new Desks();
    List<ComplaintEvent> returned = new ArrayList<>();
    Complaint c = collect(returned, d.desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()));
    d.clock.advance(Duration.ofMinutes(3));
    collect(returned, d.desk.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), Reply.of("师傅马上到，请拨 13800135678 联系我们。")));
    collect(returned, d.desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)));
    collect(returned, d.desk.complaints().changeClass(Fixtures.director(OFFICE_1), c.id(),
        new ClassChange(ComplaintClass.MAJOR, java.util.Optional.of("owner injured"))));
    collect(returned, d.desk.complaints().resolve(Fixtures.generalManager(), c.id(), "Repaired the stairs."));
    collect(returned, d.desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(), new Callback(CallbackOutcome.SATISFIED, "ok")));

    assertThat(d.desk.audit().events(ComplaintEvent.class, OFFICE_1, c.id().value())).containsExactlyElementsOf(returned);
    assertThat(returned).extracting(ComplaintEvent::type).contains("Registered", "Replied", "JudgedValid", "Reclassified",
        "BecameMajor", "Resolved", "CalledBack");

    List<JournalEntry> journal = d.desk.audit().entries(OFFICE_1, 1, 100);
    JsonNode registered = new ObjectMapper().readTree(journal.get(0).draft().payload());
    assertThat(registered.path("version").asLong()).isEqualTo(1);
    assertThat(registered.path("events").get(0).path("type").asText()).isEqualTo("Registered");
    assertThat(registered.path("events").get(0).path("schema").asInt()).isEqualTo(1);
    assertThat(registered.path("events").get(0).path("fields").path("complaintId").asText()).isEqualTo(c.id().value());
    assertThat(journal).allSatisfy(e -> assertThat(e.draft().payload()).doesNotContain("13800135678"));
  }

  private static Complaint collect(List<ComplaintEvent> into, Result<Complaint> r) {
    r.events().forEach(e -> into.add((ComplaintEvent) e));
    return r.orElseThrow();
  }
}
