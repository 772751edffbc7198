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
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaleVersionException;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ComplaintTrigger;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
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
 * <p>Invariants: every office's journal verifies; the versions journaled for each complaint run 1, 2,
 * 3… with no gap and end at the stored version; the class never decreases without an authorised
 * {@code DOWNGRADE}; the automatic upgrade happens at most once, and has happened for every complaint
 * that was in handling at its upgrade instant and is still open; a first reply that is overdue has
 * raised its alarm; a terminal complaint never changes.
 *
 * <p>The same seed always replays the same scenario. A broken invariant raises {@link
 * ScenarioFailure} naming the seed and the step, with the last steps taken; replay it with {@code
 * -Dpropdesk.seed=SEED}. Not thread-safe: one run at a time per runner.
 */
public final class ComplaintScenarioRunner {
  /** The system property that replays one seed. */
  public static final String SEED_PROPERTY = "propdesk.seed";

  private static final OfficeId[] OFFICES = {Fixtures.OFFICE_1, Fixtures.OFFICE_2};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

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
    private int accepted;
    private int rejected;

    Run(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(storages.get())
          .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
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
      if (ids.isEmpty() || dice < 18) {
        return register();
      }
      if (dice < 33) {
        return advanceClock();
      }
      ComplaintId id = ids.get(random.nextInt(ids.size()));
      OfficeId office = previous.get(id).office();
      Actor actor = randomActor(office);
      Result<Complaint> r;
      String what;
      try {
        if (dice < 45) {
          boolean valid = random.nextInt(10) > 1;
          what = "judge " + (valid ? "valid" : "invalid");
          r = desk.complaints().judge(actor, id, valid
              ? Judgement.valid(random.nextBoolean(), random.nextInt(10) == 0)
              : Judgement.invalid("outside the company's responsibility"));
        } else if (dice < 57) {
          boolean rude = random.nextInt(20) == 0;
          what = "reply" + (rude ? " (forbidden phrase)" : "");
          r = desk.complaints().reply(actor, id, Reply.of(rude ? "这个我不知道" : "A technician will come within the hour."));
        } else if (dice < 69) {
          what = "follow-up";
          r = desk.complaints().followUp(actor, id, FollowUpContact.now(ContactChannel.values()[random.nextInt(3)], "Waiting."));
        } else if (dice < 78) {
          what = "resolve";
          r = desk.complaints().resolve(actor, id, "Fixed on site.");
        } else if (dice < 88) {
          CallbackOutcome o = CallbackOutcome.values()[random.nextInt(3)];
          what = "callback " + o;
          r = desk.complaints().callback(actor, id, new Callback(o, "Called the owner."));
        } else if (dice < 92) {
          what = "sign-off";
          r = desk.complaints().signOff(actor, id, "Closed after review.");
        } else {
          ComplaintClass target = ComplaintClass.values()[random.nextInt(3)];
          boolean reason = random.nextInt(4) > 0;
          what = "class → " + target + (reason ? " with reason" : "");
          r = desk.complaints().changeClass(actor, id, reason ? ClassChange.to(target, "re-assessed") : ClassChange.upTo(target));
        }
      } catch (StaleVersionException e) {
        throw new AssertionError("a single writer met a stale version: " + e.getMessage(), e);
      }
      count(r);
      return what + " on " + id + " by " + actor.roles() + " -> " + outcome(r);
    }

    private String register() {
      OfficeId office = OFFICES[random.nextInt(OFFICES.length)];
      int unit = 1 + random.nextInt(6);
      Result<Complaint> r = desk.complaints().register(randomActor(office), Fixtures.registration(office, unit)
          .channel(Channel.values()[random.nextInt(Channel.values().length)])
          .category(ComplaintCategory.values()[random.nextInt(3)])
          .concernsContractedService(random.nextBoolean())
          .build());
      count(r);
      r.value().ifPresent(c -> {
        ids.add(c.id());
        previous.put(c.id(), c);
      });
      return "register in " + office + " unit " + unit + " -> " + outcome(r);
    }

    private String advanceClock() {
      int kind = random.nextInt(10);
      Duration d = kind < 6 ? Duration.ofMinutes(1 + random.nextInt(30))
          : kind < 9 ? Duration.ofHours(1 + random.nextInt(26)) : Duration.ofDays(5 + random.nextInt(30));
      clock.advance(d);
      var timers = desk.timers().runDue();
      var relay = desk.outbox().deliverDue();
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
        // criterion (c), PROCEDURES §5: a valid complaint not resolved within one calendar month of its
        // report (in the office's zone) is major, whatever its state when the month ran out
        Instant monthEnd = c.registeredAt().atZone(c.zone()).plusMonths(1).toInstant();
        boolean valid = c.complaintClass().isPresent();
        boolean resolvedInTime = c.resolvedAt().filter(r -> r.isBefore(monthEnd)).isPresent()
            && c.state() != ComplaintState.IN_HANDLING;
        if (valid && !now.isBefore(monthEnd) && !resolvedInTime) {
          require(c.autoUpgraded() && c.complaintClass().orElseThrow() == ComplaintClass.MAJOR
                  || c.history().stream().anyMatch(h -> h.records(ComplaintTrigger.DOWNGRADE)),
              c.id() + " is valid and unresolved a month after " + c.registeredAt() + " but is not major");
        }
        if (now.isAfter(c.firstReplyDeadline()) && c.firstReplyAt().isEmpty()
            && (c.state() == ComplaintState.REGISTERED || c.state() == ComplaintState.IN_HANDLING)) {
          require(c.firstReplyOverdue(), c.id() + " has no first reply after its deadline and no alarm");
        }
        previous.put(c.id(), c);
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
