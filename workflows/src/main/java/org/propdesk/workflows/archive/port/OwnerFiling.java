package org.propdesk.workflows.archive.port;

import java.time.Instant;
import org.propdesk.core.common.Result;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.workflows.CommandContext;

/**
 * The archive's call port for move-ins (入伙归档端口): the home-handover procedure announces, in its own
 * transaction, that a move-in completed, and the archive expects the owner's file within 24 h (alarm to
 * the archivist and the director when late). Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface OwnerFiling {
  /**
   * Expects the owner's file of {@code owner} for {@code unit} of {@code office}, due 24 h after {@code
   * completedAt}, acting as the context's actor.
   *
   * @return the expected item's id; a rejection when the owner does not live in the unit of the office
   */
  Result<String> ownerFileDue(CommandContext ctx, OfficeId office, OwnerId owner, UnitId unit, Instant completedAt);
}
