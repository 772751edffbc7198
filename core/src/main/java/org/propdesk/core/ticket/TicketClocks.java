package org.propdesk.core.ticket;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.propdesk.core.common.Check;
import org.propdesk.core.ticket.port.RepairCategory;

/**
 * Policy: the clocks of each category of report (分类时限), PROCEDURES §6: one set of defaults, and
 * per-category overrides (e.g. a lift fault resolved within 4 hours, a leak on site within 10
 * minutes). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TicketClocks {
  private final TicketDeadlines defaults;
  private final ImmutableMap<RepairCategory, TicketDeadlines> overrides;

  private TicketClocks(TicketDeadlines defaults, Map<RepairCategory, TicketDeadlines> overrides) {
    this.defaults = defaults;
    this.overrides = ImmutableMap.copyOf(overrides);
  }

  /** Every category on {@link TicketDeadlines#practiceDefaults()} [seed 4.5.3, practice §6]. */
  public static TicketClocks practiceDefaults() {
    return every(TicketDeadlines.practiceDefaults());
  }

  /** Every category on these clocks. */
  public static TicketClocks every(TicketDeadlines deadlines) {
    return new TicketClocks(Check.present("deadlines", deadlines), Map.of());
  }

  /** These clocks, with {@code category} on its own. */
  public TicketClocks with(RepairCategory category, TicketDeadlines deadlines) {
    Check.present("category", category);
    Check.present("deadlines", deadlines);
    Map<RepairCategory, TicketDeadlines> next = new EnumMap<>(RepairCategory.class);
    next.putAll(overrides);
    next.put(category, deadlines);
    return new TicketClocks(defaults, next);
  }

  /** The clocks of {@code category}. */
  public TicketDeadlines of(RepairCategory category) {
    return overrides.getOrDefault(Check.present("category", category), defaults);
  }

  /** The clocks of every category without its own. */
  public TicketDeadlines defaults() {
    return defaults;
  }

  /** The categories with their own clocks. */
  public Map<RepairCategory, TicketDeadlines> overrides() {
    return overrides;
  }

  @Override
  public String toString() {
    return "TicketClocks" + defaults + (overrides.isEmpty() ? "" : " overriding " + overrides);
  }
}
