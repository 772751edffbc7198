package org.propdesk.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.CallbackRecord;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.ManagementOffice;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.persistence.jdbc.IncompatibleSchemaException;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.workflows.PropDesk;

/**
 * The main demo (演示): a simulated month of complaints at a company with three management offices,
 * run on the in-memory built-ins with a seeded random generator and a simulated clock, so the same
 * seed always prints the same figures.
 *
 * <p>Complaints arrive at the front desks during March 2026, most answered within 15 minutes and
 * some not, judged, followed up daily, resolved, called back and closed; a few stall and become major
 * a month later, after which the general manager takes them over (the clock runs a second month so
 * that the first month's complaints can reach their month). The host's duties are simulated too: the SLA sweep and the outbox relay run every
 * ten minutes. At the end it prints, per office: received, valid, by class, first-reply compliance,
 * upgrades, closed and callback satisfaction, and checks every office's journal.
 *
 * <p>It runs on the embedded H2 database in {@code ./propdesk-data} by default: a second run continues
 * with the next month and picks up the complaints still open; {@code --fresh} starts afresh.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java} (add {@code -Dexec.args=--fresh} to start
 * afresh).
 */
public final class MonthDemo {
  static final long DEFAULT_SEED = 20260302L;
  /** The month of arrivals of the first run; each later run takes the month two after the last. */
  static final YearMonth FIRST_MONTH = YearMonth.of(2026, 3);
  /** Where the embedded H2 database lives, relative to the working directory. */
  static final Path DATA_DIRECTORY = Path.of("propdesk-data");
  /** Where the reports go by default, relative to the working directory. */
  static final Path REPORT_DIRECTORY = Path.of("propdesk-reports");
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(15);
  private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
  private static final ComplaintCategory[] CATEGORIES = {
    ComplaintCategory.REPAIRS, ComplaintCategory.REPAIRS, ComplaintCategory.CLEANING, ComplaintCategory.NOISE,
    ComplaintCategory.PARKING, ComplaintCategory.SECURITY, ComplaintCategory.FEES, ComplaintCategory.STAFF_CONDUCT,
    ComplaintCategory.FACILITIES, ComplaintCategory.GREENING
  };

  private MonthDemo() {}

