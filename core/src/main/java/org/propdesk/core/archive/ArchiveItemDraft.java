package org.propdesk.core.archive;

import java.time.LocalDate;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.owner.OwnerId;

/**
 * An archive item to file (档案登记): its category, title, location, confidentiality, retention and the
 * day its retention counts from; for an owner's file, the owner and unit. Immutable and thread-safe.
 *
 * @param category what it belongs to
 * @param title its title, one line of at most 200 characters
 * @param location where it is kept (e.g. room, cabinet, shelf), one line of at most 100 characters
 * @param confidentiality how it is guarded
 * @param retentionYears how many years it is kept, 1-100; empty for permanently (永久)
 * @param documentDate the day the retention counts from (the papers' date)
 * @param owner the owner of an owner's file
 * @param unit the unit of an owner's file
 * @since 0.1.0
 */
public record ArchiveItemDraft(ArchiveCategory category, String title, String location, Confidentiality confidentiality,
    Optional<Integer> retentionYears, LocalDate documentDate, Optional<OwnerId> owner, Optional<UnitId> unit) {
  /** Checks the parts. */
  public ArchiveItemDraft {
    Check.present("category", category);
    title = Check.line("title", title, 200);
    location = Check.line("location", location, 100);
    Check.present("confidentiality", confidentiality);
    Check.present("retentionYears", retentionYears);
    Check.that(retentionYears.map(y -> y >= 1 && y <= 100).orElse(true), "retentionYears", "must be 1-100 years, or empty for ever");
    Check.present("documentDate", documentDate);
    Check.present("owner", owner);
    Check.present("unit", unit);
    Check.that(owner.isPresent() == (category == ArchiveCategory.OWNER_FILE), "owner", "is given exactly for an owner's file");
    Check.that(unit.isPresent() == (category == ArchiveCategory.OWNER_FILE), "unit", "is given exactly for an owner's file");
  }
}
