package org.propdesk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.ComplainedAbout;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.Department;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.HistoryEntry;
import org.propdesk.core.complaint.HandlingTimeAgreement;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalVerification;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;

/**
 * The seeded scenario runner (随机场景): random sequences of complaint commands by random actors,
 * interleaved with clock steps (minutes to weeks), each followed by the timer sweep and the outbox
 * relay, with the invariants checked after every step.
 *
 * <p>Actions: registrations (some back-dated, some over the 24-hour bound, some linked as repeats of a
 * complaint in any state), judgements (some long after the month ran out), proposed judgements,
 * replies (some with a forbidden phrase split by punctuation), follow-ups (some entered late, some
 * beyond the bound), agreed handling times, resolutions, callbacks of every outcome, sign-offs and
 * their refusals, closes for unreachable owners, reversed invalid judgements, who a complaint is about,
 * class changes, all by random roles of either office; and clock steps of minutes to weeks, each
 * followed by the sweep and the relay.
 *
 * <p>Invariants after every step: every office's journal verifies; the versions journaled for each
 * complaint run 1, 2, 3… with no gap and end at the stored version; an accepted command came from a
 * role PROCEDURES §5 gives that step and from the complaint's office (or a company-wide actor); an
 * actor of another office is told "not found"; a refused command changed nothing; a forbidden phrase
 * or an entry beyond the back-dating bound is never accepted; the first-reply deadline, the month of
 * criterion (c) and the resolution target are recomputed from the report time and match; the class
 * never decreases without an authorised {@code DOWNGRADE}; the automatic upgrade happens at most once,
 * and a valid complaint unresolved past its month is major; an overdue first reply has raised its
 * alarm; every ended day of an open complaint has a contact or a recorded miss, never both; no
 * complaint is closed, merged or made invalid but by a person's decision; a terminal complaint never
 * changes; after the relay nothing is pending and every alarm reached its audience.
 *
 * <p>The same seed always replays the same scenario. A broken invariant raises {@link
 * ScenarioFailure} naming the seed and the step, with the last steps taken; replay it with {@code
 * -Dpropdesk.seed=SEED}. Not thread-safe: one run at a time per runner.
 *
 * @since 0.1.0
 */
public final class ComplaintScenarioRunner {
  /** The system property that replays one seed. */
  public static final String SEED_PROPERTY = "propdesk.seed";

  private static final OfficeId[] OFFICES = {Fixtures.OFFICE_1, Fixtures.OFFICE_2};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

  /** Who may register, link a repeat and record who a complaint is about (PROCEDURES §5 Who handles). */
  private static final Set<Role> REGISTRARS = Set.of(Role.FRONT_DESK_CLERK, Role.CUSTOMER_SUPERVISOR, Role.PROPERTY_ASSISTANT,
      Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER);
  /** Who judges (PROCEDURES §5 Scope): never the property assistant. */
  private static final Set<Role> JUDGES = Set.of(Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE,
      Role.GENERAL_MANAGER);
  /** The triggers by which a complaint may stop being open (PROCEDURES §5 Scope, Repeat, Closing). */
  private static final Set<ComplaintTrigger> ENDINGS = Set.of(ComplaintTrigger.CALLBACK_SATISFIED, ComplaintTrigger.SIGN_OFF,
      ComplaintTrigger.CLOSE_OWNER_UNREACHABLE, ComplaintTrigger.LINK_AS_REPEAT, ComplaintTrigger.JUDGE_INVALID);
  /** Each alarm, the event type it is announced by and a role in the office that must hear it (§4-5). */
  private static final Map<ComplaintTrigger, String> ALARMS = Map.of(
      ComplaintTrigger.FIRST_REPLY_OVERDUE, "FirstReplyOverdue/CUSTOMER_SUPERVISOR",
      ComplaintTrigger.FOLLOW_UP_MISSED, "FollowUpMissed/CUSTOMER_SUPERVISOR",
      ComplaintTrigger.JUDGEMENT_OVERDUE, "JudgementOverdue/OFFICE_DIRECTOR",
      ComplaintTrigger.AGREED_TIME_PASSED, "AgreedTimePassed/CUSTOMER_SUPERVISOR",
      ComplaintTrigger.RESOLUTION_TARGET_MISSED, "ResolutionTargetMissed/OFFICE_DIRECTOR");
  /** Who speaks to the owner. */
  private static final Set<Role> CONTACTS = Set.of(Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR,
      Role.DEPARTMENT_HEAD, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER);

