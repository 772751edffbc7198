package org.propdesk.spring.boot.starter;

import java.time.Clock;
import javax.sql.DataSource;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.deposit.DepositPolicies;
import org.propdesk.core.service.ServicePolicies;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.spi.Telemetry;
import org.propdesk.core.spi.WorkCalendar;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.core.visitor.VisitRules;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.workflows.LoggingNotifier;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.RetryPolicy;
import org.propdesk.workflows.archive.Archives;
import org.propdesk.workflows.deposit.Deposits;
import org.propdesk.workflows.seal.Seals;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.Tickets;
import org.propdesk.workflows.visitor.Visits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Auto-configures {@link PropDesk} in a Spring Boot host (自动配置): {@link JdbcStorage} on the host's
 * {@link DataSource}, joining its Spring transactions ({@link SpringTransactions}); the host's {@link
 * Clock} if it has one; the procedures and staff language of {@link PropDeskProperties}; and {@link
 * PropDeskSweeps}, which schedules the timer sweep and the outbox relay.
 *
 * <p>The host must give a {@link Directory} bean (its staff, offices and units). Every other part is a
 * bean the host can replace by declaring its own: the {@code Storage}, {@code Notifier} (default: log
 * lines), {@code EventSink}, {@code IdSource}, {@code Clock}, {@code WorkCalendar}, {@code
 * RetryPolicy}, each procedure's policies ({@code ComplaintPolicies}, {@code TicketPolicies}, {@code
 * ServicePolicies}, {@code DepositPolicies}, {@code VisitRules}), the {@code Telemetry} (default:
 * {@link MicrometerTelemetry} when the host has a Micrometer {@code MeterRegistry}), the {@code PropDesk}
 * itself and the {@code PropDeskSweeps}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({PropDesk.class, JdbcStorage.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PropDeskProperties.class)
public class PropDeskAutoConfiguration {
  /**
   * PropDesk's tables in the host's database, migrated unless the host manages them, joining Spring
   * transactions. Made after the host's own database initialisation (its Flyway or Liquibase
   * migrations, its SQL scripts), so that the host's migrations meet the schema they expect.
   */
  @Bean
  @ConditionalOnMissingBean(Storage.class)
  @DependsOnDatabaseInitialization
  public JdbcStorage propDeskStorage(DataSource dataSource, PropDeskProperties properties) {
    JdbcStorage.Builder b = JdbcStorage.builder(dataSource).hostTransactions(new SpringTransactions(dataSource));
    if (!properties.getSchema().isMigrate()) {
      b.schemaManagedByHost();
    }
    return b.build();
  }

  /** The system clock in {@code propdesk.zone}, unless the host has a {@code Clock} bean. */
  @Bean
  @ConditionalOnMissingBean
  public Clock propDeskClock(PropDeskProperties properties) {
    return Clock.system(properties.getZone());
  }

  /** Time-ordered ids from the clock. */
  @Bean
  @ConditionalOnMissingBean
  public IdSource propDeskIds(Clock clock) {
    return IdSource.timeOrdered(clock);
  }

  /** Notifications written as log lines, until the host gives its own {@code Notifier}. */
  @Bean
  @ConditionalOnMissingBean
  public Notifier propDeskNotifier() {
    return LoggingNotifier.create();
  }

  /** Domain events dropped, until the host gives an {@code EventSink} (e.g. to its broker). */
  @Bean
  @ConditionalOnMissingBean
  public EventSink propDeskEvents() {
    return EventSink.discarding();
  }

  /** China's statutory working days, with make-up days. */
  @Bean
  @ConditionalOnMissingBean
  public WorkCalendar propDeskCalendar() {
    return ChinaWorkCalendar.statutory();
  }

  /** The outbox relay's retries. */
  @Bean
  @ConditionalOnMissingBean
  public RetryPolicy propDeskRetryPolicy() {
    return RetryPolicy.defaults();
  }

  /** The manual's complaint rules (PROCEDURES §4-§5). */
  @Bean
  @ConditionalOnMissingBean
  public ComplaintPolicies propDeskComplaintPolicies() {
    return ComplaintPolicies.seedDefaults();
  }

  /** The repair and incident report rules (§6). */
  @Bean
  @ConditionalOnMissingBean
  public TicketPolicies propDeskTicketPolicies() {
    return TicketPolicies.practiceDefaults();
  }

  /** The special service rules (§12). */
  @Bean
  @ConditionalOnMissingBean
  public ServicePolicies propDeskServicePolicies() {
    return ServicePolicies.practiceDefaults();
  }

  /** The deposit rules (§8). */
  @Bean
  @ConditionalOnMissingBean
  public DepositPolicies propDeskDepositPolicies() {
    return DepositPolicies.practiceDefaults();
  }

  /** The visitor log rules. */
  @Bean
  @ConditionalOnMissingBean
  public VisitRules propDeskVisitRules() {
    return VisitRules.defaults();
  }

  /** PropDesk, wired from the beans above and the host's {@code Directory}. */
  @Bean
  @ConditionalOnMissingBean
  public PropDesk propDesk(Storage storage, Directory directory, Clock clock, IdSource ids, Notifier notifier,
      EventSink events, WorkCalendar calendar, RetryPolicy retryPolicy, ComplaintPolicies complaintPolicies,
      ObjectProvider<TicketPolicies> ticketPolicies, ObjectProvider<ServicePolicies> servicePolicies,
      ObjectProvider<DepositPolicies> depositPolicies, ObjectProvider<VisitRules> visitRules,
      ObjectProvider<Telemetry> telemetry, PropDeskProperties properties) {
    var locale = properties.getStaffLocale();
    PropDesk.Builder b = PropDesk.builder().storage(storage).directory(directory).clock(clock).ids(ids).notifier(notifier)
        .events(events).calendar(calendar).retryPolicy(retryPolicy).complaintPolicies(complaintPolicies)
        .staffLocale(locale);
    Telemetry observed = telemetry.getIfAvailable(Telemetry::none);
    b.telemetry(observed);
    for (String name : properties.getProcedures()) {
      switch (name) {
        case "visitor" -> b.procedure(Visits.procedure(visitRules.getObject(), locale));
        case "ticket" -> b.procedure(Tickets.procedure(ticketPolicies.getObject(), locale));
        case "service" -> b.procedure(Services.procedure(servicePolicies.getObject(), locale));
        case "deposit" -> b.procedure(Deposits.procedure(depositPolicies.getObject(), locale));
        case "seal" -> b.procedure(Seals.procedure(locale));
        case "archive" -> b.procedure(Archives.procedure(locale));
        default -> throw new IllegalArgumentException("propdesk.procedures names '" + name + "', which is none of "
            + new java.util.TreeSet<>(PropDeskProperties.PROCEDURES));
      }
    }
    PropDesk desk = b.build();
    if (observed instanceof MicrometerTelemetry micrometer) {
      micrometer.bindOutbox(desk);
    }
    return desk;
  }

  /**
   * Metrics, when the host has Micrometer and one {@code MeterRegistry} (e.g. through Spring Boot
   * Actuator): {@link MicrometerTelemetry}, with the outbox gauges bound to the desk.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean(Telemetry.class)
    Telemetry propDeskTelemetry(ObjectProvider<MeterRegistry> registry) {
      MeterRegistry r = registry.getIfUnique();
      return r == null ? Telemetry.none() : new MicrometerTelemetry(r);
    }
  }

  /** The timer sweep and the outbox relay, on a thread of their own. */
  @Bean
  @ConditionalOnMissingBean
  public PropDeskSweeps propDeskSweeps(PropDesk desk, PropDeskProperties properties) {
    return new PropDeskSweeps(desk, properties);
  }
}
