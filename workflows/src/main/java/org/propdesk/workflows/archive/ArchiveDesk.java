package org.propdesk.workflows.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.archive.ArchiveCategory;
import org.propdesk.core.archive.ArchiveItem;
import org.propdesk.core.archive.ArchiveItemDraft;
import org.propdesk.core.archive.ArchiveItemId;
import org.propdesk.core.archive.ArchiveItemState;
import org.propdesk.core.archive.ArchiveLifecycles;
import org.propdesk.core.archive.ArchiveLoan;
import org.propdesk.core.archive.LoanDraft;
import org.propdesk.core.archive.LoanId;
import org.propdesk.core.archive.LoanState;
import org.propdesk.core.archive.Witness;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.owner.OwnerId;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.archive.port.OwnerFiling;

/**
 * The archive desk (物业档案管理, PROCEDURES §9) as use cases: file items (an owner's file expected within
 * 24 h of move-in), move them, lend them (request with purpose, approval, issue by the archivist only,
 * return checked for completeness; read in the room unless taking out was approved; confidential items
 * never leave; one loan at a time), list overdue loans, and destroy items after their retention with
 * both approvals and two witnesses. The loan register 《档案借阅登记表》 per office and period.
 *
 * <p>Every command runs through the kernel's pipeline (office scope, the lifecycle table, the save with
 * the expected version, the journal, the outbox, one log line); a refused command changes no record and
 * is journaled as {@code REFUSED:<command>}. Issue and return change the loan and the item in one
 * transaction. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ArchiveDesk {
  private final Kernel k;
  private final AggregateRoute<ArchiveItem> items;
  private final AggregateRoute<ArchiveLoan> loans;

  ArchiveDesk(Kernel k, AggregateRoute<ArchiveItem> items, AggregateRoute<ArchiveLoan> loans) {
    this.k = k;
    this.items = items;
    this.loans = loans;
  }

  // ------------------------------------------------------------------ filing

  /**
   * Expects the owner's file after a move-in completed (入伙后待归档), due 24 h later; the owner must live in
   * the unit, of an office the actor may see.
   */
  public Result<ArchiveItem> expectOwnerFile(Actor actor, OwnerId owner, UnitId unit, Instant moveInCompletedAt) {
    Check.present("actor", actor);
    Check.present("owner", owner);
    Check.present("unit", unit);
    Check.present("moveInCompletedAt", moveInCompletedAt);
    return k.create(actor, items, "EXPECT", ctx -> {
      Optional<OfficeId> office = ctx.directory().officeOfUnit(unit).filter(actor::canSee);
      if (office.isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "unit", "unit.notOfOffice", unit, "-"));
      }
      return expectIn(ctx, office.get(), owner, unit, moveInCompletedAt);
    });
  }

  private Result<ArchiveItem> expectIn(CommandContext ctx, OfficeId office, OwnerId owner, UnitId unit, Instant completedAt) {
    Optional<Rejection> no = ownerRefusal(ctx, office, owner, unit);
    Result<ArchiveItem> made = no.<Result<ArchiveItem>>map(Result::rejected).orElseGet(() -> ArchiveItem.expectOwnerFile(
        ArchiveItemId.of(ctx.newId("archive-item")), office, zoneOf(ctx, office), owner, unit, completedAt, ctx.actor(), ctx.clock()));
    return recorded(ctx, office, made, "EXPECT");
  }

  /** Files a new item of {@code office} (归档), by the archivist; an owner's file's owner must live in its unit there. */
  public Result<ArchiveItem> file(Actor actor, OfficeId office, ArchiveItemDraft draft) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("draft", draft);
    return k.create(actor, items, "FILE", ctx -> {
      if (!actor.canSee(office) || ctx.directory().office(office).isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "office", "office.notFound", office));
      }
      Optional<Rejection> no = draft.category() == ArchiveCategory.OWNER_FILE
          ? ownerRefusal(ctx, office, draft.owner().orElseThrow(), draft.unit().orElseThrow()) : Optional.empty();
      Result<ArchiveItem> made = no.<Result<ArchiveItem>>map(Result::rejected).orElseGet(() -> ArchiveItem.file(
          ArchiveItemId.of(ctx.newId("archive-item")), office, zoneOf(ctx, office), draft, actor, ctx.clock()));
      return recorded(ctx, office, made, "FILE");
    });
  }

  private Result<ArchiveItem> recorded(CommandContext ctx, OfficeId office, Result<ArchiveItem> made, String action) {
    return ctx.recordNew(items, office, made, action);
  }


  private static Optional<Rejection> ownerRefusal(CommandContext ctx, OfficeId office, OwnerId owner, UnitId unit) {
    if (!ctx.directory().officeOfUnit(unit).equals(Optional.of(office))) {
      return Optional.of(refused(RejectionCode.INVALID_COMMAND, "unit", "unit.notOfOffice", unit, office));
    }
    if (ctx.directory().resident(owner).filter(r -> r.units().contains(unit)).isEmpty()) {
      return Optional.of(refused(RejectionCode.INVALID_COMMAND, "owner", "owner.notOfUnit", owner, unit));
    }
    return Optional.empty();
  }

  /** Files an expected owner's file with its details (归档); on time by its due instant. */
  public Result<ArchiveItem> fileExpected(Actor actor, ArchiveItemId id, ArchiveItemDraft draft) {
    Check.present("draft", draft);
    return run(actor, id, "FILE", (a, ctx) -> a.fileExpected(draft, ctx.actor(), ctx.clock()));
  }

  /** Moves an item to another location (移库). */
  public Result<ArchiveItem> move(Actor actor, ArchiveItemId id, String location) {
    String where = Check.line("location", location, 100);
    return run(actor, id, "MOVE", (a, ctx) -> a.move(where, ctx.actor(), ctx.clock()));
  }

  // ------------------------------------------------------------------ destruction

  /** Lists an item for destruction after its retention (列入销毁清单). */
  public Result<ArchiveItem> listForDestruction(Actor actor, ArchiveItemId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "LIST_FOR_DESTRUCTION", (a, ctx) -> a.listForDestruction(why, ctx.actor(), ctx.clock()));
  }

  /** The director or the general manager approves a destruction (批准销毁); both must. */
  public Result<ArchiveItem> approveDestruction(Actor actor, ArchiveItemId id) {
    return run(actor, id, "APPROVE_DESTRUCTION", (a, ctx) -> a.approveDestruction(ctx.actor(), ctx.clock()));
  }

  /** Takes an item off the destruction list (撤出销毁清单). */
  public Result<ArchiveItem> cancelDestruction(Actor actor, ArchiveItemId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return run(actor, id, "CANCEL_DESTRUCTION", (a, ctx) -> a.cancelDestruction(why, ctx.actor(), ctx.clock()));
  }

  /** The archivist destroys an approved item before at least two distinct witnesses, staff who sign (销毁). */
  public Result<ArchiveItem> destroy(Actor actor, ArchiveItemId id, List<Witness> witnesses) {
    Check.present("actor", actor);
    Check.present("id", id);
    Check.present("witnesses", witnesses);
    k.authenticate(actor);
    List<Witness> signed = List.copyOf(witnesses);
    return run(actor, id, "DESTROY", (a, ctx) -> {
      for (Witness w : signed) {
        if (ctx.directory().staff(w.staff()).filter(s -> s.office().isEmpty() || s.office().equals(Optional.of(a.office()))).isEmpty()) {
          return Result.rejected(refused(RejectionCode.INVALID_COMMAND, "witnesses", "witness.notStaff", w.staff(), a.office()));
        }
      }
      return a.destroy(signed, ctx.actor(), ctx.clock());
    });
  }

  /** The item, if it exists and the actor may see its office. */
  public Optional<ArchiveItem> find(Actor actor, ArchiveItemId id) {
    Check.present("id", id);
    return k.find(actor, items, id.value(), "read archive item");
  }

  /**
   * The office's items in {@code states}, oldest first; every state but destroyed when none is named;
   * empty for an office the actor may not see.
   */
  public List<ArchiveItem> items(Actor actor, OfficeId office, ArchiveItemState... states) {
    List<String> wanted = ArchiveLifecycles.ITEM.namesOrOpen(states);
    return list(actor, office, items, q -> q.in("state", wanted).orderBy("created_at"));
  }

  // ------------------------------------------------------------------ loans

  /** Asks to borrow an item of the actor's offices (借阅申请): read in the room unless {@code takeOut}. */
  public Result<ArchiveLoan> requestLoan(Actor actor, LoanDraft draft) {
    Check.present("actor", actor);
    Check.present("draft", draft);
    return k.create(actor, loans, "REQUEST", ctx -> {
      Optional<ArchiveItem> item = ctx.findVisible(items, draft.item().value());
      if (item.isEmpty()) {
        return Result.rejected(refused(RejectionCode.NOT_FOUND, "item", "item.notFound", draft.item()));
      }
      return ctx.recordNew(loans, item.get().office(),
          ArchiveLoan.request(LoanId.of(ctx.newId("archive-loan")), item.get(), draft, actor, ctx.clock()), "REQUEST");
    });
  }

  /** Approves a loan (批准借阅): never the borrower; taking out needs the director or the general manager. */
  public Result<ArchiveLoan> approveLoan(Actor actor, LoanId id) {
    return runLoan(actor, id, "APPROVE", (l, ctx) -> l.approve(ctx.actor(), ctx.clock()));
  }

  /** Refuses a loan (不批准). */
  public Result<ArchiveLoan> refuseLoan(Actor actor, LoanId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return runLoan(actor, id, "REFUSE", (l, ctx) -> l.refuse(why, ctx.actor(), ctx.clock()));
  }

  /** The archivist issues the item of an approved loan (发放): refused while it is on another loan. */
  public Result<ArchiveLoan> issue(Actor actor, LoanId id) {
    return runLoan(actor, id, "ISSUE", (l, ctx) -> withItem(ctx, l, l.issue(ctx.actor(), ctx.clock()),
        item -> item.lend(l.id(), ctx.actor(), ctx.clock()), "LEND"));
  }

  /** The item comes back and the archivist checks it for completeness (归还验收). */
  public Result<ArchiveLoan> returnLoan(Actor actor, LoanId id, boolean complete, String note) {
    String text = Check.text("note", note, 500);
    return runLoan(actor, id, "RETURN", (l, ctx) -> withItem(ctx, l, l.returned(complete, text, ctx.actor(), ctx.clock()),
        item -> item.takeBack(l.id(), ctx.actor(), ctx.clock()), "RETURN"));
  }

  /** The loan's change, and the item's in the same transaction; neither when either is refused. */
  private Result<ArchiveLoan> withItem(CommandContext ctx, ArchiveLoan loan, Result<ArchiveLoan> change,
      java.util.function.Function<ArchiveItem, Result<ArchiveItem>> itemChange, String action) {
    if (!change.isAccepted()) {
      return change;
    }
    ArchiveItem before = ctx.find(items, loan.item().value()).orElseThrow(() -> new IllegalStateException("item " + loan.item()
        + " of loan " + loan.id() + " is missing"));
    Result<ArchiveItem> moved = itemChange.apply(before);
    if (!moved.isAccepted()) {
      return Result.rejected(moved.rejection().orElseThrow());
    }
    ctx.record(items, before, moved.orElseThrow(), action, moved.events());
    return change;
  }

  /** The borrower withdraws a loan before issue (撤销). */
  public Result<ArchiveLoan> cancelLoan(Actor actor, LoanId id, String reason) {
    String why = Check.text("reason", reason, 500);
    return runLoan(actor, id, "CANCEL", (l, ctx) -> l.cancel(why, ctx.actor(), ctx.clock()));
  }

  /** The loan, if it exists and the actor may see its office. */
  public Optional<ArchiveLoan> findLoan(Actor actor, LoanId id) {
    Check.present("id", id);
    return k.find(actor, loans, id.value(), "read archive loan");
  }

  /** The office's loans out past their due time now (逾期借阅), the longest overdue first. */
  public List<ArchiveLoan> overdueLoans(Actor actor, OfficeId office) {
    Instant now = k.now();
    return list(actor, office, loans, q -> q.eq("state", LoanState.ISSUED.name()).before("return_by", now).orderBy("return_by"));
  }

  /**
   * The loan register (《档案借阅登记表》) of {@code office}: a line for every loan requested on the days
   * {@code from} to {@code to} inclusive in the office's zone, oldest first, each flagged overdue when it
   * is or was; empty for an office the actor may not see.
   */
  public List<ArchiveLoan.RegisterLine> loanRegister(Actor actor, OfficeId office, LocalDate from, LocalDate to) {
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    Instant now = k.now();
    ZoneId zone = k.directory().office(office).map(ManagementOffice::zone).orElse(ZoneId.of("Asia/Shanghai"));
    return list(actor, office, loans, q -> q.atLeast("requested_at", from.atStartOfDay(zone).toInstant())
        .before("requested_at", to.plusDays(1).atStartOfDay(zone).toInstant()).orderBy("requested_at")).stream()
        .map(l -> l.registerLine(now)).toList();
  }

  // ------------------------------------------------------------------ the port for move-ins

  /** The port the home-handover procedure announces move-ins through. */
  OwnerFiling ownerFiling() {
    return (ctx, office, owner, unit, completedAt) -> {
      Check.present("context", ctx);
      Check.present("office", office);
      Check.present("owner", owner);
      Check.present("unit", unit);
      Check.present("completedAt", completedAt);
      return expectIn(ctx, office, owner, unit, completedAt).map(a -> a.id().value());
    };
  }

  // ------------------------------------------------------------------ internals

  private <A> List<A> list(Actor actor, OfficeId office, AggregateRoute<A> route,
      java.util.function.UnaryOperator<RecordQuery.Builder> query) {
    Check.present("actor", actor);
    return k.list(actor, office, route, query);
  }

  private static ZoneId zoneOf(CommandContext ctx, OfficeId office) {
    return ctx.directory().office(office).map(ManagementOffice::zone).orElseThrow();
  }

  private static Rejection refused(RejectionCode code, String field, String key, Object... args) {
    return Rejection.ofField(code, field, StaffText.of(ArchiveItem.BUNDLE, key, args));
  }

  private Result<ArchiveItem> run(Actor actor, ArchiveItemId id, String command, Kernel.Decision<ArchiveItem> decision) {
    Check.present("id", id);
    return k.execute(actor, items, id.value(), OptionalLong.empty(), command, decision);
  }

  private Result<ArchiveLoan> runLoan(Actor actor, LoanId id, String command, Kernel.Decision<ArchiveLoan> decision) {
    Check.present("id", id);
    return k.execute(actor, loans, id.value(), OptionalLong.empty(), command, decision);
  }
}
