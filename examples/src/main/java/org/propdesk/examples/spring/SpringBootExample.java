package org.propdesk.examples.spring;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.propdesk.core.spi.Directory;
import org.propdesk.examples.DemoCompany;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot host of PropDesk (Spring Boot 示例): the starter wires PropDesk on the host's {@code
 * DataSource} (embedded H2 here; set {@code spring.datasource.url} for PostgreSQL or MySQL), the host
 * gives its {@link Directory} and {@link Clock}, and a REST API ({@link ComplaintApi}) lets front-desk
 * staff register and judge complaints. Notifications go to the {@link StaffInbox}, readable at {@code
 * GET /api/inbox}. The starter runs the timer sweep every minute and the outbox relay every ten
 * seconds.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.spring.SpringBootExample}, then e.g.
 *
 * <pre>
 * curl -s -X POST localhost:8080/api/complaints -H 'X-Staff-Id: O1-front_desk_clerk' \
 *   -H 'Content-Type: application/json' -d '{"desk":"O1-desk-A","unit":"O1-U7","owner":"O1-P7",
 *   "contactName":"王女士","contactPhone":"13901000007","category":"REPAIRS","content":"楼道灯坏了一周"}'
 * </pre>
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ComplaintApi.class, StaffInbox.class})
public class SpringBootExample {
  /** The host's staff, offices and units: the demo company. */
  @Bean
  Directory directory() {
    return new DemoCompany().directory();
  }

  /** The host's clock, in the company's zone. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Shanghai"));
  }

  /** Starts the application; arguments are Spring Boot's ({@code --server.port=9090}, ...). */
  public static void main(String[] args) {
    application().run(args);
  }

  /** The application, with the example's defaults: an in-memory H2 database, port 8080. */
  public static SpringApplication application() {
    SpringApplication app = new SpringApplication(SpringBootExample.class);
    app.setDefaultProperties(Map.of("spring.datasource.url", "jdbc:h2:mem:propdesk-spring;DB_CLOSE_DELAY=-1",
        "spring.main.banner-mode", "off"));
    return app;
  }
}
