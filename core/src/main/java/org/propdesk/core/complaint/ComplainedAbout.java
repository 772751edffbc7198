package org.propdesk.core.complaint;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.StaffId;

/**
 * Who a complaint is about (被投诉部门/人员), PROCEDURES §5 "Who handles": a department, and the staff
 * member when the owner names one. The department head is told; the complaint analysis report counts
 * per department and person. The desk checks that a named person is staff of the complaint's office
 * (or company-wide staff).
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param department the department complained about
 * @param person the staff member complained about, if named
 * @since 0.1.0
 */
public record ComplainedAbout(Department department, Optional<StaffId> person) {
  /** Checks the parts. */
  public ComplainedAbout {
    Check.present("department", department);
    Check.present("person", person);
  }

  /** A complaint about {@code department}, no person named. */
  public static ComplainedAbout department(Department department) {
    return new ComplainedAbout(department, Optional.empty());
  }

  /** This, naming {@code person} of the department. */
  public ComplainedAbout person(StaffId person) {
    return new ComplainedAbout(department, Optional.of(Check.present("person", person)));
  }
}