  private final Supplier<Storage> storages;

  private ComplaintScenarioRunner(Supplier<Storage> storages) {
    this.storages = storages;
  }

  /** A runner that gives each scenario a fresh storage from {@code storages}. */
  public static ComplaintScenarioRunner onStorage(Supplier<Storage> storages) {
    return new ComplaintScenarioRunner(storages);
  }

  /**
   * What a scenario did.
   *
   * @param seed the seed
   * @param steps steps taken
   * @param complaints complaints registered
   * @param accepted commands accepted
   * @param rejected commands rejected
   * @param autoUpgrades complaints upgraded by criterion (c)
   * @param closed complaints no longer open at the end: closed, invalid or merged
   */
  public record Outcome(long seed, int steps, int complaints, int accepted, int rejected, int autoUpgrades, int closed) {}

  /**
   * Runs one scenario.
   *
   * @throws ScenarioFailure when an invariant breaks
   */
  public Outcome run(long seed, int steps) {
    return new Run(seed).go(steps);
  }

  /**
   * Runs one scenario, then hands its facade (whose clock stands at the scenario's end) to {@code
   * after}, e.g. to build a report over what the scenario left in the storage.
   *
   * @throws ScenarioFailure when an invariant breaks
   */
  public <T> T runThen(long seed, int steps, java.util.function.Function<PropDesk, T> after) {
    Run run = new Run(seed);
    run.go(steps);
    return after.apply(run.desk);
  }

  private final class Run {
    private final long seed;
    private final SplittableRandom random;
    private final MutableClock clock = MutableClock.at(START, Fixtures.ZONE);
    private final PropDesk desk;
    private final List<ComplaintId> ids = new ArrayList<>();
    private final Map<ComplaintId, Complaint> previous = new HashMap<>();
    private final Map<ComplaintId, Long> journaledVersion = new HashMap<>();
    private final Map<OfficeId, Long> journalSeen = new HashMap<>();
    private final Deque<String> trail = new ArrayDeque<>();
    private final Map<ComplaintId, Instant> reportedAt = new HashMap<>();
    private final RecordingNotifier notifier = RecordingNotifier.create();
    private final Map<ComplaintId, String> followUpChecked = new HashMap<>();
    private Instant lastSweep = START;
    private int accepted;
    private int rejected;

    Run(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storages.get())
          .notifier(notifier).directory(Fixtures.directory()).build();
    }

    Outcome go(int steps) {
      int step = 0;
      try {
        for (step = 1; step <= steps; step++) {
          String what = step();
          trail.addLast(step + ": " + what);
          if (trail.size() > 15) {
            trail.removeFirst();
          }
          check();
        }
      } catch (RuntimeException | AssertionError e) {
        throw new ScenarioFailure(seed, "scenario seed=" + seed + " failed at step " + step + ": " + e.getMessage()
            + "\nlast steps:\n  " + String.join("\n  ", trail)
            + "\nreplay with -D" + SEED_PROPERTY + "=" + seed, e);
      }
      List<Complaint> all = all();
      return new Outcome(seed, steps, ids.size(), accepted, rejected,
          (int) all.stream().filter(Complaint::autoUpgraded).count(),
          (int) all.stream().filter(c -> !c.isOpen()).count());
    }

