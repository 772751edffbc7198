package org.propdesk.workflows.complaint;

import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairOrigin;
import org.propdesk.core.ticket.port.RepairReference;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.ticket.port.RepairIntake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.DomainEvent;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.ComplainedAbout;
import org.propdesk.core.complaint.ComplaintRejections;
import org.propdesk.core.complaint.HandlingTimeAgreement;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Staff;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.owner.Resident;
import org.propdesk.core.spi.RecordQuery;
import org.propdesk.workflows.AggregateRoute;
import org.propdesk.workflows.CommandContext;
import org.propdesk.workflows.Kernel;

/**
 * Complaint handling (投诉处理), manual procedure 5, as use cases.
 *
 * <p>Every command runs through the kernel's one pipeline ({@link Kernel#execute}): it loads the
 * complaint in one transaction, checks office scope (a record of another office is "not found" unless
 * the actor is company-wide), lets the aggregate decide, saves with the expected version, journals,
 * writes outbox rows and timers, logs one line, and returns the result. A rejected command writes
 * nothing. A command without an expected version is retried (up to {@value #ATTEMPTS} times) when
 * another writer got in first, deciding afresh each time; a command with an expected version fails
 * with {@link StaleVersionException} when it is not the stored one.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintDesk {
  /** How often a command without an expected version is tried when it meets a concurrent writer. */
  public static final int ATTEMPTS = Kernel.ATTEMPTS;

  private final Kernel k;
  private final AggregateRoute<Complaint> route;
  private final ComplaintPolicies policies;

  ComplaintDesk(Kernel k, AggregateRoute<Complaint> route, ComplaintPolicies policies) {
    this.k = k;
    this.route = route;
    this.policies = policies;
  }

  /** The policies this desk decides by. */
  public ComplaintPolicies policies() {
    return policies;
  }

  /**
   * Registers a complaint (受理登记). The office is the one that runs the unit's estate; the desk must
   * be one of its desks; the owner must own or live in the unit. A registration is never merged on a
   * guess (PROCEDURES §5 "Repeat complaints"): only one whose clerk named the complaint it repeats in
   * {@link Registration#repeatOf()} is registered, linked to it and closed as merged, and the open
   * complaint counts the repeat toward criterion (a). Every other registration is its own matter, with
   * its own clocks; ask {@link #suggestRepeats} first to offer the clerk the lookalikes.
   */
  public Result<Complaint> register(Actor actor, Registration registration) {
    Check.present("actor", actor);
    Check.present("registration", registration);
    return k.create(actor, route, "REGISTER", ctx -> registerIn(ctx, registration, actor));
  }

  private Result<Complaint> registerIn(CommandContext ctx, Registration registration, Actor actor) {
    Optional<OfficeId> office = ctx.directory().officeOfUnit(registration.unit()).filter(actor::canSee);
    if (office.isEmpty()) {
      return Result.rejected(ComplaintRejections.ofField(RejectionCode.NOT_FOUND, "unit", "unit.notFound", registration.unit()));
    }
    ManagementOffice mo = ctx.directory().office(office.get()).orElseThrow();
    if (!mo.runs(registration.desk())) {
      return Result.rejected(ComplaintRejections.ofField(
          RejectionCode.INVALID_COMMAND, "desk", "desk.notOfOffice", registration.desk(), mo.id()));
    }
    Optional<Resident> resident = ctx.directory().resident(registration.owner());
    if (resident.isEmpty() || !resident.get().units().contains(registration.unit())) {
      return Result.rejected(ComplaintRejections.ofField(
          RejectionCode.INVALID_COMMAND, "owner", "owner.notOfUnit", registration.owner(), registration.unit()));
    }
    Optional<Rejection> unknown = registration.complainedAbout().flatMap(a -> unknownPerson(ctx.directory(), mo.id(), a));
    if (unknown.isPresent()) {
      return Result.rejected(unknown.get());
    }
    ComplaintId id = ComplaintId.of(ctx.newId("complaint"));
    Result<Complaint> registered = Complaint.register(id, mo.id(), mo.zone(), registration, actor, policies, ctx.clock());
    if (!registered.isAccepted()) {
      return registered;
    }
    Optional<Complaint> original;
    if (registration.repeatOf().isPresent()) {
      Instant now = ctx.clock().instant();
      original = ctx.find(route, registration.repeatOf().get().value())
          .filter(c -> c.office().equals(mo.id()))
          .filter(c -> c.takesRepeatsAt(now));
      if (original.isEmpty()) {
        return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "repeatOf", "repeatOf.notTaking",
            registration.repeatOf().get(), mo.id()));
      }
    } else {
      original = Optional.empty();
    }
    Complaint fresh = registered.orElseThrow();
    if (original.isEmpty()) {
      ctx.record(route, null, fresh, "REGISTER", registered.events());
      ctx.schedule(ComplaintTimerKind.judgement(fresh, judgementDue(fresh)));
      return registered;
    }
    Result<Complaint> linked = fresh.linkAsRepeat(original.get().id(), actor, ctx.clock());
    Result<Complaint> raised = original.get().raisedAgain(id, actor, policies, ctx.clock());
    if (!linked.isAccepted() || !raised.isAccepted()) {
      return linked.isAccepted() ? raised.map(x -> fresh) : linked;
    }
    Complaint merged = linked.orElseThrow();
    ctx.record(route, null, fresh, "REGISTER", registered.events());
    ctx.record(route, fresh, merged, "LINK_AS_REPEAT", linked.events());
    ctx.record(route, original.get(), raised.orElseThrow(), "REPEAT_RAISED", raised.events());
    List<DomainEvent> all = new ArrayList<>(registered.events());
    all.addAll(linked.events());
    all.addAll(raised.events());
    return Result.accepted(merged, all);
  }

  /**
   * The refusal of a named person complained about who is not staff of {@code office} nor company-wide
   * staff (field {@code person}); empty when no person is named or the person is such staff.
   */
  static Optional<Rejection> unknownPerson(Directory directory, OfficeId office, ComplainedAbout about) {
    if (about.person().isEmpty()) {
      return Optional.empty();
    }
    Optional<Staff> staff = directory.staff(about.person().get());
    if (staff.isPresent() && staff.get().office().map(office::equals).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(ComplaintRejections.ofField(RejectionCode.NOT_FOUND, "person", "person.notOfOffice",
        about.person().get(), office));
  }

  /**
   * The end of the complaint's first working day in its office's zone (PROCEDURES §4: a complaint not
   * judged by then raises an alarm): the day of the report if it is a working day, else the next one.
   * Where the work calendar has no data for the year, Monday to Friday are taken as working days.
   */
  private Instant judgementDue(Complaint c) {
    LocalDate first;
    try {
      first = k.calendar().plusWorkingDays(c.registeredDate(), 0);
    } catch (org.propdesk.core.common.InvalidInputException noCalendarData) {
      first = c.registeredDate();
      while (first.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || first.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
        first = first.plusDays(1);
      }
    }
    return first.plusDays(1).atStartOfDay(c.zone()).toInstant();
  }

  /**
   * The complaints of the registration's office that look like the same matter (疑似重复投诉) and would
   * take a repeat (open, resolved, awaiting sign-off, or closed in the last 30 days; see {@link
   * Complaint#takesRepeatsAt}), oldest first, as the {@link org.propdesk.core.complaint.RepeatMatching}
   * policy judges them: the
   * clerk then links the registration to one of them with {@link Registration.Builder#repeatOf} or
   * registers it as a new matter. Reads only; nothing is linked or changed.
   *
   * @return the lookalikes, empty when there are none, when the policy never suggests, or when the
   *     actor cannot see the unit's office
   * @throws org.propdesk.core.common.InvalidInputException naming {@code actor} or {@code registration}
   *     when null, or {@code actor} when the directory does not back it
   */
  public List<Complaint> suggestRepeats(Actor actor, Registration registration) {
    Check.present("actor", actor);
    Check.present("registration", registration);
    return k.read(actor, ctx -> {
      Optional<OfficeId> office = ctx.directory().officeOfUnit(registration.unit()).filter(actor::canSee);
      if (office.isEmpty() || !policies.repeatMatching().matchesAutomatically()) {
        return List.<Complaint>of();
      }
      Instant now = ctx.clock().instant();
      return ctx.query(route, RecordQuery.of(Complaint.TYPE.name()).office(office.get())
              .eq("owner_id", registration.owner().value())
              .in("state", Complaint.TAKES_REPEATS.stream().map(ComplaintState::name).toList())
              .atLeastOrNull("closed_at", now.minus(Complaint.REOPEN_WINDOW))
              .orderBy("registered_at").build()).stream()
          .filter(c -> c.takesRepeatsAt(now))
          .filter(c -> policies.repeatMatching().sameMatter(c, registration))
          .toList();
    });
  }

  /**
   * Runs a command on the latest version, retrying on a concurrent change.
   *
   * @return the result; {@link RejectionCode#NOT_FOUND} when the complaint does not exist or is
   *     outside the actor's office
   * @throws StaleVersionException only when every attempt met a concurrent writer
   */
  public Result<Complaint> execute(Actor actor, ComplaintId id, ComplaintCommand command) {
    return run(actor, id, OptionalLong.empty(), command);
  }

  /**
   * Runs a command only if the complaint is still at {@code expectedVersion} (e.g. the version a
   * form was loaded at).
   *
   * @throws StaleVersionException when the stored version differs, now or at commit
   */
  public Result<Complaint> execute(Actor actor, ComplaintId id, long expectedVersion, ComplaintCommand command) {
    return run(actor, id, OptionalLong.of(expectedVersion), command);
  }

  private Result<Complaint> run(Actor actor, ComplaintId id, OptionalLong expected, ComplaintCommand command) {
    Check.present("id", id);
    Check.present("command", command);
    return k.execute(actor, route, id.value(), expected, command.name(),
        (current, ctx) -> command.decide(current, ctx.actor(), policies, ctx.clock(), ctx.directory()));
  }

  /** Judges validity (有效性判定). */
  public Result<Complaint> judge(Actor actor, ComplaintId id, Judgement judgement) {
    return execute(actor, id, ComplaintCommand.judge(judgement));
  }

  /**
   * {@link ComplaintCommand#proposeJudgement}: a property assistant proposes a judgement; the customer
   * supervisor is told to judge.
   */
  public Result<Complaint> proposeJudgement(Actor actor, ComplaintId id, Judgement judgement) {
    return execute(actor, id, ComplaintCommand.proposeJudgement(judgement));
  }

  /** Says something to the owner (答复); refused when it contains a forbidden phrase. */
  public Result<Complaint> reply(Actor actor, ComplaintId id, Reply reply) {
    return execute(actor, id, ComplaintCommand.reply(reply));
  }

  /** Records a follow-up contact (跟进). */
  public Result<Complaint> followUp(Actor actor, ComplaintId id, FollowUpContact contact) {
    return execute(actor, id, ComplaintCommand.followUp(contact));
  }

  /** Records the resolution (处理完毕). */
  public Result<Complaint> resolve(Actor actor, ComplaintId id, String summary) {
    return execute(actor, id, ComplaintCommand.resolve(summary));
  }

  /** Records the callback (回访). */
  public Result<Complaint> callback(Actor actor, ComplaintId id, Callback callback) {
    return execute(actor, id, ComplaintCommand.callback(callback));
  }

  /** The general manager's sign-off of a major complaint (总经理签批). */
  public Result<Complaint> signOff(Actor actor, ComplaintId id, String note) {
    return execute(actor, id, ComplaintCommand.signOff(note));
  }

  /**
   * {@link ComplaintCommand#reverseInvalid}: the office director or the service centre reverses an
   * invalid judgement within 30 days; the complaint awaits a new judgement.
   */
  public Result<Complaint> reverseInvalid(Actor actor, ComplaintId id, String reason) {
    return execute(actor, id, ComplaintCommand.reverseInvalid(reason));
  }

  /** {@link ComplaintCommand#refuseSignOff}: the general manager sends a major complaint back to handling. */
  public Result<Complaint> refuseSignOff(Actor actor, ComplaintId id, String reason) {
    return execute(actor, id, ComplaintCommand.refuseSignOff(reason));
  }

  /**
   * {@link ComplaintCommand#closeOwnerUnreachable}: the customer supervisor closes a resolved complaint
   * after unreachable callbacks on 3 different days.
   */
  public Result<Complaint> closeOwnerUnreachable(Actor actor, ComplaintId id, String reason) {
    return execute(actor, id, ComplaintCommand.closeOwnerUnreachable(reason));
  }

  /** {@link ComplaintCommand#agreeHandlingTime}: agrees (or renegotiates) a handling time with the owner. */
  public Result<Complaint> agreeHandlingTime(Actor actor, ComplaintId id, HandlingTimeAgreement agreement) {
    return execute(actor, id, ComplaintCommand.agreeHandlingTime(agreement));
  }

  /** {@link ComplaintCommand#recordComplainedAbout}: records who the complaint is about; the department head is told. */
  public Result<Complaint> recordComplainedAbout(Actor actor, ComplaintId id, ComplainedAbout about) {
    return execute(actor, id, ComplaintCommand.recordComplainedAbout(about));
  }

  /**
   * Opens a repair or incident report from the complaint (投诉转报修), e.g. a complaint about a broken
   * light, through the repair procedure's call port {@link RepairIntake}, in one transaction: the report
   * (origin {@code COMPLAINT}, for the complaint's desk, unit, owner and contact, its clocks starting
   * now) and the complaint's record of it commit together or not at all. The new report's id is the last
   * of the complaint's {@link Complaint#repairReports()}.
   *
   * @return the complaint; {@code INVALID_COMMAND} naming {@code repair} when the repair procedure is
   *     not registered; the complaint's refusal (role, state) or the report's (e.g. its role) otherwise
   */
  public Result<Complaint> openRepairReport(Actor actor, ComplaintId id, RepairCategory category, String location,
      String description) {
    Check.present("category", category);
    String where = Check.line("location", location, RepairRequest.LOCATION_LENGTH);
    String what = Check.text("description", description, RepairRequest.DESCRIPTION_LENGTH);
    Check.present("id", id);
    return k.execute(actor, route, id.value(), OptionalLong.empty(), "OPEN_REPAIR_REPORT", (c, ctx) -> {
      Optional<Rejection> no = c.repairReportRefusal(ctx.actor());
      if (no.isPresent()) {
        return Result.rejected(no.get());
      }
      Optional<RepairIntake> intake = k.port(RepairIntake.class);
      if (intake.isEmpty()) {
        return Result.rejected(ComplaintRejections.ofField(RejectionCode.INVALID_COMMAND, "repair", "repair.noProcedure"));
      }
      RepairRequest request = new RepairRequest(c.desk(), RepairOrigin.COMPLAINT, Optional.of(c.id().value()), Optional.of(c.unit()),
          Optional.of(c.owner()), where, category, what, Optional.of(c.contactName()), Optional.of(c.contactPhone()), false,
          Optional.empty(), Optional.empty());
      Result<RepairReference> opened = intake.get().open(ctx, request);
      if (!opened.isAccepted()) {
        return Result.rejected(opened.rejection().orElseThrow());
      }
      return c.recordRepairReport(opened.orElseThrow().ticketId(), ctx.actor(), ctx.clock());
    });
  }

  /** Changes the class by hand (调整类别). */
  public Result<Complaint> changeClass(Actor actor, ComplaintId id, ClassChange change) {
    return execute(actor, id, ComplaintCommand.changeClass(change));
  }

  /**
   * The complaint, if it exists and the actor may see it. A company-wide actor's read of an office's
   * complaint is journaled in that office's chain (监督查阅留痕).
   */
  public Optional<Complaint> find(Actor actor, ComplaintId id) {
    Check.present("id", id);
    return k.find(actor, route, id.value(), "read complaint");
  }

  /**
   * The office's complaints that can have activity in [from, to): registered before {@code to} and
   * not closed before {@code from}, in registration order. Empty for an office the actor may not see.
   * A company-wide actor's listing is journaled once per complaint returned.
   */
  public List<Complaint> list(Actor actor, OfficeId office, Instant from, Instant to) {
    Check.present("actor", actor);
    Check.present("office", office);
    Check.present("from", from);
    Check.present("to", to);
    Check.that(!to.isBefore(from), "to", "must not be before from");
    if (!actor.canSee(office)) {
      return List.of();
    }
    return k.read(actor, ctx -> {
      List<Complaint> found = ctx.query(route, RecordQuery.of(Complaint.TYPE.name()).office(office)
          .before("registered_at", to).atLeastOrNull("closed_at", from).orderBy("registered_at").build());
      if (actor.isCompanyWide()) {
        found.forEach(c -> ctx.journalRead(route, c, "listed complaints " + from + ".." + to));
      }
      return found;
    });
  }
}
