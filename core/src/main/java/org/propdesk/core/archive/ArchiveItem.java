package org.propdesk.core.archive;

import static org.propdesk.core.archive.ArchiveLifecycles.ITEM;
import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;
import static org.propdesk.core.lifecycle.Aggregates.shortNote;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;
import org.propdesk.core.owner.OwnerId;

/**
 * An archive item (档案): the aggregate of PROCEDURES §9. Its category, title, location, confidentiality
 * and retention; an owner's file expected within 24 h of move-in; the loan it is on, at most one; and its
 * destruction: listed only after its retention, approved by both the office director and the general
 * manager (neither the one who listed it), and carried out by the archivist before at least two distinct
 * witnesses.
 *
 * <p>Command methods return a {@link Result} and never throw for a business "no". Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArchiveItem.class)
@JsonDeserialize(as = ImmutableArchiveItem.class)
public abstract class ArchiveItem {
  /** The bundle of the archive procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = "org.propdesk.core.archive.ArchiveRejections";

  /** How long after move-in an owner's file is due (入伙后24小时内归档) [practice]. */
  public static final Duration OWNER_FILE_WITHIN = Duration.ofHours(24);

  /** Roles that announce an expected owner's file (登记待归档). */
  public static final Set<Role> EXPECTERS = Set.of(Role.ARCHIVIST, Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT,
      Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR);

  /** The item's record type (档案): {@code archive_item}. */
  public static final AggregateType<ArchiveItem> TYPE = AggregateType.builder("archive_item", ArchiveItem.class)
      .id(a -> a.id().value())
      .office(ArchiveItem::office)
      .version(ArchiveItem::version)
      .state(ArchiveItem::state)
      .text("state", ArchiveItem::state)
      .text("category", ArchiveItem::category)
      .text("confidentiality", ArchiveItem::confidentiality)
      .text("owner_id", a -> a.owner().map(OwnerId::value))
      .text("unit_id", a -> a.unit().map(UnitId::value))
      .instant("created_at", ArchiveItem::createdAt)
      .instant("filing_due", ArchiveItem::filingDue)
      .instant("filed_at", ArchiveItem::filedAt)
      .date("retention_ends", ArchiveItem::retentionEnds)
      .build();

  /** The item's id. */
  public abstract ArchiveItemId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** What it belongs to. */
  public abstract ArchiveCategory category();

  /** Its title. */
  public abstract String title();

  /** Where it is kept; empty while expected. */
  public abstract Optional<String> location();

  /** How it is guarded. */
  public abstract Confidentiality confidentiality();

  /** How many years it is kept; empty for ever. */
  public abstract Optional<Integer> retentionYears();

  /** The day its retention counts from. */
  public abstract LocalDate documentDate();

  /** The owner of an owner's file. */
  public abstract Optional<OwnerId> owner();

  /** The unit of an owner's file. */
  public abstract Optional<UnitId> unit();

  /** When the record was made. */
  public abstract Instant createdAt();

  /** The last instant of on-time filing of an expected owner's file. */
  public abstract Optional<Instant> filingDue();

  /** Whether the sweep found it late. */
  public abstract boolean filingOverdue();

  /** When it was filed. */
  public abstract Optional<Instant> filedAt();

  /** The loan it is on. */
  public abstract Optional<LoanId> currentLoan();

  /** Its destruction, once listed. */
  public abstract Optional<Destruction> destruction();

  /** The state. */
  public abstract ArchiveItemState state();

  /** What happened, oldest first. */
  public abstract List<ArchiveHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  /** The first day it may be destroyed; empty when kept for ever. */
  @JsonIgnore
  public Optional<LocalDate> retentionEnds() {
    return retentionYears().map(y -> documentDate().plusYears(y));
  }

  final ArchiveItem checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to().equals(state().name()), "history",
        "must end in the current state");
    Check.that(currentLoan().isPresent() == (state() == ArchiveItemState.ON_LOAN), "currentLoan", "is present exactly while on loan");
    Check.that(location().isPresent() == (state() != ArchiveItemState.EXPECTED), "location", "is known once filed");
    Check.that(destruction().isPresent() == (state() == ArchiveItemState.LISTED_FOR_DESTRUCTION
        || state() == ArchiveItemState.DESTROYED), "destruction", "is present exactly when listed or destroyed");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  // ------------------------------------------------------------------ filing

  /**
   * An owner's file expected after move-in (入伙后待归档): due {@link #OWNER_FILE_WITHIN} after the move-in
   * completed. The caller has checked the owner lives in the unit of the office. Kept confidential and
   * for ever until filed with its own details.
   */
  public static Result<ArchiveItem> expectOwnerFile(ArchiveItemId id, OfficeId office, ZoneId zone, OwnerId owner, UnitId unit,
      Instant moveInCompletedAt, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("owner", owner);
    Check.present("unit", unit);
    Check.present("moveInCompletedAt", moveInCompletedAt);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(EXPECTERS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(BUNDLE, "expect.role", EXPECTERS, actor.roles())));
    }
    Instant now = now(clock);
    if (moveInCompletedAt.isAfter(now)) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "moveInCompletedAt", "expect.future", moveInCompletedAt));
    }
    Instant due = moveInCompletedAt.plus(OWNER_FILE_WITHIN);
    ArchiveItem a = ImmutableArchiveItem.builder().id(id).office(office).zone(zone).category(ArchiveCategory.OWNER_FILE)
        .title("owner file " + unit.value()).confidentiality(Confidentiality.CONFIDENTIAL)
        .documentDate(moveInCompletedAt.atZone(zone).toLocalDate()).owner(owner).unit(unit).createdAt(now).filingDue(due)
        .filingOverdue(false).state(ArchiveItemState.EXPECTED)
        .addHistory(new ArchiveHistoryEntry(now, Optional.empty(), ArchiveItemState.EXPECTED.name(), actor.staffId(), actor.name(),
            "owner file expected by " + due))
        .version(1).build().checked();
    return Result.accepted(a, List.of(new ArchiveEvent.Expected(id, office, now, due)));
  }

  /** Files a new item (归档) by the archivist. The caller has checked an owner's file's owner and unit. */
  public static Result<ArchiveItem> file(ArchiveItemId id, OfficeId office, ZoneId zone, ArchiveItemDraft draft, Actor actor,
      Clock clock) {
    Check.present("id", id);
    Check.present("office", office);
    Check.present("zone", zone);
    Check.present("draft", draft);
    Check.present("actor", actor);
    if (!actor.has(Role.ARCHIVIST)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED, StaffText.of(BUNDLE, "file.role", actor.roles())));
    }
    Instant now = now(clock);
    if (draft.documentDate().isAfter(now.atZone(zone).toLocalDate())) {
      return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "documentDate", "file.futureDate", draft.documentDate()));
    }
    ArchiveItem a = ImmutableArchiveItem.builder().id(id).office(office).zone(zone).category(draft.category()).title(draft.title())
        .location(draft.location()).confidentiality(draft.confidentiality()).retentionYears(draft.retentionYears())
        .documentDate(draft.documentDate()).owner(draft.owner()).unit(draft.unit()).createdAt(now).filingOverdue(false).filedAt(now)
        .state(ArchiveItemState.FILED)
        .addHistory(new ArchiveHistoryEntry(now, Optional.empty(), ArchiveItemState.FILED.name(), actor.staffId(), actor.name(),
            shortNote("filed at " + draft.location())))
        .version(1).build().checked();
    return Result.accepted(a, List.of(new ArchiveEvent.Filed(id, office, now, draft.category(), true)));
  }

  /**
   * Files an expected owner's file (归档) with its details: the draft must be the owner's file of the
   * same owner and unit. On time when filed by the due instant.
   */
  public Result<ArchiveItem> fileExpected(ArchiveItemDraft draft, Actor actor, Clock clock) {
    Check.present("draft", draft);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.FILE, actor);
    if (no.isEmpty() && !(draft.owner().equals(owner()) && draft.unit().equals(unit()))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "draft", "file.notExpected", id(), owner().orElseThrow(),
          unit().orElseThrow()));
    }
    Instant now = now(clock);
    if (no.isEmpty() && draft.documentDate().isAfter(now.atZone(zone()).toLocalDate())) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "documentDate", "file.futureDate", draft.documentDate()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    boolean onTime = !now.isAfter(filingDue().orElseThrow());
    return accept(advance(ArchiveItemTrigger.FILE, actor, now, "filed at " + draft.location() + (onTime ? "" : ", late"))
        .withTitle(draft.title()).withLocation(draft.location()).withConfidentiality(draft.confidentiality())
        .withRetentionYears(draft.retentionYears()).withDocumentDate(draft.documentDate()).withFiledAt(now),
        new ArchiveEvent.Filed(id(), office(), now, category(), onTime));
  }

  /** The sweep finds an expected owner's file unfiled at its due instant (逾期未归档): the alarm is raised once. */
  public Result<ArchiveItem> onFilingDue(Clock clock) {
    if (state() != ArchiveItemState.EXPECTED || filingOverdue()) {
      return Result.accepted(this, List.of());
    }
    Instant now = now(clock);
    return accept(advance(ArchiveItemTrigger.FILING_OVERDUE, Actor.system(), now, "not filed by " + filingDue().orElseThrow())
        .withFilingOverdue(true), new ArchiveEvent.FilingOverdue(id(), office(), now, filingDue().orElseThrow()));
  }

  /** Moves the item to another location (移库). */
  public Result<ArchiveItem> move(String location, Actor actor, Clock clock) {
    String where = Check.line("location", location, 100);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.MOVE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ArchiveItemTrigger.MOVE, actor, now, "moved to " + where).withLocation(where),
        new ArchiveEvent.Moved(id(), office(), now));
  }

  // ------------------------------------------------------------------ loans

  /** Issues the item on {@code loan} (借出): refused while it is on another loan or not filed. */
  public Result<ArchiveItem> lend(LoanId loan, Actor actor, Clock clock) {
    Check.present("loan", loan);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.LEND, actor);
    if (no.isPresent() && no.get().code() == RejectionCode.NOT_PERMITTED_IN_STATE && state() == ArchiveItemState.ON_LOAN) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "item", "lend.onLoan", id(), currentLoan().orElseThrow()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ArchiveItemTrigger.LEND, actor, now, "lent on " + loan).withCurrentLoan(loan),
        new ArchiveEvent.Lent(id(), office(), now, loan));
  }

  /** Takes the item back from {@code loan} (归还入库). */
  public Result<ArchiveItem> takeBack(LoanId loan, Actor actor, Clock clock) {
    Check.present("loan", loan);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.RETURN, actor);
    if (no.isEmpty() && !currentLoan().equals(Optional.of(loan))) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "loan", "return.otherLoan", id(), loan));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ArchiveItemTrigger.RETURN, actor, now, "returned from " + loan).withCurrentLoan(Optional.empty()),
        new ArchiveEvent.Returned(id(), office(), now, loan));
  }

  // ------------------------------------------------------------------ destruction

  /** Lists the item for destruction (列入销毁清单): only once its retention has ended; never one kept for ever. */
  public Result<ArchiveItem> listForDestruction(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.LIST_FOR_DESTRUCTION, actor);
    Instant now = now(clock);
    LocalDate today = now.atZone(zone()).toLocalDate();
    if (no.isEmpty() && retentionEnds().map(end -> today.isBefore(end)).orElse(true)) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "retention", "destroy.retention", id(),
          retentionEnds().map(Object::toString).orElse("-")));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    return accept(advance(ArchiveItemTrigger.LIST_FOR_DESTRUCTION, actor, now, "listed: " + why)
        .withDestruction(new Destruction(now, actor.staffId(), why, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of())), new ArchiveEvent.ListedForDestruction(id(), office(), now));
  }

  /**
   * The office director or the general manager approves the destruction (批准销毁); both must, and neither
   * may be the one who listed it.
   */
  public Result<ArchiveItem> approveDestruction(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(ArchiveItemTrigger.APPROVE_DESTRUCTION, actor);
    Destruction d = destruction().orElse(null);
    if (no.isEmpty() && d.listedBy().equals(actor.staffId())) {
      no = Optional.of(refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "destroy.ownList", actor.staffId(), id()));
    }
    boolean asDirector = actor.has(Role.OFFICE_DIRECTOR) && d != null && d.director().isEmpty();
    boolean asManager = actor.has(Role.GENERAL_MANAGER) && d != null && d.generalManager().isEmpty();
    if (no.isEmpty() && !asDirector && !asManager) {
      no = Optional.of(refused(RejectionCode.ALREADY_DONE, "actor", "destroy.approvedAlready", id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Approval a = Approval.by(actor, now);
    Destruction next = new Destruction(d.listedAt(), d.listedBy(), d.reason(), asDirector ? Optional.of(a) : d.director(),
        asDirector ? d.generalManager() : Optional.of(a), Optional.empty(), Optional.empty(), List.of());
    return accept(advance(ArchiveItemTrigger.APPROVE_DESTRUCTION, actor, now, "destruction approved by the "
        + (asDirector ? "director" : "general manager")).withDestruction(next),
        new ArchiveEvent.DestructionApproved(id(), office(), now, actor.staffId()));
  }

  /** Takes the item off the destruction list (撤出销毁清单). */
  public Result<ArchiveItem> cancelDestruction(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(ArchiveItemTrigger.CANCEL_DESTRUCTION, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(ArchiveItemTrigger.CANCEL_DESTRUCTION, actor, now, "kept: " + why).withDestruction(Optional.empty()),
        new ArchiveEvent.DestructionCancelled(id(), office(), now));
  }

  /**
   * Destroys the item (销毁): the archivist, after both approvals, before at least two distinct witnesses
   * who sign. The caller has checked the witnesses are staff.
   */
  public Result<ArchiveItem> destroy(List<Witness> witnesses, Actor actor, Clock clock) {
    List<Witness> signed = List.copyOf(Check.present("witnesses", witnesses));
    Optional<Rejection> no = refusal(ArchiveItemTrigger.DESTROY, actor);
    if (no.isEmpty() && !destruction().orElseThrow().approved()) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "approval", "destroy.notApproved", id()));
    }
    if (no.isEmpty() && signed.stream().map(Witness::staff).distinct().count() < Destruction.MIN_WITNESSES) {
      no = Optional.of(refused(RejectionCode.INVALID_COMMAND, "witnesses", "destroy.witnesses", Destruction.MIN_WITNESSES));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    Destruction d = destruction().orElseThrow();
    return accept(advance(ArchiveItemTrigger.DESTROY, actor, now, "destroyed before " + signed.size() + " witnesses")
        .withDestruction(new Destruction(d.listedAt(), d.listedBy(), d.reason(), d.director(), d.generalManager(), Optional.of(now),
            Optional.of(actor.staffId()), signed)), new ArchiveEvent.Destroyed(id(), office(), now, signed.size()));
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(ArchiveItemTrigger trigger, Actor actor) {
    return ITEM.refusal(state(), trigger, actor, "archive item " + id());
  }

  static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(BUNDLE, key, args));
  }

  ImmutableArchiveItem advance(ArchiveItemTrigger trigger, Actor actor, Instant now, String note) {
    ArchiveItemState to = ITEM.transition(state(), trigger).orElseThrow().to();
    return ImmutableArchiveItem.copyOf(this).withState(to).withHistory(append(history(),
        new ArchiveHistoryEntry(now, Optional.of(trigger.name()), to.name(), actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<ArchiveItem> accept(ImmutableArchiveItem next, ArchiveEvent event) {
    return Result.accepted(next.withVersion(version() + 1).checked(), List.of(event));
  }
}
