package org.propdesk.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.testkit.Fixtures;
import org.propdesk.workflows.PropDesk;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host's {@code @Transactional} method under Spring's {@code DataSourceTransactionManager} writes its
 * own row with a {@code JdbcTemplate} and registers a complaint: one transaction, kept or discarded
 * whole.
 */
class SpringTransactionsTest {
  /** The host's service: an ERP work order raised together with the complaint it concerns. */
  static class WorkOrders {
    private final JdbcTemplate jdbc;
    private final PropDesk desk;

    WorkOrders(JdbcTemplate jdbc, PropDesk desk) {
      this.jdbc = jdbc;
      this.desk = desk;
    }

    @Transactional
    public ComplaintId raise(int id, boolean thenFail) {
      ComplaintId complaint = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1)
          .build()).orElseThrow().id();
      jdbc.update("INSERT INTO erp_work_order (id, complaint_id) VALUES (?, ?)", id, complaint.value());
      if (thenFail) {
        throw new IllegalStateException("the ERP's own check failed after both writes");
      }
      return complaint;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Host {
    @Bean
    WorkOrders workOrders(JdbcTemplate jdbc, PropDesk desk) {
      jdbc.execute("CREATE TABLE erp_work_order (id INTEGER NOT NULL PRIMARY KEY, complaint_id VARCHAR(64))");
      return new WorkOrders(jdbc, desk);
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
          JdbcTemplateAutoConfiguration.class, PropDeskAutoConfiguration.class))
      .withPropertyValues("spring.datasource.generate-unique-name=true", "propdesk.timers.enabled=false",
          "propdesk.outbox.enabled=false")
      .withUserConfiguration(StandardHost.class, Host.class);

  @Test
  void aTransactionalMethodThatReturnsKeepsTheHostsRowAndTheComplaintAndTheJournalVerifies() {
    runner.run(context -> {
      PropDesk desk = context.getBean(PropDesk.class);
      ComplaintId id = context.getBean(WorkOrders.class).raise(1, false);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForList("SELECT complaint_id FROM erp_work_order", String.class)).containsExactly(id.value());
      assertThat(desk.complaints().find(Fixtures.clerk(OFFICE_1), id)).isPresent();
      assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
      assertThat(desk.audit().verify(OFFICE_1).entriesChecked()).isEqualTo(1);
    });
  }

  @Test
  void aTransactionalMethodThatThrowsLeavesNeitherTheHostsRowNorTheComplaint() {
    runner.run(context -> {
      PropDesk desk = context.getBean(PropDesk.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      assertThatThrownBy(() -> context.getBean(WorkOrders.class).raise(1, true)).isInstanceOf(IllegalStateException.class);
      assertThat(jdbc.queryForList("SELECT complaint_id FROM erp_work_order", String.class)).isEmpty();
      List<Long> counts = List.of(jdbc.queryForObject("SELECT COUNT(*) FROM pd_complaint", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM pd_journal_entry", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM pd_timer", Long.class));
      assertThat(counts).containsOnly(0L);
      assertThat(desk.audit().verify(OFFICE_1).intact()).isTrue();
    });
  }

  @Test
  void outsideATransactionPropDeskCommitsItsOwn() {
    runner.run(context -> {
      PropDesk desk = context.getBean(PropDesk.class);
      ComplaintId id = desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 2).build())
          .orElseThrow().id();
      assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM pd_complaint WHERE id = ?",
          Long.class, id.value())).isEqualTo(1);
    });
  }
}