    private String step() {
      int dice = random.nextInt(100);
      if (ids.isEmpty() || dice < 16) {
        return register();
      }
      if (dice < 30) {
        return advanceClock();
      }
      ComplaintId id = ids.get(random.nextInt(ids.size()));
      Complaint before = previous.get(id);
      OfficeId office = before.office();
      Actor actor = randomActor(office);
      Result<Complaint> r;
      String what;
      Set<Role> allowed;
      boolean mustFail = false;
      try {
        if (dice < 38) {
          boolean valid = random.nextInt(10) > 1;
          what = "judge " + (valid ? "valid" : "invalid");
          allowed = JUDGES;
          r = desk.complaints().judge(actor, id, valid
              ? Judgement.valid(random.nextBoolean(), random.nextInt(10) == 0)
              : Judgement.invalid("outside the company's responsibility"));
        } else if (dice < 40) {
          what = "propose a judgement";
          allowed = Set.of(Role.PROPERTY_ASSISTANT);
          r = desk.complaints().proposeJudgement(actor, id, Judgement.valid(random.nextBoolean(), false));
        } else if (dice < 50) {
          boolean rude = random.nextInt(15) == 0;
          mustFail = rude;
          what = "reply" + (rude ? " (forbidden phrase)" : "");
          allowed = CONTACTS;
          r = desk.complaints().reply(actor, id, Reply.of(rude ? "这个我不.知.道" : "A technician will come within the hour."));
        } else if (dice < 60) {
          boolean late = random.nextInt(4) == 0;
          Instant at = late ? clock.instant().minus(Duration.ofMinutes(1 + random.nextInt(36 * 60))) : clock.instant();
          mustFail = late && at.isBefore(clock.instant().minus(Complaint.MAX_BACKDATING));
          what = "follow-up" + (late ? " entered late for " + at : "");
          allowed = CONTACTS;
          r = desk.complaints().followUp(actor, id, FollowUpContact.at(ContactChannel.values()[random.nextInt(3)], at, "Waiting."));
        } else if (dice < 64) {
          Instant due = clock.instant().plus(Duration.ofHours(1 + random.nextInt(96)));
          what = "agree handling time " + due;
          allowed = CONTACTS;
          r = desk.complaints().agreeHandlingTime(actor, id, new HandlingTimeAgreement(due, "Parts are on order."));
        } else if (dice < 72) {
          what = "resolve";
          allowed = Set.of(Role.PROPERTY_ASSISTANT, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER);
          r = desk.complaints().resolve(actor, id, "Fixed on site.");
        } else if (dice < 81) {
          CallbackOutcome o = CallbackOutcome.values()[random.nextInt(3)];
          what = "callback " + o;
          allowed = Set.of(Role.FRONT_DESK_CLERK, Role.CUSTOMER_SUPERVISOR, Role.SERVICE_CENTRE);
          r = desk.complaints().callback(actor, id, new Callback(o, "Called the owner."));
        } else if (dice < 84) {
          boolean refuse = random.nextBoolean();
          what = refuse ? "refuse sign-off" : "sign-off";
          allowed = Set.of(Role.GENERAL_MANAGER);
          r = refuse ? desk.complaints().refuseSignOff(actor, id, "The owner's loss is not yet settled.")
              : desk.complaints().signOff(actor, id, "Closed after review.");
        } else if (dice < 86) {
          what = "close, owner unreachable";
          allowed = Set.of(Role.CUSTOMER_SUPERVISOR);
          r = desk.complaints().closeOwnerUnreachable(actor, id, "Three calls on three days went unanswered.");
        } else if (dice < 88) {
          what = "reverse invalid";
          allowed = Set.of(Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE);
          r = desk.complaints().reverseInvalid(actor, id, "The owner showed it is our matter.");
        } else if (dice < 90) {
          Department d = Department.values()[random.nextInt(Department.values().length)];
          what = "complained about " + d;
          allowed = REGISTRARS;
          r = desk.complaints().recordComplainedAbout(actor, id, ComplainedAbout.department(d));
        } else {
          ComplaintClass target = ComplaintClass.values()[random.nextInt(3)];
          boolean reason = random.nextInt(4) > 0;
          boolean down = before.complaintClass().filter(c -> c.isAbove(target)).isPresent();
          what = "class → " + target + (reason ? " with reason" : "");
          allowed = down ? Set.of(Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER)
              : Set.of(Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR, Role.SERVICE_CENTRE, Role.GENERAL_MANAGER);
          r = desk.complaints().changeClass(actor, id, reason ? ClassChange.to(target, "re-assessed") : ClassChange.upTo(target));
        }
      } catch (StaleVersionException e) {
        throw new AssertionError("a single writer met a stale version: " + e.getMessage(), e);
      }
      count(r);
      String done = what + " on " + id + " by " + actor.roles() + actor.office().map(o -> "@" + o).orElse("") + " -> " + outcome(r);
      checkAuthority(r, actor, office, allowed, mustFail, done);
      if (!r.isAccepted()) {
        Complaint stored = desk.complaints().find(Fixtures.director(office), id).orElseThrow();
        require(stored.equals(before), "a refused command changed " + id + ": " + done);
      }
      return done;
    }

