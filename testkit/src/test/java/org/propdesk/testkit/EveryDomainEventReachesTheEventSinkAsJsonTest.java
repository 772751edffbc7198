package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.workflows.PropDesk;

/**
 * Every domain event a command returns reaches the outbox as JSON (type, schema version, event id,
 * office, aggregate, fields), masked, and is published to the host's event sink after commit, at least
 * once, with a stable id; registration, resolution and closure included.
 */
class EveryDomainEventReachesTheEventSinkAsJsonTest {
  private static final String PHONE = "13800135678";

  private final MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
  private final List<OutboxEvent> published = new ArrayList<>();
  private boolean sinkDown;
  private final PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential())
      .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory())
      .events(e -> {
        if (sinkDown) {
          throw new IllegalStateException("broker unreachable");
        }
        published.add(e);
      })
      .build();

  @Test
  void aComplaintsWholeLifeIsPublishedInOrderAsMaskedJson() throws Exception {
    List<DomainEvent> returned = new ArrayList<>();
    Complaint c = collect(returned, desk.complaints().register(Fixtures.clerk(OFFICE_1),
        Fixtures.registration(OFFICE_1, 1).content("漏水，请回电 " + PHONE).build()));
    clock.advance(Duration.ofMinutes(3));
    collect(returned, desk.complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), Reply.of("师傅马上到，请拨 " + PHONE)));
    collect(returned, desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)));
    collect(returned, desk.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "Pipe replaced."));
    Complaint closed = collect(returned, desk.complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
        new Callback(CallbackOutcome.SATISFIED, "ok")));
    assertThat(published).as("nothing is published before the relay runs").isEmpty();

    assertThat(desk.outbox().deliverDue().published()).isEqualTo(returned.size());

    assertThat(published).extracting(OutboxEvent::type).containsExactlyElementsOf(returned.stream().map(DomainEvent::type).toList());
    assertThat(published).extracting(OutboxEvent::type).contains("Registered", "Resolved", "CalledBack");
    assertThat(closed.closedAt()).isPresent();
    assertThat(published).extracting(OutboxEvent::eventId).doesNotHaveDuplicates();
    ObjectMapper json = new ObjectMapper();
    for (OutboxEvent e : published) {
      JsonNode n = json.readTree(e.json());
      assertThat(n.path("eventId").asText()).isEqualTo(e.eventId());
      assertThat(n.path("type").asText()).isEqualTo(e.type());
      assertThat(n.path("schema").asInt()).isEqualTo(1);
      assertThat(n.path("office").asText()).isEqualTo(OFFICE_1.value());
      assertThat(n.path("aggregate").path("type").asText()).isEqualTo("complaint");
      assertThat(n.path("aggregate").path("id").asText()).isEqualTo(c.id().value());
      assertThat(n.path("fields").path("complaintId").asText()).isEqualTo(c.id().value());
      assertThat(e.json()).doesNotContain(PHONE);
      assertThat(e.aggregateType()).isEqualTo("complaint");
    }
    assertThat(desk.outbox().deliverDue().published()).as("published once").isZero();
  }

  @Test
  void aFailingSinkIsRetriedLaterAndThenPublishesTheEventOnce() {
    sinkDown = true;
    desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    var first = desk.outbox().deliverDue();
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.published()).isZero();

    sinkDown = false;
    clock.advance(Duration.ofMinutes(1));
    assertThat(desk.outbox().deliverDue().published()).isEqualTo(1);
    assertThat(published).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("Registered"));
  }

  private static Complaint collect(List<DomainEvent> into, Result<Complaint> r) {
    into.addAll(r.events());
    return r.orElseThrow();
  }
}
