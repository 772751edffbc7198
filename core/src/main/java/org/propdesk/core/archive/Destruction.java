package org.propdesk.core.archive;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.StaffId;

/**
 * An item's destruction (档案销毁): when it was listed and why, the director's and the general manager's
 * approvals, and, once carried out, who did it and the witnesses who signed. Immutable and thread-safe.
 *
 * @param listedAt when it was listed
 * @param listedBy who listed it
 * @param reason why, at most 500 characters
 * @param director the office director's approval
 * @param generalManager the general manager's approval
 * @param destroyedAt when it was destroyed
 * @param destroyedBy who destroyed it
 * @param witnesses the witnesses, at least two distinct staff members once destroyed
 * @since 0.1.0
 */
public record Destruction(Instant listedAt, StaffId listedBy, String reason, Optional<Approval> director, Optional<Approval> generalManager,
    Optional<Instant> destroyedAt, Optional<StaffId> destroyedBy, List<Witness> witnesses) {
  /** The fewest witnesses a destruction needs. */
  public static final int MIN_WITNESSES = 2;

  /** Checks the parts. */
  public Destruction {
    Check.present("listedAt", listedAt);
    Check.present("listedBy", listedBy);
    reason = Check.text("reason", reason, 500);
    Check.present("director", director);
    Check.present("generalManager", generalManager);
    Check.present("destroyedAt", destroyedAt);
    Check.present("destroyedBy", destroyedBy);
    witnesses = ImmutableList.copyOf(Check.present("witnesses", witnesses));
    Check.that(destroyedAt.isEmpty() || (director.isPresent() && generalManager.isPresent()), "destroyedAt",
        "needs the director's and the general manager's approvals");
    Check.that(destroyedAt.isEmpty() || witnesses.stream().map(Witness::staff).distinct().count() >= MIN_WITNESSES, "witnesses",
        "must be at least " + MIN_WITNESSES + " distinct staff members");
  }

  /** Whether both approvals are given. */
  public boolean approved() {
    return director.isPresent() && generalManager.isPresent();
  }
}
