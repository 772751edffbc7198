package org.propdesk.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.propdesk.core.common.Check;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notification;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.OutboxEvent;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RelayReport;

/**
 * A webhook adapter (Webhook 通知): PropDesk's staff notifications and its outbox's JSON domain events,
 * POSTed to an HTTP endpoint. The example starts that endpoint itself on 127.0.0.1 (a stand-in for the
 * company's message centre), which checks every request and fails the first two to show the retries.
 *
 * <p>Every request carries:
 *
 * <ul>
 *   <li>{@code Idempotency-Key}: the outbox event id. Delivery is at least once (a crash after the POST
 *       and before PropDesk marks the message delivered sends it again), so the receiver keeps the keys
 *       it has seen and answers a repeat 200 without acting twice.
 *   <li>{@code X-PropDesk-Timestamp} (epoch seconds, from PropDesk's clock) and {@code
 *       X-PropDesk-Signature: sha256=<hex>}, the HMAC-SHA256 of {@code timestamp + "." + body} under the
 *       shared secret. The receiver recomputes it, compares in constant time, and refuses a timestamp
 *       older than five minutes (a replay).
 * </ul>
 *
 * <p>Retries: a timeout, a refused connection or any answer but 2xx throws, and the outbox relay
 * retries the message later with back-off ({@code RetryPolicy}: 30 s doubling, dead after 8 attempts;
 * {@code desk.outbox().dead(...)} lists the dead, {@code retryDead(id)} sends one again). The adapter
 * never retries inside {@code deliver}: that would hold the relay's batch.
 *
 * <p>What a WeCom (企业微信), DingTalk (钉钉) or SMS adapter would change: only {@link #send}'s
 * request. A WeCom group robot takes {@code {"msgtype":"text","text":{"content":...}}} at its webhook
 * URL, whose {@code key} parameter is the secret (no signature header). A DingTalk custom robot takes
 * the same shape and signs in the URL: {@code timestamp} (milliseconds) and {@code sign}, the Base64 of
 * HMAC-SHA256 over {@code timestamp + "\n" + secret}. An SMS gateway needs a template id and its
 * parameters instead of free text, and the staff member's phone number from the directory (never
 * logged unmasked); it rate-limits, so a 429 must throw like any failure. All three de-duplicate
 * nothing themselves: keep the event ids sent, as {@link Receiver} does here.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.WebhookNotifierExample}.
 */
public final class WebhookNotifierExample {
  private WebhookNotifierExample() {}

