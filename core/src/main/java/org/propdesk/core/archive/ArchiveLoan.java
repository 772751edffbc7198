package org.propdesk.core.archive;

import static org.propdesk.core.archive.ArchiveLifecycles.LOAN;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.StaffId;

/**
 * An archive loan (档案借阅): requested with a purpose; approved by the office director or an authorised
 * supervisor, never the borrower, and by the director or the general manager when the item is to leave
 * the archive room; issued by the archivist only, while the item is on no other loan; returned and
 * checked for completeness. A confidential item is read in the room only. A stamped line of the loan
 * register 《档案借阅登记表》 is {@link #registerLine}.
 *
 * <p>Command methods return a {@link Result} and never throw for a business "no". Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArchiveLoan.class)
@JsonDeserialize(as = ImmutableArchiveLoan.class)
public abstract class ArchiveLoan {
  /** The longest loan [ours]. */
  public static final Duration MAX_LOAN = Duration.ofDays(30);

  /** The loan's record type (档案借阅): {@code archive_loan}. */
  public static final AggregateType<ArchiveLoan> TYPE = AggregateType.builder("archive_loan", ArchiveLoan.class)
      .id(l -> l.id().value())
      .office(ArchiveLoan::office)
      .version(ArchiveLoan::version)
      .state(ArchiveLoan::state)
      .text("state", ArchiveLoan::state)
      .text("item_id", l -> l.item().value())
      .text("borrower_id", l -> l.borrower().value())
      .flag("take_out", ArchiveLoan::takeOut)
      .instant("requested_at", ArchiveLoan::requestedAt)
      .instant("return_by", ArchiveLoan::returnBy)
      .instant("issued_at", l -> l.issue().map(Approval::at))
      .instant("returned_at", l -> l.returnCheck().map(Approval::at))
      .flag("overdue", ArchiveLoan::overdue)
      .build();

  /** The loan's id. */
  public abstract LoanId id();

  /** Its office. */
  public abstract OfficeId office();

  /** The office's zone. */
  public abstract ZoneId zone();

  /** The item. */
  public abstract ArchiveItemId item();

  /** The item's title when requested. */
  public abstract String itemTitle();

  /** The item's confidentiality when requested. */
  public abstract Confidentiality confidentiality();

  /** Who borrows. */
  public abstract StaffId borrower();

  /** Their name. */
  public abstract String borrowerName();

  /** What for. */
  public abstract String purpose();

  /** Whether the item leaves the archive room. */
  public abstract boolean takeOut();

  /** When it was requested. */
  public abstract Instant requestedAt();

  /** When it is due back. */
  public abstract Instant returnBy();

  /** The approval. */
  public abstract Optional<Approval> approval();

  /** The archivist's issue: who and when. */
  public abstract Optional<Approval> issue();

  /** The archivist's check at the return: who and when. */
  public abstract Optional<Approval> returnCheck();

  /** Whether it came back complete. */
  public abstract Optional<Boolean> complete();

  /** What the check found. */
  public abstract Optional<String> returnNote();

  /** Whether it was found, or came back, after its due time. */
  public abstract boolean overdue();

  /** Why it was refused or withdrawn. */
  public abstract Optional<String> endReason();

  /** The state. */
  public abstract LoanState state();

  /** What happened, oldest first. */
  public abstract List<ArchiveHistoryEntry> history();

  /** The aggregate version. */
  public abstract long version();

  final ArchiveLoan checked() {
    Check.that(!history().isEmpty() && history().get(history().size() - 1).to().equals(state().name()), "history",
        "must end in the current state");
    Check.that(!(takeOut() && confidentiality() == Confidentiality.CONFIDENTIAL), "takeOut", "a confidential item never leaves");
    Check.that(issue().isEmpty() || approval().isPresent(), "issue", "needs the approval first");
    Check.that(approval().isEmpty() || !approval().get().by().equals(borrower()), "approval", "is never by the borrower");
    Check.that(returnCheck().isPresent() == complete().isPresent(), "complete", "is known exactly once checked");
    Check.that(version() >= 1, "version", "must be at least 1");
    return this;
  }

  /** Whether it is out past its due time at {@code now}. */
  @JsonIgnore
  public boolean isOverdueAt(Instant now) {
    return state() == LoanState.ISSUED && now.isAfter(returnBy());
  }

  /**
   * One line of the loan register (《档案借阅登记表》), in the paper form's column order.
   *
   * @param date the day it was requested (借阅日期)
   * @param item the item (档案编号)
   * @param title its title (档案名称)
   * @param borrower who borrowed (借阅人)
   * @param purpose what for (借阅用途)
   * @param approver who approved (批准人)
   * @param takeOut whether it left the room (带出/室内查阅)
   * @param returnBy when it was due back (应还日期)
   * @param returnedOn the day it came back (归还日期)
   * @param checkedBy who checked it (验收人)
   * @param complete whether it came back complete (是否完整)
   * @param overdue whether it is or was overdue (逾期)
   * @param loan the loan
   * @param state the loan's state
   */
  public record RegisterLine(LocalDate date, ArchiveItemId item, String title, String borrower, String purpose, Optional<String> approver,
      boolean takeOut, Instant returnBy, Optional<LocalDate> returnedOn, Optional<String> checkedBy, Optional<Boolean> complete,
      boolean overdue, LoanId loan, LoanState state) {}

  /** The register line at {@code now} (overdue counts a loan still out past its due time). */
  public RegisterLine registerLine(Instant now) {
    Check.present("now", now);
    return new RegisterLine(requestedAt().atZone(zone()).toLocalDate(), item(), itemTitle(), borrowerName(), purpose(),
        approval().map(Approval::name), takeOut(), returnBy(), returnCheck().map(c -> c.at().atZone(zone()).toLocalDate()),
        returnCheck().map(Approval::name), complete(), overdue() || isOverdueAt(now), id(), state());
  }

  // ------------------------------------------------------------------ commands

  /**
   * Asks to borrow an item (借阅申请). Refused for an item not filed or on loan (listed for destruction,
   * destroyed, expected), for taking a confidential item out, and for a return time not within {@link
   * #MAX_LOAN}.
   */
  public static Result<ArchiveLoan> request(LoanId id, ArchiveItem item, LoanDraft draft, Actor actor, Clock clock) {
    Check.present("id", id);
    Check.present("item", item);
    Check.present("draft", draft);
    Check.present("actor", actor);
    if (actor.roles().stream().noneMatch(ArchiveLifecycles.BORROWERS::contains)) {
      return Result.rejected(Rejection.of(RejectionCode.ROLE_NOT_PERMITTED,
          StaffText.of(ArchiveItem.BUNDLE, "loan.role", ArchiveLifecycles.BORROWERS, actor.roles())));
    }
    if (item.state() != ArchiveItemState.FILED && item.state() != ArchiveItemState.ON_LOAN) {
      return Result.rejected(ArchiveItem.refused(RejectionCode.INVALID_COMMAND, "item", "loan.notAvailable", item.id(), item.state()));
    }
    if (draft.takeOut() && item.confidentiality() == Confidentiality.CONFIDENTIAL) {
      return Result.rejected(ArchiveItem.refused(RejectionCode.INVALID_COMMAND, "takeOut", "loan.confidential", item.id()));
    }
    Instant now = now(clock);
    Instant due = draft.returnBy().truncatedTo(ChronoUnit.MILLIS);
    if (!due.isAfter(now) || due.isAfter(now.plus(MAX_LOAN))) {
      return Result.rejected(ArchiveItem.refused(RejectionCode.INVALID_COMMAND, "returnBy", "loan.returnBy", due, MAX_LOAN.toDays()));
    }
    ArchiveLoan l = ImmutableArchiveLoan.builder().id(id).office(item.office()).zone(item.zone()).item(item.id()).itemTitle(item.title())
        .confidentiality(item.confidentiality()).borrower(actor.staffId()).borrowerName(actor.name()).purpose(draft.purpose())
        .takeOut(draft.takeOut()).requestedAt(now).returnBy(due).overdue(false).state(LoanState.REQUESTED)
        .addHistory(new ArchiveHistoryEntry(now, Optional.empty(), LoanState.REQUESTED.name(), actor.staffId(), actor.name(),
            shortNote((draft.takeOut() ? "take out: " : "read in the room: ") + draft.purpose())))
        .version(1).build().checked();
    return Result.accepted(l, List.of(new LoanEvent.Requested(id, l.office(), now, item.id(), draft.takeOut())));
  }

  /** Approves the loan (批准): never the borrower; taking out needs the director or the general manager. */
  public Result<ArchiveLoan> approve(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(LoanTrigger.APPROVE, actor);
    if (no.isEmpty() && actor.staffId().equals(borrower())) {
      no = Optional.of(ArchiveItem.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "loan.ownRequest", actor.staffId(), id()));
    }
    if (no.isEmpty() && takeOut() && actor.roles().stream().noneMatch(ArchiveLifecycles.TAKE_OUT_APPROVERS::contains)) {
      no = Optional.of(ArchiveItem.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "loan.takeOutApproval", id(),
          ArchiveLifecycles.TAKE_OUT_APPROVERS));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(LoanTrigger.APPROVE, actor, now, "approved").withApproval(Approval.by(actor, now)),
        new LoanEvent.Approved(id(), office(), now, actor.staffId()));
  }

  /** Refuses the loan (不批准). */
  public Result<ArchiveLoan> refuse(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(LoanTrigger.REFUSE, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(LoanTrigger.REFUSE, actor, now, "refused: " + why).withEndReason(why), new LoanEvent.Refused(id(), office(), now));
  }

  /** The archivist issues the item (发放); the caller lends the item in the same transaction. */
  public Result<ArchiveLoan> issue(Actor actor, Clock clock) {
    Optional<Rejection> no = refusal(LoanTrigger.ISSUE, actor);
    Instant now = now(clock);
    if (no.isEmpty() && !returnBy().isAfter(now)) {
      no = Optional.of(ArchiveItem.refused(RejectionCode.INVALID_COMMAND, "returnBy", "loan.expired", id(), returnBy()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    return accept(advance(LoanTrigger.ISSUE, actor, now, takeOut() ? "issued to take out" : "issued to read in the room")
        .withIssue(Approval.by(actor, now)), new LoanEvent.Issued(id(), office(), now, returnBy()));
  }

  /** The item comes back and the archivist checks it (归还验收); late when after its due time. */
  public Result<ArchiveLoan> returned(boolean complete, String note, Actor actor, Clock clock) {
    String text = Check.text("note", note, 500);
    Optional<Rejection> no = refusal(LoanTrigger.RETURN, actor);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    boolean late = now.isAfter(returnBy());
    return accept(advance(LoanTrigger.RETURN, actor, now, (complete ? "returned complete" : "returned INCOMPLETE: ") + (complete ? "" : text))
        .withReturnCheck(Approval.by(actor, now)).withComplete(complete).withReturnNote(text).withOverdue(overdue() || late),
        new LoanEvent.Returned(id(), office(), now, complete, late));
  }

  /** The sweep finds the loan out past its due time (逾期未还): the alarm is raised once. */
  public Result<ArchiveLoan> onDue(Clock clock) {
    Instant now = now(clock);
    if (!isOverdueAt(now) || overdue()) {
      return Result.accepted(this, List.of());
    }
    return accept(advance(LoanTrigger.OVERDUE, Actor.system(), now, "not back by " + returnBy()).withOverdue(true),
        new LoanEvent.Overdue(id(), office(), now, returnBy()));
  }

  /** The borrower withdraws the request before issue (撤销). */
  public Result<ArchiveLoan> cancel(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = refusal(LoanTrigger.CANCEL, actor);
    if (no.isEmpty() && !actor.staffId().equals(borrower())) {
      no = Optional.of(ArchiveItem.refused(RejectionCode.INSUFFICIENT_AUTHORITY, "actor", "loan.notBorrower", actor.staffId(), id()));
    }
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return accept(advance(LoanTrigger.CANCEL, actor, now, "withdrawn: " + why).withEndReason(why),
        new LoanEvent.Cancelled(id(), office(), now));
  }

  // ------------------------------------------------------------------ internals

  private Optional<Rejection> refusal(LoanTrigger trigger, Actor actor) {
    return LOAN.refusal(state(), trigger, actor, "archive loan " + id());
  }

  ImmutableArchiveLoan advance(LoanTrigger trigger, Actor actor, Instant now, String note) {
    LoanState to = LOAN.transition(state(), trigger).orElseThrow().to();
    return ImmutableArchiveLoan.copyOf(this).withState(to).withHistory(append(history(),
        new ArchiveHistoryEntry(now, Optional.of(trigger.name()), to.name(), actor.staffId(), actor.name(), shortNote(note))));
  }

  private Result<ArchiveLoan> accept(ImmutableArchiveLoan next, LoanEvent event) {
    return Result.accepted(next.withVersion(version() + 1).checked(), List.of(event));
  }
}
