package org.propdesk.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RelayReport;

/**
 * An integrator's own {@link Notifier} (自定义通知器): it turns PropDesk notifications into messages for
 * a company messaging gateway, de-duplicates by event id (delivery is at least once), and throws when
 * the gateway is down so that the outbox relay retries later.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.CustomNotifierExample}.
 */
public final class CustomNotifierExample {
  private CustomNotifierExample() {}

  /** A stand-in for the company's messaging gateway: it can be down, and it records what it sent. */
  static final class MessagingGateway {
    private boolean down;
    final List<String> sent = new ArrayList<>();

    void send(String channel, String text) {
      if (down) {
        throw new IllegalStateException("gateway timeout");
      }
      sent.add(channel + " | " + text);
    }
  }

  /**
   * The integrator's notifier: one gateway channel per audience, idempotent by event id.
   * Thread-safe: delivery is synchronised.
   */
  static final class GatewayNotifier implements Notifier {
    private final MessagingGateway gateway;
    private final Set<String> delivered = new LinkedHashSet<>();

    GatewayNotifier(MessagingGateway gateway) {
      this.gateway = gateway;
    }

    @Override
    public synchronized void deliver(Notification n) {
      if (delivered.contains(n.eventId())) {
        return;
      }
      String channel = switch (n.audience()) {
        case OFFICE_ROLE -> "office/" + n.office() + "/" + n.role().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
        case COMPANY_LEADERSHIP -> "company/leadership";
        case GROUP -> "group/customer-service";
        case EVENT_STREAM -> throw new IllegalArgumentException("events go to the EventSink, never to a Notifier");
      };
      gateway.send(channel, "[" + n.eventId() + "] " + n.subject());
      delivered.add(n.eventId());
    }
  }

  /** Runs the example and returns what the gateway sent. */
  static List<String> run(java.io.PrintStream out) {
    DemoCompany company = new DemoCompany();
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-02T01:00:00Z"), DemoCompany.ZONE);
    MessagingGateway gateway = new MessagingGateway();
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(new GatewayNotifier(gateway)).directory(company.directory).build();
    OfficeId office = company.offices.get(0).id();

    Complaint c = desk.complaints().register(company.actor(office, Role.FRONT_DESK_CLERK), Registration.builder()
        .desk(company.offices.get(0).desks().get(0).id()).channel(Channel.PHONE)
        .owner(DemoCompany.owner(office, 7)).unit(DemoCompany.unit(office, 7)).contactName("Ms Li")
        .contactPhone(company.phone(office, 7)).category(ComplaintCategory.SECURITY)
        .content("A stranger followed me into the building; the gate guard was absent.").build()).orElseThrow();
    desk.complaints().judge(company.actor(office, Role.CUSTOMER_SUPERVISOR), c.id(), Judgement.valid(true, true)).orElseThrow();

    gateway.down = true;
    RelayReport first = desk.outbox().deliverDue();
    out.println("gateway down:  " + first);
    gateway.down = false;
    clock.moveTo(clock.instant().plus(Duration.ofSeconds(30)));
    RelayReport second = desk.outbox().deliverDue();
    out.println("gateway back:  " + second);
    clock.moveTo(Instant.parse("2026-03-02T01:20:00Z"));
    desk.timers().runDue();
    out.println("after the 15-minute sweep: " + desk.outbox().deliverDue());
    gateway.sent.forEach(m -> out.println("  sent " + m));
    return gateway.sent;
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }
}
