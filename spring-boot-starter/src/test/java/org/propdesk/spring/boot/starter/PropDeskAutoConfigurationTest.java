package org.propdesk.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.Notifier;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.PropDeskConfigurationException;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.Seals;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.Tickets;
import org.propdesk.workflows.visitor.Visits;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a Spring Boot host gets from the starter, and what it can change: through a real application context. */
class PropDeskAutoConfigurationTest {
  /** A host that also gives its own notifier. */
  @Configuration(proxyBeanMethods = false)
  static class HostWithNotifier {
    @Bean
    Notifier notifier() {
      return RecordingNotifier.create();
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
          PropDeskAutoConfiguration.class))
      .withPropertyValues("spring.datasource.generate-unique-name=true")
      .withUserConfiguration(StandardHost.class);

  @Test
  void aHostWithADataSourceAndADirectoryGetsPropDeskWithEveryProcedureOnItsDatabaseAndClock() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(PropDesk.class).hasSingleBean(PropDeskSweeps.class);
      PropDesk desk = context.getBean(PropDesk.class);
      assertThat(context.getBean(JdbcStorage.class).database()).isEqualTo("H2");
      assertThat(desk.clock()).isSameAs(context.getBean(Clock.class));
      assertThat(desk.procedure(Visits.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Tickets.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Services.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Deposits.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Seals.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Archives.PROCEDURE)).isNotNull();
      assertThat(context.getBean(PropDeskSweeps.class).isRunning()).isTrue();
      Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
          .orElseThrow();
      assertThat(desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id())).contains(c);
    });
  }

  @Test
  void propertiesChooseTheProceduresAndTheStaffLanguage() {
    runner.withPropertyValues("propdesk.procedures=visitor,deposit", "propdesk.staff-locale=en").run(context -> {
      PropDesk desk = context.getBean(PropDesk.class);
      assertThat(desk.procedure(Visits.PROCEDURE)).isNotNull();
      assertThat(desk.procedure(Deposits.PROCEDURE)).isNotNull();
      assertThatThrownBy(() -> desk.procedure(Seals.PROCEDURE)).isInstanceOf(PropDeskConfigurationException.class);
      Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
          .orElseThrow();
      var refused = desk.complaints().judge(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(true, false));
      assertThat(refused.isAccepted()).isFalse();
      assertThat(desk.explain(refused.rejection().orElseThrow())).contains("the customer supervisor");
    });
  }

  @Test
  void anUnknownProcedureNameFailsTheStartNamingTheKnownOnes() {
    runner.withPropertyValues("propdesk.procedures=visitor,patrol").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("patrol").hasMessageContaining("archive, deposit, seal, service"));
  }

  @Test
  void theHostsNotifierReplacesTheLoggingOneAndGetsTheNotifications() {
    runner.withUserConfiguration(HostWithNotifier.class).withPropertyValues("propdesk.outbox.enabled=false",
        "propdesk.timers.enabled=false").run(context -> {
          PropDesk desk = context.getBean(PropDesk.class);
          RecordingNotifier notifier = (RecordingNotifier) context.getBean(Notifier.class);
          Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
              .orElseThrow();
          desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();
          assertThat(desk.outbox().deliverDue().delivered()).isEqualTo(1);
          assertThat(notifier.deliveries()).singleElement().satisfies(n -> assertThat(n.aggregateId()).isEqualTo(c.id().value()));
        });
  }

  @Test
  void withoutADirectoryTheStartFailsNamingIt() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PropDeskAutoConfiguration.class))
        .withPropertyValues("spring.datasource.generate-unique-name=true")
        .run(context -> assertThat(context).hasFailed().getFailure().hasMessageContaining(Directory.class.getName()));
  }

  @Test
  void withoutADataSourceTheStarterStepsAside() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PropDeskAutoConfiguration.class))
        .withUserConfiguration(StandardHost.class)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PropDesk.class));
  }

  @Test
  void aSchemaManagedByTheHostIsNotMigrated() {
    runner.withPropertyValues("propdesk.schema.migrate=false").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("pd_complaint"));
  }

  @Test
  void thePropertiesBindAndTheMetadataDescribesEveryOneForTheIde() throws Exception {
    runner.withPropertyValues("propdesk.timers.interval=30s", "propdesk.outbox.enabled=false").run(context -> {
      PropDeskProperties p = context.getBean(PropDeskProperties.class);
      assertThat(p.getTimers().getInterval()).isEqualTo(java.time.Duration.ofSeconds(30));
      assertThat(p.getTimers().isEnabled()).isTrue();
      assertThat(p.getOutbox().isEnabled()).isFalse();
      assertThat(p.getOutbox().getInterval()).isEqualTo(java.time.Duration.ofSeconds(10));
    });
    try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
      java.util.Map<String, String> described = new java.util.TreeMap<>();
      tree.get("properties").forEach(n -> described.put(n.get("name").asText(), n.path("description").asText()));
      assertThat(described).containsOnlyKeys("propdesk.staff-locale", "propdesk.zone", "propdesk.procedures", "propdesk.schema.migrate",
          "propdesk.timers.enabled", "propdesk.timers.interval", "propdesk.outbox.enabled", "propdesk.outbox.interval");
      assertThat(described.values()).allSatisfy(d -> assertThat(d).isNotBlank());
    }
  }
}