  /** HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret}, as lower-case hex. */
  static String signature(byte[] secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The adapter: a {@link Notifier} for staff notifications and an {@link EventSink} for domain
   * events, both POSTed as JSON. Thread-safe (the JDK's {@link HttpClient} is).
   */
  public static final class WebhookNotifier implements Notifier, EventSink {
    private final URI endpoint;
    private final byte[] secret;
    private final Clock clock;
    private final HttpClient http;

    /** Posts to {@code endpoint}, signing with {@code secret}; timestamps come from {@code clock}. */
    public WebhookNotifier(URI endpoint, byte[] secret, Clock clock) {
      this.endpoint = Check.present("endpoint", endpoint);
      this.secret = Check.present("secret", secret).clone();
      this.clock = Check.present("clock", clock);
      this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @Override
    public void deliver(Notification n) {
      String body = "{\"kind\":\"notification\",\"eventId\":" + quote(n.eventId()) + ",\"office\":" + quote(n.office().value())
          + ",\"recipient\":" + quote(n.recipient()) + ",\"eventType\":" + quote(n.eventType())
          + ",\"subject\":" + quote(n.subject()) + ",\"body\":" + quote(n.body()) + "}";
      send(n.eventId(), body);
    }

    @Override
    public void publish(OutboxEvent event) {
      send(event.eventId(), "{\"kind\":\"event\",\"event\":" + event.json() + "}");
    }

    private void send(String eventId, String body) {
      long timestamp = clock.instant().getEpochSecond();
      HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5))
          .header("Content-Type", "application/json; charset=utf-8")
          .header("Idempotency-Key", eventId)
          .header("X-PropDesk-Timestamp", Long.toString(timestamp))
          .header("X-PropDesk-Signature", "sha256=" + signature(secret, timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException("webhook " + endpoint + " unreachable", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while posting to the webhook", e);
      }
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("webhook answered " + response.statusCode() + " for event " + eventId);
      }
    }

    private static String quote(String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char ch : s.toCharArray()) {
        switch (ch) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (ch < 0x20) {
              out.append(String.format("\\u%04x", (int) ch));
            } else {
              out.append(ch);
            }
          }
        }
      }
      return out.append('"').toString();
    }
  }

  /**
   * The company's side: an HTTP endpoint on 127.0.0.1 that checks the signature and the timestamp,
   * acts once per idempotency key, and answers 503 to its first {@code failFirst} requests.
   */
  static final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final byte[] secret;
    private final Clock clock;
    private final AtomicInteger failuresLeft;
    final List<String> accepted = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    Receiver(byte[] secret, Clock clock, int failFirst) throws IOException {
      this.secret = secret.clone();
      this.clock = clock;
      this.failuresLeft = new AtomicInteger(failFirst);
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/propdesk", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = answer(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
            exchange.getRequestHeaders().getFirst("X-PropDesk-Timestamp"),
            exchange.getRequestHeaders().getFirst("X-PropDesk-Signature"), body);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
      });
      server.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/propdesk");
    }

    private synchronized int answer(String key, String timestamp, String signature, String body) {
      if (key == null || timestamp == null || signature == null) {
        log.add("400 missing header");
        return 400;
      }
      long ts = Long.parseLong(timestamp);
      byte[] expected = ("sha256=" + signature(secret, ts, body)).getBytes(StandardCharsets.US_ASCII);
      if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
        log.add("401 bad signature " + key);
        return 401;
      }
      if (Math.abs(clock.instant().getEpochSecond() - ts) > 300) {
        log.add("401 stale timestamp " + key);
        return 401;
      }
      if (failuresLeft.getAndDecrement() > 0) {
        log.add("503 busy " + key);
        return 503;
      }
      if (!seen.add(key)) {
        log.add("200 repeat ignored " + key);
        return 200;
      }
      accepted.add(body);
      log.add("200 accepted " + key);
      return 200;
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** Runs the example: what the receiver accepted, in order. */
  static List<String> run(PrintStream out) throws IOException {
    DemoCompany company = new DemoCompany();
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-02T01:00:00Z"), DemoCompany.ZONE);
    byte[] secret = "a shared secret from the message centre".getBytes(StandardCharsets.UTF_8);
    try (Receiver receiver = new Receiver(secret, clock, 2)) {
      WebhookNotifier webhook = new WebhookNotifier(receiver.uri(), secret, clock);
      PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
          .notifier(webhook).events(webhook).directory(company.directory()).build();
      OfficeId office = company.offices.get(0).id();
      Complaint c = desk.complaints().register(company.actor(office, Role.FRONT_DESK_CLERK), Registration.builder()
          .desk(company.offices.get(0).desks().get(0).id()).channel(Channel.PHONE)
          .owner(DemoCompany.owner(office, 7)).unit(DemoCompany.unit(office, 7)).contactName("李女士")
          .contactPhone(company.phone(office, 7)).category(ComplaintCategory.CLEANING)
          .content("垃圾两天没有清运，楼道有异味。").build()).orElseThrow();
      desk.complaints().judge(company.actor(office, Role.CUSTOMER_SUPERVISOR), c.id(), Judgement.valid(true, false))
          .orElseThrow();

      RelayReport first = desk.outbox().deliverDue();
      out.println("first run (the receiver is busy twice): " + first);
      clock.moveTo(clock.instant().plus(Duration.ofSeconds(30)));
      RelayReport second = desk.outbox().deliverDue();
      out.println("30 s later, the retries:               " + second);
      // a crash after a POST and before it was marked delivered sends it again: the receiver ignores the repeat
      String firstBody = receiver.accepted.get(0);
      String eventId = firstBody.contains("\"eventId\":\"") ? firstBody.split("\"eventId\":\"")[1].split("\"")[0] : "";
      webhook.send(eventId, firstBody);
      receiver.log.forEach(line -> out.println("  receiver: " + line));
      return List.copyOf(receiver.accepted);
    }
  }

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }
}