    /**
     * PROCEDURES §0, §4-5: a command is accepted only for an actor of the complaint's office (or a
     * company-wide one) holding a role §5 gives that step; a cross-office actor is told "not found"; a
     * forbidden phrase or an entry beyond the back-dating bound is always refused.
     */
    private void checkAuthority(Result<Complaint> r, Actor actor, OfficeId office, Set<Role> allowed, boolean mustFail,
        String done) {
      boolean foreign = !actor.isCompanyWide() && !actor.office().equals(java.util.Optional.of(office));
      if (foreign) {
        require(!r.isAccepted() && r.rejection().orElseThrow().code() == RejectionCode.NOT_FOUND,
            "an actor of another office was not told 'not found': " + done);
      }
      if (r.isAccepted()) {
        require(actor.roles().stream().anyMatch(allowed::contains), "accepted from a role §5 does not allow: " + done);
        require(!mustFail, "accepted although it must be refused: " + done);
      }
    }

    private String register() {
      OfficeId office = OFFICES[random.nextInt(OFFICES.length)];
      int unit = 1 + random.nextInt(6);
      Actor actor = randomActor(office);
      Registration.Builder b = Fixtures.registration(office, unit)
          .channel(Channel.values()[random.nextInt(Channel.values().length)])
          .category(ComplaintCategory.values()[random.nextInt(3)])
          .concernsContractedService(random.nextBoolean());
      String extra = "";
      Complaint original = null;
      if (!ids.isEmpty() && random.nextInt(4) == 0) {
        original = previous.get(ids.get(random.nextInt(ids.size())));
        b.repeatOf(original.id());
        extra += " repeating " + original.id() + " (" + original.state() + ")";
      }
      Instant reported = clock.instant();
      if (random.nextInt(5) == 0) {
        reported = clock.instant().minus(Duration.ofMinutes(random.nextInt(26 * 60)));
        b.reportedAt(reported);
        extra += " reported " + reported;
      }
      int before = ids.size();
      Result<Complaint> r = desk.complaints().register(actor, b.build());
      count(r);
      String done = "register in " + office + " unit " + unit + extra + " by " + actor.roles() + " -> " + outcome(r);
      boolean tooOld = reported.isBefore(clock.instant().minus(Complaint.MAX_BACKDATING));
      checkAuthority(r, actor, office, REGISTRARS, tooOld, done);
      if (original != null && r.isAccepted()) {
        require(original.office().equals(office) && original.takesRepeatsAt(clock.instant()),
            "a repeat of " + original.id() + " in state " + original.state() + " was accepted: " + done);
      }
      r.value().ifPresent(c -> {
        ids.add(c.id());
        previous.put(c.id(), c);
      });
      if (r.isAccepted()) {
        reportedAt.put(r.orElseThrow().id(), reported.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
      } else {
        require(all().size() == before, "a refused registration stored a complaint: " + done);
      }
      return done;
    }

    private String advanceClock() {
      int kind = random.nextInt(10);
      Duration d = kind < 6 ? Duration.ofMinutes(1 + random.nextInt(30))
          : kind < 9 ? Duration.ofHours(1 + random.nextInt(26)) : Duration.ofDays(5 + random.nextInt(30));
      clock.advance(d);
      var timers = desk.timers().runDue();
      lastSweep = clock.instant();
      var relay = desk.outbox().deliverDue();
      checkOutbox();
      return "clock +" + d + " -> " + timers + " " + relay;
    }

    private Actor randomActor(OfficeId office) {
      int pick = random.nextInt(10);
      if (pick == 0) {
        return Fixtures.generalManager();
      }
      if (pick == 1) {
        return Fixtures.serviceCentre();
      }
      OfficeId o = random.nextInt(10) == 0 ? OFFICES[random.nextInt(OFFICES.length)] : office;
      Role[] roles = {Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT, Role.CUSTOMER_SUPERVISOR, Role.OFFICE_DIRECTOR,
          Role.SECURITY_GUARD, Role.DEPARTMENT_HEAD, Role.FRONT_DESK_CLERK, Role.PROPERTY_ASSISTANT};
      return Fixtures.actor(o, roles[random.nextInt(roles.length)]);
    }

    private void count(Result<Complaint> r) {
      if (r.isAccepted()) {
        accepted++;
      } else {
        rejected++;
      }
    }

    private String outcome(Result<Complaint> r) {
      return r.isAccepted() ? "ok v" + r.orElseThrow().version() + " " + r.orElseThrow().state()
          : "rejected " + r.rejection().orElseThrow().code();
    }

    private List<Complaint> all() {
      List<Complaint> out = new ArrayList<>();
      for (OfficeId o : OFFICES) {
        out.addAll(desk.complaints().list(Fixtures.director(o), o, Instant.EPOCH, FAR));
      }
      return out;
    }

    private void check() {
      for (OfficeId o : OFFICES) {
        JournalVerification v = desk.audit().verify(o);
        require(v.intact(), "journal of " + o + " broken at " + v.firstBrokenSeq() + ": " + v.problem());
        checkJournaledVersions(o);
      }
      Instant now = clock.instant();
      for (Complaint c : all()) {
        Complaint before = previous.get(c.id());
        require(before != null, "unknown complaint " + c.id());
        require(c.version() == journaledVersion.getOrDefault(c.id(), 0L),
            c.id() + " stored at v" + c.version() + " but journaled up to v" + journaledVersion.get(c.id()));
        if (before.isTerminal()) {
          require(c.equals(before), "terminal complaint " + c.id() + " changed: " + before + " -> " + c);
        }
        require(c.version() >= before.version(), c.id() + " version went back");
        if (c.complaintClass().isPresent() && before.complaintClass().isPresent()
            && before.complaintClass().get().isAbove(c.complaintClass().get())) {
          boolean downgraded = c.history().subList(before.history().size(), c.history().size()).stream()
              .anyMatch(h -> h.records(ComplaintTrigger.DOWNGRADE));
          require(downgraded, c.id() + " class fell from " + before.complaintClass().get() + " to "
              + c.complaintClass().get() + " without an authorised downgrade");
        }
        long autoUpgrades = c.history().stream().filter(h -> h.records(ComplaintTrigger.AUTO_UPGRADE)).count();
        require(autoUpgrades <= 1, c.id() + " was upgraded automatically " + autoUpgrades + " times");
        // every clock is recomputed here from the report time the runner gave (PROCEDURES §4), never read
        // from the complaint
        Instant reported = reportedAt.get(c.id());
        require(reported != null && reported.equals(c.registeredAt()),
            c.id() + " runs its clocks from " + c.registeredAt() + ", not from the reported " + reported);
        Instant deadline = reported.plus(Duration.ofMinutes(15));
        // criterion (c), PROCEDURES §5: a valid complaint not resolved within one calendar month of its
        // report (in the office's zone) is major, whatever its state when the month ran out
        Instant monthEnd = reported.atZone(Fixtures.ZONE).plusMonths(1).toInstant();
        boolean valid = c.complaintClass().isPresent();
        boolean resolvedInTime = c.resolvedAt().filter(r -> r.isBefore(monthEnd)).isPresent()
            && c.state() != ComplaintState.IN_HANDLING;
        if (valid && !now.isBefore(monthEnd) && !resolvedInTime) {
          require(c.autoUpgraded() && c.complaintClass().orElseThrow() == ComplaintClass.MAJOR
                  || c.history().stream().anyMatch(h -> h.records(ComplaintTrigger.DOWNGRADE)),
              c.id() + " is valid and unresolved a month after " + c.registeredAt() + " but is not major");
        }
        // the alarm is the sweep's: it has sounded once a sweep ran after the deadline and the entry (a
        // back-dated registration may be entered after its deadline)
        if (lastSweep.isAfter(deadline) && lastSweep.isAfter(c.history().get(0).at()) && c.firstReplyAt().isEmpty()
            && (c.state() == ComplaintState.REGISTERED || c.state() == ComplaintState.IN_HANDLING)) {
          require(c.firstReplyOverdue(), c.id() + " has no first reply after its deadline and no alarm");
        }
        checkDeadlines(c, reported);
        checkEndsDecidedByAPersonOrARule(c);
        String key = c.version() + "@" + now;
        if (!key.equals(followUpChecked.get(c.id()))) {
          checkEveryOpenDayHasAContactXorAMiss(c, now);
          followUpChecked.put(c.id(), key);
        }
        previous.put(c.id(), c);
      }
    }

    /** The deadlines of PROCEDURES §4-5 from the report time: 15 minutes, one month, and the class's target. */
    private void checkDeadlines(Complaint c, Instant reported) {
      require(c.firstReplyDeadline().equals(reported.plus(Duration.ofMinutes(15))), c.id() + " first-reply deadline "
          + c.firstReplyDeadline() + " is not 15 minutes after " + reported);
      require(c.upgradeDue().equals(reported.atZone(Fixtures.ZONE).plusMonths(1).toInstant()),
          c.id() + " upgrade due " + c.upgradeDue() + " is not one calendar month after " + reported);
      c.complaintClass().ifPresent(cls -> {
        Instant target = switch (cls) {
          case GENERAL -> reported.atZone(Fixtures.ZONE).toLocalDate().plusDays(1).atStartOfDay(Fixtures.ZONE).toInstant();
          case IMPORTANT -> reported.plus(Duration.ofDays(3));
          case MAJOR -> reported.plus(Duration.ofDays(7));
        };
        require(c.resolutionTarget().equals(java.util.Optional.of(target)),
            c.id() + " (" + cls + ") resolution target " + c.resolutionTarget() + " is not " + target);
      });
    }

    /**
     * PROCEDURES §5 Closing: a complaint is closed, merged or judged invalid only by a person's decision
     * (a satisfied callback, the general manager's sign-off, the supervisor's close for an unreachable
     * owner, the clerk's link, a judge's invalid judgement), never by the sweep.
     */
    private void checkEndsDecidedByAPersonOrARule(Complaint c) {
      ComplaintState state = ComplaintState.REGISTERED;
      for (HistoryEntry h : c.history()) {
        if (h.to() != state && !h.to().isOpen()) {
          require(h.trigger().filter(ENDINGS::contains).isPresent() && !h.by().equals(Actor.system().staffId()),
              c.id() + " reached " + h.to() + " by " + h.trigger() + " of " + h.by());
        }
        state = h.to();
      }
    }

    /**
     * PROCEDURES §4: every ended day after the day of the report at whose end the complaint was
     * registered or in handling has a contact with the owner or a recorded miss, never both; and a miss
     * is recorded only for such a day.
     */
    private void checkEveryOpenDayHasAContactXorAMiss(Complaint c, Instant now) {
      java.time.ZoneId zone = Fixtures.ZONE;
      java.time.LocalDate today = now.atZone(zone).toLocalDate();
      Set<java.time.LocalDate> missed = new java.util.HashSet<>(c.missedFollowUpDays());
      require(missed.size() == c.missedFollowUpDays().size(), c.id() + " records a missed day twice: " + c.missedFollowUpDays());
      // any recorded exchange with the owner that day counts (PROCEDURES §4): a reply, a follow-up, a
      // callback that reached them; the day is the office's
      Set<java.time.LocalDate> contactDays = new java.util.HashSet<>();
      c.contacts().forEach(x -> contactDays.add(x.at().atZone(zone).toLocalDate()));
      c.callbacks().stream().filter(x -> x.outcome() != CallbackOutcome.UNREACHABLE)
          .forEach(x -> contactDays.add(x.at().atZone(zone).toLocalDate()));
      List<HistoryEntry> history = c.history();
      int i = 0;
      ComplaintState state = ComplaintState.REGISTERED;
      for (java.time.LocalDate day = c.registeredDate().plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
        Instant lastMilli = day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        while (i < history.size() && !history.get(i).at().isAfter(lastMilli)) {
          state = history.get(i++).to();
        }
        boolean needed = state == ComplaintState.REGISTERED || state == ComplaintState.IN_HANDLING;
        boolean contact = contactDays.contains(day);
        if (needed) {
          require(contact != missed.contains(day), c.id() + " on " + day + " (" + state + "): contact=" + contact
              + ", recorded miss=" + missed.contains(day) + " (exactly one expected)");
        } else {
          require(!missed.contains(day), c.id() + " records a miss on " + day + " when it was " + state);
        }
      }
    }

    /**
     * After the relay every message is delivered (the recording notifier never fails), and every alarm
     * in a complaint's history reached its audience (PROCEDURES §4-5 Timers).
     */
    private void checkOutbox() {
      require(desk.outbox().counts().getOrDefault(org.propdesk.core.spi.OutboxMessage.Status.PENDING, 0L) == 0,
          "messages left pending after the relay: " + desk.outbox().counts());
      Map<String, Long> told = new HashMap<>();
      for (org.propdesk.core.spi.Notification n : notifier.deliveries()) {
        n.role().filter(r -> r == Role.CUSTOMER_SUPERVISOR || r == Role.OFFICE_DIRECTOR)
            .ifPresent(r -> told.merge(n.aggregateId() + "/" + n.eventType() + "/" + r, 1L, Long::sum));
      }
      for (Complaint c : all()) {
        for (Map.Entry<ComplaintTrigger, String> alarm : ALARMS.entrySet()) {
          long raised = c.history().stream().filter(h -> h.records(alarm.getKey())).count();
          String[] heard = alarm.getValue().split("/");
          long delivered = told.getOrDefault(c.id() + "/" + heard[0] + "/" + heard[1], 0L);
          require(delivered == raised, c.id() + " raised " + raised + " " + alarm.getKey() + " but " + heard[1] + " heard of "
              + delivered);
        }
      }
    }

    private long journaledVersion(String payload) {
      try {
        JsonNode version = JSON.readTree(payload).path("version");
        require(version.canConvertToLong(), "journal payload without a version: " + payload);
        return version.asLong();
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new AssertionError("journal payload is not JSON: " + ex.getOriginalMessage(), ex);
      }
    }

    private void checkJournaledVersions(OfficeId office) {
      long from = journalSeen.getOrDefault(office, 0L) + 1;
      while (true) {
        List<JournalEntry> page = desk.audit().entries(office, from, 1000);
        for (JournalEntry e : page) {
          if (e.draft().aggregateType().equals(Complaint.TYPE.name()) && !e.draft().action().equals("READ")) {
            ComplaintId id = ComplaintId.of(e.draft().aggregateId());
            long v = journaledVersion(e.draft().payload());
            long last = journaledVersion.getOrDefault(id, 0L);
            require(v == last + 1, id + " journaled v" + v + " after v" + last + " (versions must grow by one)");
            journaledVersion.put(id, v);
          }
          journalSeen.put(office, e.seq());
        }
        if (page.size() < 1000) {
          return;
        }
        from = page.get(page.size() - 1).seq() + 1;
      }
    }

    private void require(boolean ok, String message) {
      if (!ok) {
        throw new AssertionError(message);
      }
    }
  }
}
