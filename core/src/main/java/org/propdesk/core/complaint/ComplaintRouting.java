package org.propdesk.core.complaint;

import java.util.EnumMap;
import java.util.Map;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Role;

/**
 * Policy: which role handles a complaint of each class (投诉处理责任人). Pure and thread-safe; never
 * returns {@code null}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ComplaintRouting {
  /** The role that handles complaints of {@code complaintClass}. */
  Role handlerFor(ComplaintClass complaintClass);

  /**
   * The seed's routing (provenance [seed] 3.1-3.3): major to the general manager, important to the
   * office director, general to a property assistant.
   */
  static ComplaintRouting seedDefaults() {
    return byClass(
        Map.of(
            ComplaintClass.MAJOR, Role.GENERAL_MANAGER,
            ComplaintClass.IMPORTANT, Role.OFFICE_DIRECTOR,
            ComplaintClass.GENERAL, Role.PROPERTY_ASSISTANT));
  }

  /**
   * Routing from a table that names a role for every class.
   *
   * @throws org.propdesk.core.common.InvalidInputException when a class is missing
   */
  static ComplaintRouting byClass(Map<ComplaintClass, Role> table) {
    Map<ComplaintClass, Role> copy = new EnumMap<>(ComplaintClass.class);
    copy.putAll(table);
    for (ComplaintClass c : ComplaintClass.values()) {
      Check.that(copy.containsKey(c), "table", "must name a handler role for " + c);
    }
    return copy::get;
  }
}
