package org.propdesk.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.Result;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.service.ChargeRequest;
import org.propdesk.core.service.PaymentMethod;
import org.propdesk.core.service.PriceItem;
import org.propdesk.core.service.PriceListDraft;
import org.propdesk.core.service.QuoteDraft;
import org.propdesk.core.service.QuoteLineDraft;
import org.propdesk.core.service.ServiceKind;
import org.propdesk.core.service.ServiceOrder;
import org.propdesk.core.service.ServiceOrderEvent;
import org.propdesk.core.service.ServiceOrderId;
import org.propdesk.core.service.ServiceRating;
import org.propdesk.core.service.ServiceRequest;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.ticket.CallbackSampling;
import org.propdesk.core.ticket.OwnerRating;
import org.propdesk.core.ticket.PauseReason;
import org.propdesk.core.ticket.Ticket;
import org.propdesk.core.ticket.TicketId;
import org.propdesk.core.ticket.TicketPolicies;
import org.propdesk.core.ticket.TicketState;
import org.propdesk.core.ticket.port.RepairCategory;
import org.propdesk.core.ticket.port.RepairRequest;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.ServiceDesk;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.TicketDesk;
import org.propdesk.workflows.ticket.Tickets;

/**
 * The seeded scenario runner of repair reports and special services (报事报修与特约服务随机场景): each
 * seed drives a month of an office's life through the facade (reports registered, answered,
 * dispatched, transferred, paused, resumed, completed, signed off, called back, rejected; orders
 * requested, quoted, consented or refused, scheduled, done, charged and retried; the clock advancing
 * and the sweep running), with forbidden and out-of-turn moves mixed in, and checks after every step
 * (the records the step touched; every record after a sweep and every 25 steps):
 *
 * <ul>
 *   <li>clocks never run while paused: a paused report has no running deadline, and a running one's
 *       deadline is its start plus 24 hours plus the pauses the runner itself timed (an oracle kept
 *       apart from the code under test);
 *   <li>each charge happens at most once, for the consented total, however often it is retried;
 *   <li>no work starts without consent: no order and no paid report starts before the owner signed;
 *   <li>a refused command changes nothing;
 *   <li>the journal verifies.
 * </ul>
 *
 * <p>A failure throws {@link ScenarioFailure} naming the seed, the step and the last steps; replay it
 * with {@code -Dpropdesk.seed=N}. The same seed on any storage gives the same outcome. Not
 * thread-safe; one run at a time per instance.
 *
 * @since 0.1.0
 */
public final class RepairScenarioRunner {
  private static final Instant START = LocalDateTime.parse("2026-03-02T08:00").atZone(Fixtures.ZONE).toInstant();
  private static final Duration RESOLUTION = Duration.ofHours(24);

  private final Supplier<Storage> storages;

  private RepairScenarioRunner(Supplier<Storage> storages) {
    this.storages = storages;
  }

  /** A runner that gives each scenario a fresh storage from {@code storages}. */
  public static RepairScenarioRunner onStorage(Supplier<Storage> storages) {
    return new RepairScenarioRunner(storages);
  }

  /**
   * What a scenario did.
   *
   * @param seed the seed
   * @param steps steps taken
   * @param tickets reports registered
   * @param orders special-service orders (paid repairs' included)
   * @param accepted commands accepted
   * @param rejected commands rejected
   * @param pauses pauses that were resumed
   * @param charges charges made (retries not counted)
   * @param reopened reports reopened by an unsatisfied callback
   * @param closed reports closed
   */
  public record Outcome(long seed, int steps, int tickets, int orders, int accepted, int rejected, int pauses, int charges,
      int reopened, int closed) {}

  /**
   * Runs one scenario.
   *
   * @throws ScenarioFailure when an invariant breaks
   */
  public Outcome run(long seed, int steps) {
    return new Run(seed).go(steps);
  }

  /**
   * Runs one scenario, then hands its facade (its clock at the scenario's end) to {@code after}.
   *
   * @throws ScenarioFailure when an invariant breaks
   */
  public <T> T runThen(long seed, int steps, Function<PropDesk, T> after) {
    Run run = new Run(seed);
    run.go(steps);
    return after.apply(run.desk);
  }

  /** The runner's own record of a report's resolution clock: when it started and the pauses it timed. */
  private static final class Clocked {
    Instant start;
    Duration paused = Duration.ZERO;
    Optional<Instant> pausedSince = Optional.empty();

    Clocked(Instant start) {
      this.start = start;
    }
  }