  /**
   * Runs the demo on the embedded H2 database in {@code ./propdesk-data} and prints the summary. A
   * second run continues where the first stopped (the next month, with the complaints still open);
   * {@code --fresh} deletes the database first; {@code --in-memory} keeps nothing; {@code --seed=N}
   * changes the random arrivals.
   */
  public static void main(String[] args) throws IOException {
    long seed = DEFAULT_SEED;
    boolean fresh = false;
    boolean inMemory = false;
    Path reports = REPORT_DIRECTORY;
    for (String a : args) {
      if (a.equals("--fresh")) {
        fresh = true;
      } else if (a.equals("--in-memory")) {
        inMemory = true;
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring("--seed=".length()));
      } else if (a.startsWith("--reports=")) {
        reports = Path.of(a.substring("--reports=".length()));
      } else {
        System.err.println("usage: MonthDemo [--fresh] [--in-memory] [--seed=N] [--reports=DIR]");
        System.exit(2);
      }
    }
    Storage storage;
    String where;
    if (inMemory) {
      storage = InMemoryStorage.create();
      where = "in memory (nothing is kept)";
    } else {
      if (fresh) {
        deleteRecursively(DATA_DIRECTORY);
      }
      try {
        storage = JdbcStorage.embeddedH2(DATA_DIRECTORY);
      } catch (IncompatibleSchemaException e) {
        System.err.println("The demo's database " + DATA_DIRECTORY.toAbsolutePath() + " was made by an earlier PropDesk"
            + " and cannot be read by this one.");
        System.err.println("Start afresh (this deletes it): mvn -q -pl examples -am compile exec:java -Dexec.args=--fresh");
        System.err.println("(" + e.getMessage() + ")");
        System.exit(2);
        return;
      }
      where = "embedded H2 in " + DATA_DIRECTORY.toAbsolutePath() + " (run again to continue; --fresh starts afresh)";
    }
    Simulation simulation = new Simulation(seed, storage);
    Summary summary = simulation.run();
    print(summary, System.out);
    System.out.println("storage: " + where);
    System.out.println();
    List<Path> files = simulation.writeReports(reports);
    System.out.println("reports (in Chinese, phone numbers masked), " + files.size() + " files in "
        + files.get(0).getParent().toAbsolutePath() + ":");
    Map<String, List<String>> byReport = new LinkedHashMap<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      boolean csv = f.getParent().getFileName().toString().endsWith("-csv");
      String report = csv ? f.getParent().getFileName().toString().replaceFirst("-csv$", "") : file.replaceFirst("\\.[a-z]+$", "");
      byReport.computeIfAbsent(report, k -> new ArrayList<>()).add(csv ? "csv" : file.substring(report.length()));
    }
    byReport.forEach((report, kinds) -> System.out.printf(Locale.ROOT, "  %-36s %s, and %d CSV in %s-csv/%n", report,
        String.join(" ", kinds.stream().filter(k -> !k.equals("csv")).toList()), kinds.stream().filter(k -> k.equals("csv")).count(),
        report));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * One office's month (月度汇总).
   *
   * @param office the office
   * @param name its name
   * @param received complaints registered
   * @param repeats registrations merged into an open complaint
   * @param invalid judged invalid
   * @param valid judged valid
   * @param byClass valid complaints by final class
   * @param firstReplies complaints with a first reply
   * @param firstRepliesOnTime of which within 15 minutes
   * @param missedFollowUpDays days without contact, summed
   * @param upgrades automatic upgrades to major (criterion c)
   * @param closed closed
   * @param satisfied satisfied callbacks
   * @param unsatisfied unsatisfied callbacks
   * @param journalIntact whether the office's journal verifies
   */
  record OfficeSummary(
      OfficeId office,
      String name,
      int received,
      int repeats,
      int invalid,
      int valid,
      Map<ComplaintClass, Integer> byClass,
      int firstReplies,
      int firstRepliesOnTime,
      int missedFollowUpDays,
      int upgrades,
      int closed,
      int satisfied,
      int unsatisfied,
      boolean journalIntact) {}

  /**
   * One office's repair reports and paid services of the month (报事报修月度汇总).
   *
   * @param office the office
   * @param name its name
   * @param reported reports made in the month
   * @param paid of which paid work
   * @param firstReply first replies within 15 minutes
   * @param arrival first arrivals on site on time
   * @param medianMinutes median resolution time of the work done in the month, in minutes less pauses
   * @param p90Minutes its 90th percentile
   * @param callbacks the latest callback's result of the month's reports
   * @param reopened reports reopened by an unsatisfied callback
   * @param charged paid services charged in the month (paid repairs and contract visits)
   */
  record RepairOffice(OfficeId office, String name, long reported, long paid,
      org.propdesk.reporting.ticket.RepairSummary.OnTime firstReply, org.propdesk.reporting.ticket.RepairSummary.OnTime arrival,
      Optional<Long> medianMinutes, Optional<Long> p90Minutes, Map<String, Long> callbacks, long reopened,
      org.propdesk.core.common.Money charged) {}

  /**
   * One office's deposits, seal uses and archive loans of the month (押金、用印、借阅月度汇总).
   *
   * @param office the office
   * @param name its name
   * @param deposits deposits collected in the month
   * @param collected what they collected
   * @param settled of which refunded and settled by the run's end
   * @param refunded what those refunds paid back
   * @param deducted what those refunds kept as deductions
   * @param unbanked deposits still unbanked at the run's end
   * @param stamps uses stamped in the month
   * @param impressions impressions made
   * @param loans archive loans asked for in the month, not refused
   * @param overdueLoans of which overdue at some point
   */
  record CustodyOffice(OfficeId office, String name, int deposits, org.propdesk.core.common.Money collected, int settled,
      org.propdesk.core.common.Money refunded, org.propdesk.core.common.Money deducted, int unbanked, int stamps, long impressions,
      long loans, long overdueLoans) {}

  /**
   * The whole run.
   *
   * @param seed the seed
   * @param month the month of arrivals simulated
   * @param offices per office, for the complaints that arrived in that month
 * @param repairs per office, the repair reports made in that month and the paid services charged in it
   * @param custody per office, the deposits, seal uses and archive loans of that month
   * @param carriedOver complaints of earlier runs still open when this run began
   * @param carriedOverClosed of which closed by the end of this run
   * @param notificationsDelivered notifications the relay delivered
   * @param rejectedCommands commands the desk refused (e.g. a reply with a forbidden phrase)
   * @param storedComplaints complaints in storage after the run, all runs together
   */
  record Summary(
      long seed,
      YearMonth month,
      List<OfficeSummary> offices,
      List<RepairOffice> repairs,
      List<CustodyOffice> custody,
      int carriedOver,
      int carriedOverClosed,
      int notificationsDelivered,
      int rejectedCommands,
      int storedComplaints) {}

  static void print(Summary s, PrintStream out) {
    out.println("PropDesk demo: complaints (投诉) received in " + s.month() + ", followed for two months, seed " + s.seed());
    out.println();
    String fmt = " %8s %8s %8s %9s %6s %10s %9s %7s %13s%n";
    out.print(pad("office", 30));
    out.printf(fmt, "received", "valid", "general", "important", "major", "1st reply", "upgrades", "closed", "satisfaction");
    for (OfficeSummary o : s.offices()) {
      out.print(pad(o.name(), 30));
      out.printf(fmt, o.received(), o.valid(), o.byClass().get(ComplaintClass.GENERAL),
          o.byClass().get(ComplaintClass.IMPORTANT), o.byClass().get(ComplaintClass.MAJOR),
          percent(o.firstRepliesOnTime(), o.firstReplies()), o.upgrades(), o.closed(),
          percent(o.satisfied(), o.satisfied() + o.unsatisfied()));
    }
    out.println();
    out.println("received includes repeats merged into an open complaint: "
        + s.offices().stream().mapToInt(OfficeSummary::repeats).sum() + "; judged invalid: "
        + s.offices().stream().mapToInt(OfficeSummary::invalid).sum());
    out.println("1st reply = first replies within 15 minutes (seed 4.5.3); upgrades = unresolved a month after"
        + " registration (seed 4.3.1 c)");
    out.println("days without a follow-up contact: " + s.offices().stream().mapToInt(OfficeSummary::missedFollowUpDays).sum()
        + "; notifications delivered: " + s.notificationsDelivered() + "; commands refused: " + s.rejectedCommands());
    if (s.carriedOver() > 0) {
      out.println("carried over from the previous run: " + s.carriedOver() + " open complaints, " + s.carriedOverClosed()
          + " of them closed in this run");
    }
    out.println();
    out.println("Repair and incident reports (报事报修) made in " + s.month() + ", and paid services (特约服务) charged:");
    out.println();
    String rfmt = " %8s %5s %10s %8s %8s %8s %21s %9s %12s%n";
    out.print(pad("office", 30));
    out.printf(rfmt, "reported", "paid", "1st reply", "on site", "median", "p90", "callbacks ok/no/none", "reopened", "charged");
    for (RepairOffice r : s.repairs()) {
      out.print(pad(r.name(), 30));
      out.printf(rfmt, r.reported(), r.paid(), percent((int) r.firstReply().met(), (int) r.firstReply().applicable()),
          percent((int) r.arrival().met(), (int) r.arrival().applicable()), hours(r.medianMinutes()), hours(r.p90Minutes()),
          (r.callbacks().getOrDefault("SATISFIED", 0L) + r.callbacks().getOrDefault("BASICALLY_SATISFIED", 0L)) + "/"
              + r.callbacks().getOrDefault("UNSATISFIED", 0L) + "/" + r.callbacks().getOrDefault("UNREACHABLE", 0L),
          r.reopened(), r.charged().toString());
    }
    out.println();
    out.println("on site = technician on site within 15 minutes of dispatch; median, p90 = resolution time of the work done,"
        + " less pauses; callbacks = satisfied/unsatisfied/unreachable");
    out.println();
    out.println("Deposits (押金), seal uses (用印) and archive loans (档案借阅) of " + s.month() + ":");
    out.println();
    String cfmt = " %8s %12s %8s %12s %10s %9s %7s %11s %6s %8s%n";
    out.print(pad("office", 30));
    out.printf(cfmt, "deposits", "collected", "settled", "refunded", "deducted", "unbanked", "stamps", "impressions", "loans",
        "overdue");
    for (CustodyOffice c : s.custody()) {
      out.print(pad(c.name(), 30));
      out.printf(cfmt, c.deposits(), c.collected().toPlainString(), c.settled(), c.refunded().toPlainString(),
          c.deducted().toPlainString(), c.unbanked(), c.stamps(), c.impressions(), c.loans(), c.overdueLoans());
    }
    out.println();
    out.println("settled = refunded and closed by the run's end (collected = refunded + deducted + held for every deposit);"
        + " unbanked = still to bank at the end");
    out.println("complaints stored, all runs: " + s.storedComplaints() + "; journals verified: "
        + (s.offices().stream().allMatch(OfficeSummary::journalIntact) ? "intact" : "BROKEN"));
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String text, int width) {
    int w = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    return text + " ".repeat(Math.max(1, width - w));
  }

  private static String hours(Optional<Long> minutes) {
    return minutes.map(m -> String.format(Locale.ROOT, "%.1f h", m / 60.0)).orElse("-");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
  }

  /** The simulation. Single-threaded; deterministic for its seed. */
  static final class Simulation {
    private final long seed;
    private final SplittableRandom random;
    private final DemoCompany company = new DemoCompany();
    private final RecordingNotifier notifier = RecordingNotifier.create();
    private final YearMonth month;
    private final Instant start;
    private final Instant lastArrival;
    private final Instant end;
    private final SimulatedClock clock;
    private final PropDesk desk;
    private final List<Complaint> carriedOver;
    private final Storage storage;
    private final PriorityQueue<Step> agenda = new PriorityQueue<>();
    private final Map<OfficeId, List<Complaint>> open = new LinkedHashMap<>();
    private final RepairTraffic repairs;
    private final CustodyTraffic custody;
    private long sequence;
    private int rejected;
    /** Commands the kernel has finished, whatever their outcome (the desks' telemetry). */
    private final java.util.concurrent.atomic.AtomicLong commands = new java.util.concurrent.atomic.AtomicLong();
    private long commandsAtLastSweep = -1;
    private Instant nextTimerDue = Instant.MIN;

    private record Step(Instant at, long seq, Runnable action) implements Comparable<Step> {
      @Override
      public int compareTo(Step o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : Long.compare(seq, o.seq);
      }
    }

    Simulation(long seed, Storage storage) {
      this.storage = storage;
      List<Complaint> stored = stored(storage);
      this.month = stored.stream().map(c -> YearMonth.from(c.registeredAt().atZone(DemoCompany.ZONE)))
          .max(java.util.Comparator.naturalOrder()).map(m -> m.plusMonths(2)).orElse(FIRST_MONTH);
      this.seed = seed;
      this.random = new SplittableRandom(seed ^ month.hashCode());
      this.start = month.atDay(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      this.lastArrival = month.plusMonths(1).atDay(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      this.end = month.plusMonths(2).atDay(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      this.clock = new SimulatedClock(start, DemoCompany.ZONE);
      this.carriedOver = stored.stream().filter(Complaint::isOpen).toList();
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.prefixed("m" + month.toString().replace("-", "")))
          .storage(storage).notifier(notifier).directory(company.directory)
          .procedure(org.propdesk.workflows.ticket.Tickets.PROCEDURE).procedure(org.propdesk.workflows.service.Services.PROCEDURE)
          .procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE).procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
          .procedure(org.propdesk.workflows.archive.Archives.PROCEDURE)
          .telemetry(new org.propdesk.core.spi.Telemetry() {
            @Override
            public void commandFinished(CommandOutcome outcome) {
              commands.incrementAndGet();
            }
          })
          .build();
      this.repairs = new RepairTraffic(desk, company, random.split(), this::at, clock::instant);
      this.custody = new CustodyTraffic(desk, company, new SplittableRandom(seed * 31 + month.hashCode()), this::at, clock::instant, month);
    }

    /** Every complaint already stored, read by each office's director. */
    private List<Complaint> stored(Storage storage) {
      PropDesk reader = PropDesk.builder().clock(new SimulatedClock(Instant.EPOCH, DemoCompany.ZONE))
          .ids(IdSource.prefixed("reader")).storage(storage).notifier(n -> { }).directory(company.directory).build();
      List<Complaint> all = new ArrayList<>();
      for (ManagementOffice office : company.offices) {
        all.addAll(reader.complaints().list(company.actor(office.id(), Role.OFFICE_DIRECTOR), office.id(), Instant.EPOCH, FAR));
      }
      return all;
    }

    Summary run() {
      for (Instant t = start; t.isBefore(end); t = t.plus(SWEEP_EVERY)) {
        at(t, this::sweep);
      }
      carriedOver.forEach(this::resume);
      repairs.plan(month, start, end);
      custody.plan(month, start);
      for (ManagementOffice office : company.offices) {
        open.put(office.id(), new ArrayList<>());
        for (LocalDate day = month.atDay(1); day.isBefore(month.plusMonths(1).atDay(1)); day = day.plusDays(1)) {
          int arrivals = 4 + random.nextInt(5);
          for (int i = 0; i < arrivals; i++) {
            Instant when = day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60))).atZone(DemoCompany.ZONE).toInstant();
            at(when, () -> arrive(office));
          }
        }
      }
      while (!agenda.isEmpty()) {
        Step s = agenda.poll();
        clock.moveTo(s.at());
        s.action().run();
      }
      sweep();
      return summarise();
    }

    private void at(Instant when, Runnable action) {
      if (when.isBefore(end)) {
        agenda.add(new Step(when, sequence++, action));
      }
    }

    private Instant in(Duration d) {
      return clock.instant().plus(d);
    }

    private Instant tomorrowBetween(int fromHour, int toHour) {
      LocalDate tomorrow = clock.instant().atZone(DemoCompany.ZONE).toLocalDate().plusDays(1);
      return tomorrow.atTime(LocalTime.of(fromHour + random.nextInt(toHour - fromHour), random.nextInt(60)))
          .atZone(DemoCompany.ZONE).toInstant();
    }

    /** Picks up a complaint left open by an earlier run, at the step it had reached. */
    private void resume(Complaint c) {
      OfficeId o = c.office();
      switch (c.state()) {
        case REGISTERED -> at(in(Duration.ofHours(1 + random.nextInt(8))), () -> judge(c.id(), o));
        case IN_HANDLING -> {
          at(tomorrowBetween(9, 18), () -> followUp(c.id(), o));
          at(in(Duration.ofHours(4 + random.nextInt(44))), () -> resolve(c.id(), o));
        }
        case RESOLVED -> at(tomorrowBetween(10, 17), () -> callback(c.id(), o));
        case AWAITING_SIGN_OFF -> at(tomorrowBetween(9, 11), () ->
            outcome(desk.complaints().signOff(company.generalManager(), c.id(), "已审阅，同意结案。")));
        default -> { }
      }
    }

    /**
     * The host's duty every 15 minutes: the timer sweep, then the outbox relay. When no command has run
     * since the last sweep and no timer is due yet, that sweep would find nothing to fire, deliver or
     * seal, and is skipped: the simulation's outcomes are those of sweeping every 15 minutes.
     */
    private void sweep() {
      if (commands.get() == commandsAtLastSweep && clock.instant().isBefore(nextTimerDue)) {
        return;
      }
      desk.timers().runDue();
      desk.outbox().deliverDue();
      commandsAtLastSweep = commands.get();
      nextTimerDue = desk.timers().nextDue().orElse(FAR);
    }

    private Optional<Complaint> outcome(Result<Complaint> r) {
      if (!r.isAccepted()) {
        rejected++;
      }
      return r.value();
    }

    private Complaint current(ComplaintId id, OfficeId office) {
      return desk.complaints().find(company.actor(office, Role.OFFICE_DIRECTOR), id).orElseThrow();
    }

    private void arrive(ManagementOffice office) {
      OfficeId o = office.id();
      int unit = 1 + random.nextInt(DemoCompany.UNITS_PER_OFFICE);
      ComplaintCategory category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      // now and then an owner complains again about a matter still open: only then are the open ones looked up
      if (random.nextInt(100) < 6 && !stillOpen(o).isEmpty()) {
        Complaint again = open.get(o).get(random.nextInt(open.get(o).size()));
        unit = Integer.parseInt(again.unit().value().substring(again.unit().value().indexOf("-U") + 2));
        category = again.category();
      }
      Registration.Builder draft = Registration.builder()
          .desk(office.desks().get(random.nextInt(office.desks().size())).id())
          .channel(Channel.values()[random.nextInt(Channel.values().length)])
          .owner(DemoCompany.owner(o, unit))
          .unit(DemoCompany.unit(o, unit))
          .contactName("Owner " + unit)
          .contactPhone(company.phone(o, unit))
          .category(category)
          .content("Complaint about " + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " near unit " + unit + ".")
          .concernsContractedService(random.nextInt(4) == 0);
      Registration registration = draft.build();
      // the clerk is shown the lookalikes and links the registration when it is the same matter
      List<Complaint> lookalikes = desk.complaints().suggestRepeats(company.actor(o, Role.FRONT_DESK_CLERK), registration);
      if (!lookalikes.isEmpty() && random.nextInt(100) < 80) {
        registration = draft.repeatOf(lookalikes.get(0).id()).build();
      }
      Optional<Complaint> registered = outcome(desk.complaints().register(company.actor(o, Role.FRONT_DESK_CLERK), registration));
      if (registered.isEmpty() || registered.get().state() == ComplaintState.MERGED) {
        return;
      }
      Complaint c = registered.get();
      open.get(o).add(c);
      boolean late = random.nextInt(100) < 14;
      at(in(Duration.ofMinutes(late ? 16 + random.nextInt(75) : 2 + random.nextInt(13))), () -> reply(c.id(), o));
      at(in(Duration.ofMinutes(20 + random.nextInt(70))), () -> judge(c.id(), o));
    }

    /** The office's complaints still registered or in handling, as storage has them now. */
    private List<Complaint> stillOpen(OfficeId o) {
      open.get(o).removeIf(c -> {
        ComplaintState state = current(c.id(), o).state();
        return state != ComplaintState.IN_HANDLING && state != ComplaintState.REGISTERED;
      });
      return open.get(o);
    }

    private void reply(ComplaintId id, OfficeId o) {
      Actor clerk = company.actor(o, Role.FRONT_DESK_CLERK);
      if (random.nextInt(100) < 3) {
        outcome(desk.complaints().reply(clerk, id, Reply.of("这个我不清楚，您找开发商吧。")));
      }
      outcome(desk.complaints().reply(clerk, id, Reply.of("您好，我们已安排工作人员处理，今天内给您答复。")));
    }

    private void judge(ComplaintId id, OfficeId o) {
      Actor supervisor = company.actor(o, Role.CUSTOMER_SUPERVISOR);
      if (random.nextInt(100) < 8) {
        outcome(desk.complaints().judge(supervisor, id, Judgement.invalid("Outside the company's responsibility (非物业责任).")));
        return;
      }
      boolean fault = random.nextInt(100) < 30;
      Optional<Complaint> judged = outcome(desk.complaints().judge(supervisor, id, Judgement.valid(fault, fault && random.nextInt(100) < 6)));
      if (judged.isEmpty() || judged.get().state() != ComplaintState.IN_HANDLING) {
        return;
      }
      at(tomorrowBetween(9, 18), () -> followUp(id, o));
      if (random.nextInt(100) < 6) {
        // A stalled complaint: nobody resolves it until the general manager takes it over after the upgrade.
        at(judged.get().upgradeDue().plus(Duration.ofHours(24 + random.nextInt(48))), () -> resolve(id, o));
        return;
      }
      planResolution(id, o, judged.get().complaintClass().orElseThrow());
    }

    private void planResolution(ComplaintId id, OfficeId o, ComplaintClass cls) {
      Duration delay = switch (cls) {
        case GENERAL -> Duration.ofHours(2 + random.nextInt(28));
        case IMPORTANT -> Duration.ofHours(24 + random.nextInt(72));
        case MAJOR -> Duration.ofHours(48 + random.nextInt(144));
      };
      at(in(delay), () -> resolve(id, o));
    }

    private void followUp(ComplaintId id, OfficeId o) {
      Complaint c = current(id, o);
      if (c.state() != ComplaintState.IN_HANDLING) {
        return;
      }
      if (random.nextInt(100) < 90) {
        outcome(desk.complaints().followUp(company.actor(o, Role.PROPERTY_ASSISTANT), id,
            FollowUpContact.now(ContactChannel.values()[random.nextInt(3)], "业主表示理解，等待处理结果。")));
      }
      at(tomorrowBetween(9, 20), () -> followUp(id, o));
    }

    private Actor handler(Complaint c, OfficeId o) {
      Role role = c.handlerRole().orElseThrow();
      return role == Role.GENERAL_MANAGER ? company.generalManager() : company.actor(o, role);
    }

    private void resolve(ComplaintId id, OfficeId o) {
      Complaint c = current(id, o);
      if (c.state() != ComplaintState.IN_HANDLING) {
        return;
      }
      outcome(desk.complaints().resolve(handler(c, o), id, "已处理完毕，现场确认。"));
      at(tomorrowBetween(10, 17), () -> callback(id, o));
    }

    private void callback(ComplaintId id, OfficeId o) {
      int dice = random.nextInt(100);
      CallbackOutcome result = dice < 86 ? CallbackOutcome.SATISFIED : dice < 95 ? CallbackOutcome.UNSATISFIED : CallbackOutcome.UNREACHABLE;
      Optional<Complaint> after = outcome(desk.complaints().callback(company.actor(o, Role.FRONT_DESK_CLERK), id,
          new Callback(result, result == CallbackOutcome.UNREACHABLE ? "电话无人接听。" : "业主已确认。")));
      if (after.isEmpty()) {
        return;
      }
      switch (after.get().state()) {
        case RESOLVED -> at(tomorrowBetween(10, 17), () -> callback(id, o));
        case IN_HANDLING -> planResolution(id, o, after.get().complaintClass().orElseThrow());
        case AWAITING_SIGN_OFF -> at(tomorrowBetween(9, 11), () ->
            outcome(desk.complaints().signOff(company.generalManager(), id, "已审阅，同意结案。")));
        default -> { }
      }
    }

    /**
     * Writes the month's reports into {@code dir}/{@code <month>}, in every format: the complaint
     * analysis of all offices (as the service centre sees it) and of each office (its director), and
     * each office's daily-clear and weekly-summary records for every week that touches the month, and the
     * incident and repair summary of all offices and of each office, and each office's deposit ledger statement, unbanked
     * list, seal use register and archive loan register of the month.
     */
    List<Path> writeReports(Path dir) {
      Path folder = dir.resolve(month.toString());
      List<Path> written = new ArrayList<>();
      org.propdesk.reporting.Rendering chinese = org.propdesk.reporting.Rendering.chinese();
      org.propdesk.reporting.complaint.ComplaintAnalyst analyst = new org.propdesk.reporting.complaint.ComplaintAnalyst(desk);
      org.propdesk.core.supervision.ReportPeriod period = org.propdesk.core.supervision.ReportPeriod.month(month);
      List<java.util.Optional<OfficeId>> scopes = new ArrayList<>();
      scopes.add(java.util.Optional.empty());
      company.offices.forEach(o -> scopes.add(java.util.Optional.of(o.id())));
      for (java.util.Optional<OfficeId> scope : scopes) {
        Actor reader = scope.map(o -> company.actor(o, Role.OFFICE_DIRECTOR)).orElseGet(company::serviceCentre);
        org.propdesk.reporting.complaint.ComplaintAnalysis analysis = analyst.analyse(reader, period, scope).orElseThrow();
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.complaint.ComplaintAnalysisReport.of(
            analysis, company.directory, DemoCompany.ZONE), chinese, folder));
      }
      org.propdesk.reporting.ticket.RepairAnalyst repairAnalyst = new org.propdesk.reporting.ticket.RepairAnalyst(desk);
      for (java.util.Optional<OfficeId> scope : scopes) {
        Actor reader = scope.map(o -> company.actor(o, Role.OFFICE_DIRECTOR)).orElseGet(company::serviceCentre);
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.ticket.RepairSummaryReport.of(
            repairAnalyst.analyse(reader, period, scope).orElseThrow(), company.directory, DemoCompany.ZONE), chinese, folder));
      }
      for (ManagementOffice office : company.offices) {
        Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
        Actor finance = company.actor(office.id(), Role.FINANCE);
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.deposit.DepositRegisters.ledgerStatement(desk,
            finance, office.id(), month.atDay(1), month.atEndOfMonth()), chinese, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.deposit.DepositRegisters.unbanked(desk, finance,
            office.id()), chinese, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.seal.SealUseRegisterReport.of(desk, director,
            office.id(), Optional.empty(), month.atDay(1), month.atEndOfMonth()), chinese, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.archive.LoanRegisterReport.of(desk, director,
            office.id(), month.atDay(1), month.atEndOfMonth()), chinese, folder));
      }
      LocalDate firstMonday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      for (ManagementOffice office : company.offices) {
        for (LocalDate monday = firstMonday; monday.isBefore(month.plusMonths(1).atDay(1)); monday = monday.plusWeeks(1)) {
          org.propdesk.reporting.Report records = org.propdesk.reporting.supervision.DeskRecordsReport.of(desk,
              company.actor(office.id(), Role.CUSTOMER_SUPERVISOR), office.id(), monday).orElseThrow();
          written.addAll(org.propdesk.reporting.ReportFiles.writeAll(records, chinese, folder));
        }
      }
      return written;
    }

    private Summary summarise() {
      List<OfficeSummary> offices = new ArrayList<>();
      for (ManagementOffice office : company.offices) {
        List<Complaint> all = desk.complaints().list(company.actor(office.id(), Role.OFFICE_DIRECTOR), office.id(), start, end)
            .stream().filter(c -> !c.registeredAt().isBefore(start)).toList();
        Map<ComplaintClass, Integer> byClass = new LinkedHashMap<>();
        for (ComplaintClass c : ComplaintClass.values()) {
          byClass.put(c, (int) all.stream().filter(x -> x.complaintClass().equals(Optional.of(c))).count());
        }
        List<CallbackRecord> callbacks = all.stream().flatMap(c -> c.callbacks().stream()).toList();
        offices.add(new OfficeSummary(
            office.id(),
            office.name(),
            all.size(),
            (int) all.stream().filter(c -> c.state() == ComplaintState.MERGED).count(),
            (int) all.stream().filter(c -> c.state() == ComplaintState.INVALID).count(),
            (int) all.stream().filter(c -> c.complaintClass().isPresent()).count(),
            byClass,
            (int) all.stream().filter(c -> c.firstReplyAt().isPresent()).count(),
            (int) all.stream().filter(c -> c.firstReplyOnTime().orElse(false)).count(),
            all.stream().mapToInt(c -> c.missedFollowUpDays().size()).sum(),
            (int) all.stream().filter(Complaint::autoUpgraded).count(),
            (int) all.stream().filter(c -> c.state() == ComplaintState.CLOSED).count(),
            (int) callbacks.stream().filter(c -> c.outcome() == CallbackOutcome.SATISFIED).count(),
            (int) callbacks.stream().filter(c -> c.outcome() == CallbackOutcome.UNSATISFIED).count(),
            desk.audit().verify(office.id()).intact()));
      }
      List<Complaint> everything = stored(storage);
      java.util.Set<ComplaintId> carried = carriedOver.stream().map(Complaint::id).collect(java.util.stream.Collectors.toSet());
      int carriedClosed = (int) everything.stream().filter(c -> carried.contains(c.id()) && !c.isOpen()).count();
      return new Summary(seed, month, offices, repairOffices(), custodyOffices(), carriedOver.size(), carriedClosed,
          notifier.eventIds().size(), rejected + repairs.rejected() + custody.rejected(), everything.size());
    }

    /** Each office's deposits, stamps and loans of the month, from the registers its director reads. */
    private List<CustodyOffice> custodyOffices() {
      List<CustodyOffice> out = new ArrayList<>();
      LocalDate first = month.atDay(1);
      LocalDate last = month.atEndOfMonth();
      Instant from = first.atStartOfDay(DemoCompany.ZONE).toInstant();
      Instant to = last.plusDays(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      for (ManagementOffice office : company.offices) {
        Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
        var deposits = desk.procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE);
        List<org.propdesk.core.deposit.Deposit> month = deposits.withEntriesIn(director, office.id(), from, to).stream()
            .filter(d -> !d.collectedAt().isBefore(from) && d.collectedAt().isBefore(to)).toList();
        long collected = month.stream().mapToLong(d -> d.ledger().collected().fen()).sum();
        List<org.propdesk.core.deposit.Deposit> settled = month.stream()
            .filter(d -> d.state() == org.propdesk.core.deposit.DepositState.SETTLED).toList();
        long refunded = settled.stream().mapToLong(d -> d.ledger().refunded().fen()).sum();
        long deducted = settled.stream().mapToLong(d -> d.ledger().deducted().fen()).sum();
        List<org.propdesk.core.deposit.Deposit> unbanked = deposits.unbanked(director, office.id());
        List<org.propdesk.core.seal.SealUse.RegisterLine> stamps = desk.procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
            .useRegister(director, office.id(), Optional.empty(), first, last);
        List<org.propdesk.core.archive.ArchiveLoan.RegisterLine> loans = desk.procedure(org.propdesk.workflows.archive.Archives.PROCEDURE)
            .loanRegister(director, office.id(), first, last);
        out.add(new CustodyOffice(office.id(), office.name(), month.size(), org.propdesk.core.common.Money.ofFen(collected),
            settled.size(), org.propdesk.core.common.Money.ofFen(refunded), org.propdesk.core.common.Money.ofFen(deducted),
            unbanked.size(), stamps.size(), stamps.stream().mapToLong(org.propdesk.core.seal.SealUse.RegisterLine::impressions).sum(),
            loans.stream().filter(l -> l.state() != org.propdesk.core.archive.LoanState.REFUSED).count(),
            loans.stream().filter(org.propdesk.core.archive.ArchiveLoan.RegisterLine::overdue).count()));
      }
      return out;
    }

    /** Each office's repairs of the month, from the incident and repair summary its director reads. */
    private List<RepairOffice> repairOffices() {
      List<RepairOffice> out = new ArrayList<>();
      org.propdesk.core.supervision.ReportPeriod period = org.propdesk.core.supervision.ReportPeriod.month(month);
      for (ManagementOffice office : company.offices) {
        Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
        org.propdesk.reporting.ticket.RepairSummary.Figures f = new org.propdesk.reporting.ticket.RepairAnalyst(desk)
            .analyse(director, period, Optional.of(office.id())).orElseThrow().total();
        long charged = desk.records().aggregate(director, org.propdesk.core.spi.Aggregation.of(org.propdesk.core.spi.RecordQuery
            .of(org.propdesk.core.service.ServiceOrder.TYPE.name()).office(office.id()).atLeast("charged_on", period.start())
            .before("charged_on", period.end()).build()).measure(org.propdesk.core.spi.Aggregation.Measure.count(),
            org.propdesk.core.spi.Aggregation.Measure.sum("charged_fen")).build()).orElseThrow().get(0).number(1);
        out.add(new RepairOffice(office.id(), office.name(), f.reported(), f.paid(), f.firstReply(), f.arrival(),
            f.resolution().medianMinutes(), f.resolution().p90Minutes(), f.callbacks(), f.reopened(),
            org.propdesk.core.common.Money.ofFen(charged)));
      }
      return out;
    }
  }
}
