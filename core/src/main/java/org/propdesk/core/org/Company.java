package org.propdesk.core.org;

import java.util.List;

import com.google.common.collect.ImmutableList;
import org.propdesk.core.common.Check;

/**
 * A property-management company (物业公司) with its one customer service centre (客户服务中心) and
 * its management offices (管理处), within a group (集团).
 *
 * <p>Invariants: office ids are unique. Immutable and thread-safe.
 *
 * @param id the company
 * @param name its name
 * @param groupName the group it belongs to (集团), told of major complaints
 * @param offices its management offices
 * @since 0.1.0
 */
public record Company(CompanyId id, String name, String groupName, List<ManagementOffice> offices) {
  /** Checks the parts. */
  public Company {
    Check.present("id", id);
    name = Check.text("name", name, 200);
    groupName = Check.text("groupName", groupName, 200);
    offices = ImmutableList.copyOf(Check.present("offices", offices));
    Check.that(
        offices.stream().map(ManagementOffice::id).distinct().count() == offices.size(),
        "offices",
        "office ids must be unique");
  }
}