  private final class Run {
    private final long seed;
    private final SplittableRandom random;
    private final MutableClock clock = MutableClock.at(START, Fixtures.ZONE);
    private final Procedure<TicketDesk> tickets;
    private final PropDesk desk;
    private final TicketDesk repairs;
    private final ServiceDesk services;
    private final List<TicketId> ticketIds = new ArrayList<>();
    private final List<ServiceOrderId> orderIds = new ArrayList<>();
    private final Map<TicketId, Clocked> clocks = new HashMap<>();
    private final Map<ServiceOrderId, Integer> charges = new HashMap<>();
    private final Map<ServiceOrderId, String> chargeKeys = new HashMap<>();
    private final Deque<String> trail = new ArrayDeque<>();
    /** What this step touched; every record is checked after a sweep and every 25 steps. */
    private final java.util.Set<TicketId> touchedTickets = new java.util.HashSet<>();
    private final java.util.Set<ServiceOrderId> touchedOrders = new java.util.HashSet<>();
    private boolean swept;
    private int step;
    private int accepted;
    private int rejected;
    private int pauses;
    private int reopened;

    Run(long seed) {
      this.seed = seed;
      this.random = new SplittableRandom(seed);
      this.tickets = Tickets.procedure(TicketPolicies.practiceDefaults().withSampling(CallbackSampling.tenPercentWeekly(seed)),
          java.util.Locale.SIMPLIFIED_CHINESE);
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.seeded(seed)).storage(storages.get())
          .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(tickets).procedure(Services.PROCEDURE).build();
      this.repairs = desk.procedure(tickets);
      this.services = desk.procedure(Services.PROCEDURE);
    }

    Outcome go(int steps) {
      try {
        for (OfficeId office : List.of(Fixtures.OFFICE_1, Fixtures.OFFICE_2)) {
          services.publishPriceList(Fixtures.director(office), office, new PriceListDraft(clock.instant(), List.of(
              new PriceItem("WD-01", "更换水龙头", "个", Money.parse("35.00"), ServiceKind.REPAIR),
              new PriceItem("EL-02", "更换插座", "个", Money.parse("12.35"), ServiceKind.REPAIR),
              new PriceItem("CL-01", "全屋保洁", "次", Money.parse("120.00"), ServiceKind.CLEANING)), "首版")).orElseThrow();
        }
        for (step = 1; step <= steps; step++) {
          touchedTickets.clear();
          touchedOrders.clear();
          swept = false;
          act();
          check(swept || step % 25 == 0 || step == steps);
        }
        for (OfficeId office : List.of(Fixtures.OFFICE_1, Fixtures.OFFICE_2)) {
          if (!desk.audit().verify(office).intact()) {
            throw new IllegalStateException("the journal of " + office + " does not verify: " + desk.audit().verify(office));
          }
        }
      } catch (ScenarioFailure f) {
        throw f;
      } catch (RuntimeException | AssertionError e) {
        throw new ScenarioFailure(seed, "seed " + seed + " failed at step " + step + " (replay with -Dpropdesk.seed=" + seed
            + "): " + e.getMessage() + "\nlast steps:\n  " + String.join("\n  ", trail), e);
      }
      int closed = (int) ticketIds.stream().map(this::ticket).filter(t -> t.state() == TicketState.CLOSED).count();
      return new Outcome(seed, steps, ticketIds.size(), orderIds.size(), accepted, rejected, pauses,
          charges.values().stream().mapToInt(Integer::intValue).sum(), reopened, closed);
    }

    private void note(String what) {
      trail.addLast(step + ": " + what);
      if (trail.size() > 12) {
        trail.removeFirst();
      }
    }

    private OfficeId office() {
      return random.nextBoolean() ? Fixtures.OFFICE_1 : Fixtures.OFFICE_2;
    }

    private Ticket ticket(TicketId id) {
      return repairs.find(Fixtures.supervisor(Fixtures.OFFICE_1), id)
          .or(() -> repairs.find(Fixtures.supervisor(Fixtures.OFFICE_2), id)).orElseThrow();
    }

    private ServiceOrder order(ServiceOrderId id) {
      return services.find(Fixtures.supervisor(Fixtures.OFFICE_1), id)
          .or(() -> services.find(Fixtures.supervisor(Fixtures.OFFICE_2), id)).orElseThrow();
    }

    private <T> Optional<T> pick(List<T> from) {
      return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
    }

