package org.propdesk.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.propdesk.core.common.Check;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RelayReport;

/**
 * A broker relay, sketched (消息队列转发): PropDesk's outbox publishes every committed domain event to an
 * {@link EventSink}; this one hands them to a {@link MessageQueue}, an interface of the host's. Here
 * the queue is in memory; in production it is Kafka or RocketMQ, and PropDesk itself depends on
 * neither.
 *
 * <p>Where a broker plugs in: implement {@link MessageQueue#send} with the broker's synchronous send
 * (Kafka: {@code producer.send(new ProducerRecord<>(topic, key, json)).get()} with {@code acks=all}
 * and idempotence on; RocketMQ: {@code producer.send(new Message(topic, tag, key, body))}), and throw
 * when it fails, so that the relay retries with back-off. The mapping this example uses:
 *
 * <ul>
 *   <li>topic {@code propdesk.<aggregate type>} (e.g. {@code propdesk.complaint}), tag or header the
 *       event's type ({@code Registered}, {@code Judged}, ...);
 *   <li>key the aggregate id, so one complaint's events stay in one partition (one queue), in order;
 *   <li>a header {@code eventId}: delivery is at least once (a crash between the broker's
 *       acknowledgement and PropDesk's mark sends the event again), so consumers keep the ids they have
 *       handled, as {@link Consumer} does.
 * </ul>
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.BrokerRelayExample}.
 */
public final class BrokerRelayExample {
  private BrokerRelayExample() {}

  /** One message as a broker carries it. */
  record Message(String topic, String key, Map<String, String> headers, String json) {}

  /** The host's queue: Kafka, RocketMQ, or (here) memory. Implementations throw when a send fails. */
  interface MessageQueue {
    /** Sends one message, returning only once the broker has it. */
    void send(Message message);
  }

  /** The in-memory queue of the example: partitions by key, like a broker. Not thread-safe. */
  static final class InMemoryQueue implements MessageQueue {
    final Map<String, List<Message>> partitions = new LinkedHashMap<>();
    boolean down;

    @Override
    public void send(Message message) {
      if (down) {
        throw new IllegalStateException("broker unavailable");
      }
      partitions.computeIfAbsent(message.topic() + "#" + message.key(), p -> new ArrayList<>()).add(message);
    }
  }

  /** The sink: one outbox event, one message. Thread-safe when the queue is. */
  static final class BrokerSink implements EventSink {
    private final MessageQueue queue;

    BrokerSink(MessageQueue queue) {
      this.queue = Check.present("queue", queue);
    }

    @Override
    public void publish(OutboxEvent event) {
      queue.send(new Message("propdesk." + event.aggregateType(), event.aggregateId(),
          Map.of("eventId", event.eventId(), "type", event.type(), "office", event.office().value()), event.json()));
    }
  }

  /** A consumer that handles each event once, however often it arrives. */
  static final class Consumer {
    private final Set<String> handled = new LinkedHashSet<>();
    final List<String> log = new ArrayList<>();

    void consume(Message m) {
      if (!handled.add(m.headers().get("eventId"))) {
        log.add("repeat of " + m.headers().get("eventId") + " ignored");
        return;
      }
      log.add(m.topic() + " key=" + m.key() + " " + m.headers().get("type"));
    }
  }

  /** Runs the example: the consumer's log. */
  static List<String> run(PrintStream out) {
    DemoCompany company = new DemoCompany();
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-02T01:00:00Z"), DemoCompany.ZONE);
    InMemoryQueue queue = new InMemoryQueue();
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(RecordingNotifier.create()).events(new BrokerSink(queue)).directory(company.directory()).build();
    OfficeId office = company.offices.get(0).id();
    var clerk = company.actor(office, Role.FRONT_DESK_CLERK);
    Complaint c = desk.complaints().register(clerk, Registration.builder()
        .desk(company.offices.get(0).desks().get(0).id()).channel(Channel.SELF_SERVICE)
        .owner(DemoCompany.owner(office, 3)).unit(DemoCompany.unit(office, 3)).contactName("周先生")
        .contactPhone(company.phone(office, 3)).category(ComplaintCategory.PARKING)
        .content("地下车库的车位被外来车辆占用。").build()).orElseThrow();

    queue.down = true;
    RelayReport down = desk.outbox().deliverDue();
    out.println("broker down: " + down);
    queue.down = false;
    clock.moveTo(clock.instant().plusSeconds(30));
    out.println("broker back: " + desk.outbox().deliverDue());
    desk.complaints().reply(clerk, c.id(), Reply.of("已通知保安处理，今天内回复您。")).orElseThrow();
    desk.complaints().judge(company.actor(office, Role.CUSTOMER_SUPERVISOR), c.id(), Judgement.valid(false, false))
        .orElseThrow();
    out.println("later:       " + desk.outbox().deliverDue());

    Consumer consumer = new Consumer();
    queue.partitions.values().forEach(partition -> partition.forEach(consumer::consume));
    // redelivery after a crash: the consumer sees the first message again
    consumer.consume(queue.partitions.values().iterator().next().get(0));
    consumer.log.forEach(line -> out.println("  consumer: " + line));
    return consumer.log;
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }
}
