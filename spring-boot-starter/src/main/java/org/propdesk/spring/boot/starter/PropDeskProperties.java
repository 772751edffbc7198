package org.propdesk.spring.boot.starter;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * PropDesk's settings in a Spring Boot host ({@code propdesk.*}, 配置项): the staff texts' language,
 * the schema migration, the procedures registered beside complaints, and the schedules of the timer
 * sweep and the outbox relay. Bound once at start-up; mutable only while Spring binds it, then read
 * by one thread. Never null.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "propdesk")
public class PropDeskProperties {
  /** The procedures the starter can register beside the built-in complaint handling and daily review. */
  public static final Set<String> PROCEDURES = Set.of("visitor", "ticket", "service", "deposit", "seal", "archive");

  /** Language of the notifications and refusal texts shown to staff: zh-CN (default) or en. */
  private Locale staffLocale = Locale.SIMPLIFIED_CHINESE;

  /** The zone of the system clock PropDesk uses when the host gives no Clock bean (default Asia/Shanghai). */
  private java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");

  /**
   * Procedures registered beside complaint handling and the daily review (always on): any of visitor,
   * ticket, service, deposit, seal and archive. All of them by default.
   */
  private Set<String> procedures = new LinkedHashSet<>(Set.of("visitor", "ticket", "service", "deposit", "seal", "archive"));

  private final Schema schema = new Schema();
  private final Sweep timers = Sweep.every(Duration.ofMinutes(1));
  private final Sweep outbox = Sweep.every(Duration.ofSeconds(10));

  public Locale getStaffLocale() {
    return staffLocale;
  }

  public void setStaffLocale(Locale staffLocale) {
    this.staffLocale = staffLocale;
  }

  public java.time.ZoneId getZone() {
    return zone;
  }

  public void setZone(java.time.ZoneId zone) {
    this.zone = zone;
  }

  public Set<String> getProcedures() {
    return procedures;
  }

  public void setProcedures(Set<String> procedures) {
    this.procedures = procedures;
  }

  public Schema getSchema() {
    return schema;
  }

  /** The timer sweep (时限检查): due SLA timers fired, and every office's journal sealed. */
  public Sweep getTimers() {
    return timers;
  }

  /** The outbox relay (通知发送): due notifications delivered, domain events published. */
  public Sweep getOutbox() {
    return outbox;
  }

  /** How PropDesk's tables are made. */
  public static class Schema {
    /**
     * Whether PropDesk migrates its tables with Flyway at start-up (its own history table,
     * propdesk_schema_history). Off when the host's DBA applies the scripts under db/propdesk/.
     */
    private boolean migrate = true;

    public boolean isMigrate() {
      return migrate;
    }

    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** A job the starter schedules on its own thread. */
  public static class Sweep {
    /** Whether the starter runs this job; off when the host schedules it itself (e.g. on one node only). */
    private boolean enabled = true;

    /** The pause between the end of one run and the start of the next (timers: 1m, outbox: 10s). */
    private Duration interval = Duration.ofMinutes(1);

    static Sweep every(Duration interval) {
      Sweep s = new Sweep();
      s.setInterval(interval);
      return s;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }
  }
}