    /** Runs a command and checks that a refusal changed nothing. */
    private <A> Result<A> attempt(String what, Supplier<Long> version, Supplier<Result<A>> command) {
      long before = version.get();
      Result<A> r = command.get();
      note(what + (r.isAccepted() ? "" : " -> " + r.rejection().orElseThrow().code()));
      if (r.isAccepted()) {
        accepted++;
      } else {
        rejected++;
        if (version.get() != before) {
          throw new AssertionError("a refused " + what + " changed the record");
        }
      }
      return r;
    }

    private void act() {
      int dice = random.nextInt(100);
      Optional<TicketId> some = pick(ticketIds);
      Optional<ServiceOrderId> anOrder = pick(orderIds);
      if (dice < 12 || some.isEmpty()) {
        register();
      } else if (dice < 18 && anOrder.isPresent()) {
        orderStep(anOrder.get());
      } else if (dice < 22) {
        request();
      } else if (dice < 32) {
        advance();
      } else {
        ticketStep(some.get());
      }
    }

    private void register() {
      OfficeId office = office();
      int k = 1 + random.nextInt(Fixtures.UNITS_PER_OFFICE);
      boolean paid = random.nextInt(10) < 3;
      RepairRequest r = RepairRequest.builder().desk(Fixtures.desk(office)).unit(Fixtures.unit(office, k)).owner(Fixtures.owner(office, k))
          .location("户内").category(RepairCategory.values()[random.nextInt(RepairCategory.values().length)])
          .description("报修 " + step).contactPhone(Fixtures.phone(k)).paid(paid).build();
      Result<Ticket> made = repairs.register(Fixtures.clerk(office), r);
      note("register " + (paid ? "paid" : "free") + " in " + office);
      Ticket t = made.orElseThrow();
      accepted++;
      ticketIds.add(t.id());
      clocks.put(t.id(), new Clocked(t.reportedAt()));
      t.serviceOrder().map(ServiceOrderId::of).ifPresent(orderIds::add);
    }

    private void request() {
      OfficeId office = office();
      int k = 1 + random.nextInt(Fixtures.UNITS_PER_OFFICE);
      ServiceOrder o = services.request(Fixtures.clerk(office), ServiceRequest.builder().desk(Fixtures.desk(office))
          .kind(ServiceKind.REPAIR).unit(Fixtures.unit(office, k)).description("特约 " + step).build()).orElseThrow();
      accepted++;
      note("request order in " + office);
      orderIds.add(o.id());
    }

