package org.propdesk.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.Notifier;
import org.propdesk.testkit.Fixtures;
import org.propdesk.testkit.MutableClock;
import org.propdesk.workflows.PropDesk;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The starter's metrics, read back from a {@code SimpleMeterRegistry} after real commands, sweeps and relay runs. */
class MicrometerTelemetryTest {
  /** A host with a meter registry (as Actuator gives), and a notification gateway that is down. */
  @Configuration(proxyBeanMethods = false)
  static class Host {
    @Bean
    MeterRegistry registry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    Notifier notifier() {
      return n -> {
        throw new IllegalStateException("gateway down");
      };
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PropDeskAutoConfiguration.class))
      .withPropertyValues("spring.datasource.generate-unique-name=true", "propdesk.timers.enabled=false",
          "propdesk.outbox.enabled=false")
      .withUserConfiguration(StandardHost.class, Host.class);

  private static double count(MeterRegistry r, String name, String... tags) {
    var c = r.find(name).tags(tags).counter();
    return c == null ? 0 : c.count();
  }

  @Test
  void commandsRejectionsBadInputTimerLagAndTheOutboxAreCounted() {
    runner.run(context -> {
      PropDesk desk = context.getBean(PropDesk.class);
      MeterRegistry r = context.getBean(MeterRegistry.class);
      MutableClock clock = (MutableClock) context.getBean(Clock.class);

      Complaint c = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build())
          .orElseThrow();
      desk.complaints().judge(Fixtures.clerk(OFFICE_1), c.id(), Judgement.valid(true, false)); // a clerk may not judge
      assertThatThrownBy(() -> desk.complaints().register(Fixtures.clerk(OFFICE_1), null))
          .isInstanceOf(InvalidInputException.class);
      desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(true, false)).orElseThrow();

      assertThat(count(r, "propdesk.commands", "procedure", "complaint", "command", "REGISTER", "outcome", "ACCEPTED"))
          .isEqualTo(1);
      assertThat(count(r, "propdesk.commands", "procedure", "complaint", "command", "JUDGE", "outcome", "ACCEPTED"))
          .isEqualTo(1);
      assertThat(count(r, "propdesk.commands", "command", "JUDGE", "outcome", "REJECTED")).isEqualTo(1);
      assertThat(count(r, "propdesk.rejections", "command", "JUDGE", "code", "ROLE_NOT_PERMITTED")).isEqualTo(1);

      // the director's notification fails: one failed attempt, and it waits in the backlog
      desk.outbox().deliverDue();
      assertThat(count(r, "propdesk.outbox.messages", "result", "failed")).isEqualTo(1);
      assertThat(r.get("propdesk.outbox.backlog").gauge().value()).isEqualTo(1);
      assertThat(r.get("propdesk.outbox.dead").gauge().value()).isZero();

      // the first-reply timer (1 ms after the 15-minute deadline) fires at the hour: 45 minutes less 1 ms late
      clock.advance(Duration.ofHours(1));
      desk.timers().runDue();
      var lag = r.find("propdesk.timers.lag").tag("type", "complaint").timer();
      assertThat(lag).isNotNull();
      assertThat(lag.count()).isPositive();
      assertThat(lag.max(TimeUnit.MILLISECONDS)).isEqualTo(Duration.ofMinutes(45).toMillis() - 1);
    });
  }

  @Test
  void withoutAMeterRegistryThereIsNoTelemetryAndNothingFails() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PropDeskAutoConfiguration.class))
        .withPropertyValues("spring.datasource.generate-unique-name=true")
        .withBean(Directory.class, Fixtures::directory)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerTelemetry.class);
          context.getBean(PropDesk.class).complaints()
              .register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
        });
  }
}
