package org.propdesk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring Boot example on a free port and uses it as a browser or an ERP would, over HTTP:
 * registers a complaint, judges it, runs the relay and reads the director's notification from the
 * inbox; bad input and a stranger are answered with the field and the rule.
 */
class SpringBootExampleTest {
  private static ConfigurableApplicationContext app;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @BeforeAll
  static void start() {
    app = SpringBootExample.application().run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:spring-example-test;DB_CLOSE_DELAY=-1",
        "--propdesk.outbox.enabled=false", "--propdesk.timers.enabled=false");
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> post(String path, String staff, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Staff-Id", staff)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String staff) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Staff-Id", staff).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<?, ?> json(HttpResponse<String> r) throws Exception {
    return JSON.readValue(r.body(), Map.class);
  }

  private static final String COMPLAINT = "{\"desk\":\"O1-desk-A\",\"unit\":\"O1-U7\",\"owner\":\"O1-P7\","
      + "\"contactName\":\"王女士\",\"contactPhone\":\"13901000007\",\"category\":\"REPAIRS\","
      + "\"content\":\"楼道灯坏了一周，没人来修\"}";

  @Test
  void aComplaintRegisteredAndJudgedOverRestReachesTheDirectorsInbox() throws Exception {
    HttpResponse<String> created = post("/api/complaints", "O1-front_desk_clerk", COMPLAINT);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Map<?, ?> complaint = json(created);
    String id = (String) complaint.get("id");
    assertThat(complaint.get("state")).isEqualTo("REGISTERED");
    assertThat(complaint.get("contactPhone")).isEqualTo("139****0007");

    HttpResponse<String> judged = post("/api/complaints/" + id + "/judgement", "O1-customer_supervisor",
        "{\"valid\":true,\"companyAtFault\":true,\"majorLossOrInjury\":false}");
    assertThat(judged.statusCode()).as(judged.body()).isEqualTo(200);

    HttpResponse<String> relay = post("/api/outbox/deliver", "O1-front_desk_clerk", "");
    assertThat(json(relay).get("delivered")).isEqualTo(1);
    HttpResponse<String> inbox = get("/api/inbox", "O1-front_desk_clerk");
    assertThat(inbox.body()).contains(id).contains("OFFICE_DIRECTOR");

    assertThat(get("/api/complaints/" + id, "O2-front_desk_clerk").statusCode())
        .as("another office's clerk does not see it").isEqualTo(404);
  }

  @Test
  void aSecondStartOnTheSameDatabaseFindsTheComplaintsOfTheFirst() throws Exception {
    HttpResponse<String> created = post("/api/complaints", "O1-front_desk_clerk", COMPLAINT);
    String id = (String) json(created).get("id");
    try (ConfigurableApplicationContext again = SpringBootExample.application().run("--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:spring-example-test;DB_CLOSE_DELAY=-1", "--propdesk.outbox.enabled=false",
        "--propdesk.timers.enabled=false")) {
      int port = ((WebServerApplicationContext) again).getWebServer().getPort();
      HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/complaints/" + id))
          .header("X-Staff-Id", "O1-front_desk_clerk").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(json(found).get("id")).isEqualTo(id);
    }
  }

  @Test
  void badInputAndAStrangerAreAnsweredWithTheFieldAndTheRule() throws Exception {
    HttpResponse<String> noPhone = post("/api/complaints", "O1-front_desk_clerk",
        COMPLAINT.replace("\"contactPhone\":\"13901000007\",", ""));
    assertThat(noPhone.statusCode()).isEqualTo(400);
    assertThat(json(noPhone).get("field")).isEqualTo("contactPhone");

    HttpResponse<String> badPhone = post("/api/complaints", "O1-front_desk_clerk",
        COMPLAINT.replace("13901000007", "1390100000x"));
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(badPhone.body()).doesNotContain("1390100000x");

    HttpResponse<String> stranger = post("/api/complaints", "nobody", COMPLAINT);
    assertThat(stranger.statusCode()).isEqualTo(400);
    assertThat(json(stranger).get("field")).isEqualTo("X-Staff-Id");

    HttpResponse<String> clerkJudges = post("/api/complaints/" + json(post("/api/complaints", "O1-front_desk_clerk",
        COMPLAINT)).get("id") + "/judgement", "O1-front_desk_clerk", "{\"valid\":true}");
    assertThat(clerkJudges.statusCode()).isEqualTo(422);
    assertThat(json(clerkJudges).get("message").toString()).contains("客户主管");
  }
}