    private void advance() {
      clock.advance(Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 30 : 900)));
      desk.timers().runDue();
      desk.outbox().deliverDue();
      swept = true;
      note("advance to " + clock.instant() + " and sweep");
    }

    /** The step a report's state calls for (most of the time), so scenarios reach every state. */
    private int naturalStep(Ticket t) {
      return switch (t.state()) {
        case REGISTERED -> t.firstReplyAt().isEmpty() && random.nextBoolean() ? 0 : 1;
        case DISPATCHED -> 3;
        case ACCEPTED -> 4;
        case ON_SITE -> t.paid() && orderNotConsented(t) ? -1 : 5;
        case IN_PROGRESS -> random.nextInt(4) == 0 ? 6 : 8;
        case PAUSED -> 7;
        case DONE -> 9;
        case AWAITING_CALLBACK -> 10;
        default -> random.nextInt(12);
      };
    }

    private boolean orderNotConsented(Ticket t) {
      return order(ServiceOrderId.of(t.serviceOrder().orElseThrow())).consentedAt().isEmpty();
    }

    private void ticketStep(TicketId id) {
      Ticket t = ticket(id);
      touchedTickets.add(id);
      t.serviceOrder().map(ServiceOrderId::of).ifPresent(touchedOrders::add);
      OfficeId office = t.office();
      Actor tech = t.technician().flatMap(s -> random.nextInt(6) == 0 ? Optional.<Actor>empty() : Optional.of(
          s.equals(Fixtures.technician(office).staffId()) ? Fixtures.technician(office) : Fixtures.secondTechnician(office)))
          .orElse(random.nextBoolean() ? Fixtures.technician(office) : Fixtures.secondTechnician(office));
      Supplier<Long> version = () -> ticket(id).version();
      int choice = random.nextInt(4) == 0 ? random.nextInt(12) : naturalStep(t);
      if (choice < 0) {
        orderStep(ServiceOrderId.of(t.serviceOrder().orElseThrow()));
        return;
      }
      switch (choice) {
        case 0 -> attempt("reply " + id, version, () -> repairs.reply(Fixtures.clerk(office), id, random.nextInt(8) == 0 ? "我不清楚" : "马上安排"));
        case 1 -> attempt("dispatch " + id, version, () -> repairs.dispatch(Fixtures.clerk(office), id,
            (random.nextInt(6) == 0 ? Fixtures.technician(office.equals(Fixtures.OFFICE_1) ? Fixtures.OFFICE_2 : Fixtures.OFFICE_1)
                : Fixtures.technician(office)).staffId()));
        case 2 -> attempt("transfer " + id, version, () -> repairs.transfer(Fixtures.supervisor(office), id,
            Fixtures.secondTechnician(office).staffId(), "调班"));
        case 3 -> attempt("accept " + id, version, () -> repairs.acceptJob(tech, id));
        case 4 -> attempt("arrive " + id, version, () -> repairs.arrive(tech, id));
        case 5 -> attempt("start " + id, version, () -> repairs.start(tech, id));
        case 6 -> {
          Result<Ticket> r = attempt("pause " + id, version, () -> repairs.pause(tech, id, PauseReason.WAITING_FOR_PARTS, "等配件"));
          r.value().ifPresent(x -> clocks.get(id).pausedSince = Optional.of(clock.instant()));
        }
        case 7 -> {
          Result<Ticket> r = attempt("resume " + id, version, () -> repairs.resume(tech, id));
          r.value().ifPresent(x -> {
            Clocked c = clocks.get(id);
            c.paused = c.paused.plus(Duration.between(c.pausedSince.orElseThrow(), clock.instant()));
            c.pausedSince = Optional.empty();
            pauses++;
          });
        }
        case 8 -> attempt("complete " + id, version, () -> repairs.complete(tech, id, "修好"));
        case 9 -> {
          OwnerRating[] ratings = OwnerRating.values();
          Optional<OwnerRating> rating = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(ratings[random.nextInt(ratings.length)]);
          attempt("sign off " + id, version, () -> repairs.signOff(Fixtures.clerk(office), id, "业主", rating));
        }
        case 10 -> {
          Optional<OwnerRating> rating = random.nextInt(5) == 0 ? Optional.empty()
              : Optional.of(random.nextInt(4) == 0 ? OwnerRating.UNSATISFIED : OwnerRating.SATISFIED);
          Result<Ticket> r = attempt("callback " + id, version, () -> repairs.callBack(Fixtures.clerk(office), id, rating, "回访"));
          r.value().filter(x -> x.state() == TicketState.DISPATCHED).ifPresent(x -> {
            reopened++;
            clocks.put(id, new Clocked(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
          });
        }
        default -> {
          Result<Ticket> r = random.nextBoolean()
              ? attempt("cancel " + id, version, () -> repairs.cancel(Fixtures.clerk(office), id, "业主撤销"))
              : attempt("reject " + id, version, () -> repairs.reject(Fixtures.supervisor(office), id, "非物业维修范围"));
          r.value().ifPresent(x -> clocks.get(id).pausedSince = Optional.empty());
        }
      }
    }

    /** The step an order's state calls for (most of the time). */
    private int naturalStep(ServiceOrder o) {
      return switch (o.state()) {
        case REQUESTED -> 0;
        case QUOTED -> random.nextInt(8) == 0 ? 2 : 1;
        case ACCEPTED -> 3;
        case SCHEDULED -> 4;
        case IN_PROGRESS -> 5;
        case DONE -> 6;
        case CHARGED -> random.nextInt(3) == 0 ? 6 : 7;
        default -> random.nextInt(8);
      };
    }

    private void orderStep(ServiceOrderId id) {
      ServiceOrder o = order(id);
      touchedOrders.add(id);
      OfficeId office = o.office();
      Supplier<Long> version = () -> order(id).version();
      switch (random.nextInt(4) == 0 ? random.nextInt(8) : naturalStep(o)) {
        case 0 -> attempt("quote " + id, version, () -> services.quote(random.nextInt(4) == 0 ? Fixtures.clerk(office)
            : Fixtures.supervisor(office), id, random.nextInt(3) == 0
            ? QuoteDraft.of(QuoteLineDraft.unlisted("非标维修", "项", 1 + random.nextInt(3), Money.ofFen(1000 + random.nextInt(50000))))
            : QuoteDraft.of(QuoteLineDraft.listed(random.nextBoolean() ? "WD-01" : "EL-02", 1 + random.nextInt(4)))));
        case 1 -> attempt("consent " + id, version, () -> services.consent(Fixtures.clerk(office), id, "业主"));
        case 2 -> attempt("refuse " + id, version, () -> services.refuse(Fixtures.clerk(office), id, "业主", "太贵"));
        case 3 -> attempt("schedule " + id, version, () -> services.schedule(Fixtures.clerk(office), id, clock.instant().plusSeconds(3600),
            Fixtures.technician(office).staffId()));
        case 4 -> attempt("start " + id, version, () -> services.start(Fixtures.technician(office), id));
        case 5 -> attempt("complete " + id, version, () -> services.complete(Fixtures.technician(office), id, "完成", "业主"));
        case 6 -> charge(o);
        default -> attempt("order callback " + id, version, () -> services.callBack(Fixtures.clerk(office), id,
            Optional.of(ServiceRating.SATISFIED), "满意"));
      }
    }

    /** Charges, often retrying with the key already used, sometimes with a fresh key or a wrong amount. */
    private void charge(ServiceOrder o) {
      Money amount = o.consent().filter(c -> c.accepted()).map(c -> c.amount()).orElse(Money.parse("35.00"));
      if (random.nextInt(6) == 0) {
        amount = amount.plus(Money.ofFen(1));
      }
      String key = chargeKeys.containsKey(o.id()) && random.nextInt(3) > 0 ? chargeKeys.get(o.id()) : "pay-" + o.id() + "-" + step;
      ChargeRequest request = new ChargeRequest(amount, PaymentMethod.CASH, "R-" + (orderIds.indexOf(o.id()) + 1));
      Result<ServiceOrder> r;
      try {
        r = attempt("charge " + o.id() + " key " + key, () -> order(o.id()).version(),
            () -> services.charge(Fixtures.clerk(o.office()), o.id(), request, key));
      } catch (org.propdesk.core.common.InvalidInputException reusedForAnotherRequest) {
        note("charge " + o.id() + " key " + key + " -> key reused for another request");
        return;
      }
      if (r.isAccepted()) {
        chargeKeys.putIfAbsent(o.id(), key);
        if (r.events().stream().anyMatch(e -> e instanceof ServiceOrderEvent.Charged)) {
          charges.merge(o.id(), 1, Integer::sum);
        }
      }
    }

    private void check(boolean everything) {
      for (TicketId id : everything ? ticketIds : List.copyOf(touchedTickets)) {
        Ticket t = ticket(id);
        Clocked c = clocks.get(id);
        if (t.state() == TicketState.PAUSED && t.resolutionDeadline().isPresent()) {
          throw new AssertionError(id + " is paused but its resolution clock runs");
        }
        if (t.resolutionDeadline().isPresent()) {
          Instant expected = c.start.plus(RESOLUTION).plus(c.paused);
          if (!t.resolutionDeadline().get().equals(expected)) {
            throw new AssertionError(id + " is due " + t.resolutionDeadline().get() + " but its start, 24 h and the pauses timed give "
                + expected);
          }
        }
        if (t.paid() && t.startedAt().isPresent()) {
          Optional<Instant> consent = order(ServiceOrderId.of(t.serviceOrder().orElseThrow())).consentedAt();
          if (consent.isEmpty() || consent.get().isAfter(t.startedAt().get())) {
            throw new AssertionError("paid report " + id + " started without the owner's consent");
          }
        }
      }
      for (ServiceOrderId id : everything ? orderIds : List.copyOf(touchedOrders)) {
        ServiceOrder o = order(id);
        if (o.startedAt().isPresent() && o.consentedAt().filter(at -> !at.isAfter(o.startedAt().get())).isEmpty()) {
          throw new AssertionError("order " + id + " started without the owner's consent");
        }
        if (charges.getOrDefault(id, 0) > 1) {
          throw new AssertionError("order " + id + " was charged " + charges.get(id) + " times");
        }
        if (o.charge().isPresent() != (charges.getOrDefault(id, 0) == 1)) {
          throw new AssertionError("order " + id + " holds a charge the runner did not see made once");
        }
        o.charge().ifPresent(ch -> {
          if (!ch.amount().equals(o.consentedAt().map(x -> o.consent().get().amount()).orElse(null))) {
            throw new AssertionError("order " + id + " was charged " + ch.amount() + ", not the consented total");
          }
        });
      }
      if (step % 50 == 0) {
        for (OfficeId office : List.of(Fixtures.OFFICE_1, Fixtures.OFFICE_2)) {
          if (!desk.audit().verify(office).intact()) {
            throw new AssertionError("the journal of " + office + " does not verify");
          }
        }
      }
    }
  }
}
