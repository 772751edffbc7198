package org.propdesk.examples;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.Storage;
import org.propdesk.persistence.jdbc.IncompatibleSchemaException;
import org.propdesk.persistence.jdbc.JdbcStorage;
import org.propdesk.workflows.PropDesk;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The main demo (演示), a command-line program: N days in the life of a property-management company's
 * service centre at M management offices, every procedure that has landed, with a seeded random
 * generator and a simulated clock, so that the same seed always gives the same data and figures.
 *
 * <p>Each day owners complain at the front desks (most answered within 15 minutes, some not; judged,
 * followed up daily, resolved, called back and closed; a few stall and become major a month later, after
 * which the general manager takes them over), report repairs and incidents (paid ones quoted, consented
 * and charged) and take weekly cleaning visits; visitors are registered at the front desks and the
 * customer supervisor reviews each desk's day; the offices collect, bank and refund deposits, stamp
 * with their seals and lend archive items. After the days of arrivals the clock runs on as many days
 * again (at most 31) so that the work begun can finish. The host's duties are simulated too: the SLA
 * sweep and the outbox relay run every 15 minutes. At the end it prints, per office and per calendar
 * month the arrivals touched, the complaints, repairs and custody figures (zh-CN headings, en with
 * {@code --locale en}), checks every office's journal, and writes the month's reports.
 *
 * <p>It runs on the embedded H2 database in {@code ./propdesk-data} by default: a second run continues
 * from the day after the first one's last journaled work and picks up the complaints still open; {@code
 * --fresh} starts afresh, {@code --in-memory} keeps nothing, {@code --db} names another database.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java} (add {@code -Dexec.args="--help"} for the
 * options). Not thread-safe: one run per instance.
 *
 * @since 0.1.0
 */
@Command(name = "propdesk-demo", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    version = "PropDesk demo 0.1.0",
    description = {
        "Simulates N days at M management offices of a property-management company with every PropDesk procedure"
            + " (complaints, repairs and paid services, visitors and daily reviews, deposits, seals, archives), prints"
            + " each office's figures and writes the month's reports. The same seed gives the same data and figures.",
        ""},
    footer = {
        "",
        "Through Maven, options go in -Dexec.args, e.g.:",
        "  mvn -q -pl examples -am compile exec:java -Dexec.args=\"--days 7 --offices 2\"",
        "A database user's password is read from the environment variable " + "PROPDESK_DB_PASSWORD" + "."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run finished and its journals verify", "1:the run could not finish (the database could not be opened,"
        + " a journal does not verify)", "2:a bad option"})
public final class MonthDemo implements Callable<Integer> {
  static final long DEFAULT_SEED = 20260302L;
  /** The first day of arrivals of a fresh database. */
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
  /** The longest run. */
  static final int MAX_DAYS = 366;
  /** The longest the clock runs on after the days of arrivals: long enough for a month's upgrade. */
  static final int MAX_FOLLOW_THROUGH_DAYS = 31;
  private static final String PASSWORD_VARIABLE = "PROPDESK_DB_PASSWORD";
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(15);
  private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
  private static final ComplaintCategory[] CATEGORIES = {
    ComplaintCategory.REPAIRS, ComplaintCategory.REPAIRS, ComplaintCategory.CLEANING, ComplaintCategory.NOISE,
    ComplaintCategory.PARKING, ComplaintCategory.SECURITY, ComplaintCategory.FEES, ComplaintCategory.STAFF_CONDUCT,
    ComplaintCategory.FACILITIES, ComplaintCategory.GREENING
  };

  @Spec
  private CommandSpec spec;

  @Option(names = "--days", paramLabel = "N", defaultValue = "30",
      description = "Days of arrivals, 1-" + MAX_DAYS + " (default: ${DEFAULT-VALUE}). The clock then runs on as many days"
          + " again, at most " + MAX_FOLLOW_THROUGH_DAYS + ", so that the work begun can finish.")
  int days;

  @Option(names = "--offices", paramLabel = "M", defaultValue = "3",
      description = "Management offices, 1-10 (default: ${DEFAULT-VALUE}).")
  int offices;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
      description = "Seed of the random arrivals (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--db", paramLabel = "JDBC-URL",
      description = "Run on this database instead of the embedded H2 one, e.g. jdbc:postgresql://127.0.0.1:5432/propdesk,"
          + " jdbc:mariadb://127.0.0.1:3306/propdesk, jdbc:mysql://..., jdbc:h2:/path/to/file. Its tables are created or"
          + " migrated on first use.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user for --db (password: " + PASSWORD_VARIABLE + ").")
  String dbUser;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "propdesk-data",
      description = "Folder of the embedded H2 database (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "propdesk-reports",
      description = "Folder the reports are written into, one subfolder per month (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--fresh", description = "Delete the embedded database first and start afresh.")
  boolean fresh;

  @Option(names = "--in-memory", description = "Keep nothing: run on the in-memory storage.")
  boolean inMemory;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN",
      description = "Language of the summary and the reports: zh-CN or en (default: ${DEFAULT-VALUE}).")
  String locale;

  /**
   * Runs the demo with {@code args} (see {@code --help}) and exits with a non-zero status when it did
   * not finish: 2 for a bad option, 1 otherwise.
   */
  public static void main(String[] args) {
    int status = commandLine().execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Simulates {@code days} days of arrivals at {@code offices} offices on {@code storage}, followed
   * through as the demo does, without printing or writing anything: for the benchmarks.
   *
   * @return the commands the desks finished
   */
  public static long simulate(Storage storage, int offices, int days, long seed) {
    return new Simulation(seed, storage, new DemoCompany(offices), days).run().commands();
  }

  /** The demo's command line, ready to {@code execute}; its output streams can be replaced for a test. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MonthDemo());
    // a bad option: its message and a pointer to --help, not the whole usage
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine bad = e.getCommandLine();
      bad.getErr().println(e.getMessage());
      bad.getErr().println("Run with --help for the options.");
      bad.getErr().flush();
      return bad.getCommandSpec().exitCodeOnInvalidInput();
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stderr = spec.commandLine().getErr();
    DemoText text = checkOptions();
    Storage storage;
    String where;
    AutoCloseable opened;
    try {
      if (inMemory) {
        storage = InMemoryStorage.create();
        opened = () -> { };
        where = text.get("storage.memory");
      } else if (db != null) {
        DemoDatabase.Opened database = DemoDatabase.open(db, Optional.ofNullable(dbUser),
            Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)));
        storage = database.storage();
        opened = database;
        where = text.format("storage.db", DemoDatabase.describe(db));
      } else {
        if (fresh) {
          deleteRecursively(data);
        }
        JdbcStorage embedded = JdbcStorage.embeddedH2(data);
        storage = embedded;
        opened = embedded;
        where = text.format("storage.h2", data.toAbsolutePath());
      }
    } catch (IncompatibleSchemaException e) {
      stderr.println(text.format("error.schema", db != null ? DemoDatabase.describe(db) : data.toAbsolutePath()));
      stderr.println("(" + e.getMessage() + ")");
      return 1;
    } catch (DemoDatabase.CannotOpen e) {
      stderr.println(text.format("error.db", DemoDatabase.describe(db), e.getMessage()));
      return 1;
    }
    try (opened) {
      return run(storage, where, text);
    }
  }

  private int run(Storage storage, String where, DemoText text) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    DemoCompany company = new DemoCompany(offices);
    Simulation simulation = new Simulation(seed, storage, company, days);
    int stored = simulation.officesAlreadyStored();
    if (stored > offices) {
      throw new ParameterException(spec.commandLine(), text.format("error.offices.stored", stored));
    }
    stdout.println(text.format("run.start", offices, days, simulation.first(), simulation.lastArrivalDay(), simulation.lastDay(), seed));
    stdout.flush();
    Progress progress = new Progress(spec.commandLine().getErr(), System.console() != null, simulation.first(),
        simulation.lastArrivalDay(), simulation.lastDay(), System::nanoTime);
    Summary summary = simulation.run(progress);
    print(summary, text, stdout);
    stdout.println(text.format("storage", where));
    stdout.println();
    List<Path> files = simulation.writeReports(out, text.rendering());
    printReports(files, text, stdout);
    stdout.flush();
    boolean intact = summary.months().stream().flatMap(m -> m.offices().stream()).allMatch(OfficeSummary::journalIntact);
    return intact ? 0 : 1;
  }

  /** Checks the options together, before anything is opened; a bad one ends the run with status 2. */
  private DemoText checkOptions() {
    CommandLine cl = spec.commandLine();
    if (!locale.equalsIgnoreCase("zh-CN") && !locale.equalsIgnoreCase("zh") && !locale.equalsIgnoreCase("en")) {
      throw new ParameterException(cl, "--locale must be zh-CN or en, not '" + locale + "'");
    }
    DemoText text = DemoText.of(locale.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    if (days < 1 || days > MAX_DAYS) {
      throw new ParameterException(cl, "--days must be 1-" + MAX_DAYS + ", not " + days);
    }
    if (offices < 1 || offices > DemoCompany.MAX_OFFICES) {
      throw new ParameterException(cl, "--offices must be 1-" + DemoCompany.MAX_OFFICES + ", not " + offices);
    }
    if (inMemory && db != null) {
      throw new ParameterException(cl, "--in-memory and --db name two different storages: give one");
    }
    if (fresh && db != null) {
      throw new ParameterException(cl, "--fresh deletes the embedded database only; to start afresh with --db, name an empty database");
    }
    if (dbUser != null && db == null) {
      throw new ParameterException(cl, "--db-user needs --db");
    }
    if (db != null) {
      DemoDatabase.check(db).ifPresent(problem -> {
        throw new ParameterException(cl, "--db: " + problem);
      });
    }
    DemoDatabase.writableFolder(out).ifPresent(problem -> {
      throw new ParameterException(cl, "--out: cannot write reports into " + out.toAbsolutePath() + " (" + problem + ")");
    });
    if (!inMemory && db == null) {
      DemoDatabase.writableFolder(data).ifPresent(problem -> {
        throw new ParameterException(cl, "--data: cannot keep the database in " + data.toAbsolutePath() + " (" + problem + ")");
      });
    }
    return text;
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

  /** The reports written, one line per report with its formats. */
  private static void printReports(List<Path> files, DemoText text, PrintWriter out) {
    if (files.isEmpty()) {
      return;
    }
    Map<Path, Map<String, List<String>>> byFolder = new LinkedHashMap<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      boolean csv = f.getParent().getFileName().toString().endsWith("-csv");
      Path folder = csv ? f.getParent().getParent() : f.getParent();
      String report = csv ? f.getParent().getFileName().toString().replaceFirst("-csv$", "") : file.replaceFirst("\\.[a-z]+$", "");
      byFolder.computeIfAbsent(folder, k -> new LinkedHashMap<>()).computeIfAbsent(report, k -> new ArrayList<>())
          .add(csv ? "csv" : file.substring(report.length()));
    }
    out.println(text.format("reports", files.size()));
    int width = byFolder.values().stream().flatMap(r -> r.keySet().stream()).mapToInt(String::length).max().orElse(0);
    byFolder.forEach((folder, reports) -> {
      out.println("  " + folder.toAbsolutePath() + "/");
      reports.forEach((report, kinds) -> out.printf(Locale.ROOT, "    %-" + width + "s  %s, %s%n", report,
          String.join(" ", kinds.stream().filter(k -> !k.equals("csv")).toList()),
          text.format("reports.csv", kinds.stream().filter(k -> k.equals("csv")).count(), report)));
    });
  }

  /**
   * One office's complaints of a month (投诉月度汇总).
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
   * One office's repair reports and paid services of a month (报事报修月度汇总).
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
   * One office's deposits, seal uses and archive loans of a month (押金、用印、借阅月度汇总).
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
   * The figures of one calendar month the run's arrivals touched, as storage holds them at the run's end
   * (days of the month simulated by earlier runs included).
   *
   * @param month the month
   * @param offices per office, the complaints registered in the month
   * @param repairs per office, the repair reports made in the month and the paid services charged in it
   * @param custody per office, the deposits, seal uses and archive loans of the month
   * @param frontDesks per office, the visitors and the reviewed desk-days of this run's days in the month
   */
  record MonthFigures(YearMonth month, List<OfficeSummary> offices, List<RepairOffice> repairs, List<CustodyOffice> custody,
      List<FrontDeskTraffic.FrontDeskOffice> frontDesks) {}

  /**
   * The whole run.
   *
   * @param seed the seed
   * @param first the first day of arrivals
   * @param lastArrival the last day of arrivals
   * @param last the last day simulated (the follow-through's)
   * @param months the figures of each month the arrivals touched, in order
   * @param carriedOver complaints of earlier runs still open when this run began
   * @param carriedOverClosed of which closed by the end of this run
   * @param notificationsDelivered notifications the relay delivered
   * @param rejectedCommands commands the desks refused (e.g. a reply with a forbidden phrase)
   * @param commands commands the desks finished, whatever their outcome
   * @param storedComplaints complaints in storage after the run, all runs together
   */
  record Summary(
      long seed,
      LocalDate first,
      LocalDate lastArrival,
      LocalDate last,
      List<MonthFigures> months,
      int carriedOver,
      int carriedOverClosed,
      int notificationsDelivered,
      int rejectedCommands,
      long commands,
      int storedComplaints) {}

  static void print(Summary s, DemoText t, PrintWriter out) {
    boolean intact = true;
    for (MonthFigures m : s.months()) {
      out.println();
      out.println(t.format("complaints.title", t.month(m.month())));
      List<List<String>> rows = new ArrayList<>();
      for (OfficeSummary o : m.offices()) {
        rows.add(List.of(t.office(o.name()), "" + o.received(), "" + o.valid(), "" + o.byClass().get(ComplaintClass.GENERAL),
            "" + o.byClass().get(ComplaintClass.IMPORTANT), "" + o.byClass().get(ComplaintClass.MAJOR),
            percent(o.firstRepliesOnTime(), o.firstReplies()), "" + o.upgrades(), "" + o.closed(),
            percent(o.satisfied(), o.satisfied() + o.unsatisfied())));
        intact &= o.journalIntact();
      }
      ConsoleTable.print(out, t.columns("complaints.columns"), rows);
      out.println(t.format("complaints.note.counts", m.offices().stream().mapToInt(OfficeSummary::repeats).sum(),
          m.offices().stream().mapToInt(OfficeSummary::invalid).sum(),
          m.offices().stream().mapToInt(OfficeSummary::missedFollowUpDays).sum()));
      out.println(t.get("complaints.note.rules"));
      out.println();
      out.println(t.format("repairs.title", t.month(m.month())));
      rows = new ArrayList<>();
      for (RepairOffice r : m.repairs()) {
        rows.add(List.of(t.office(r.name()), "" + r.reported(), "" + r.paid(),
            percent((int) r.firstReply().met(), (int) r.firstReply().applicable()),
            percent((int) r.arrival().met(), (int) r.arrival().applicable()), hours(r.medianMinutes()), hours(r.p90Minutes()),
            (r.callbacks().getOrDefault("SATISFIED", 0L) + r.callbacks().getOrDefault("BASICALLY_SATISFIED", 0L)) + "/"
                + r.callbacks().getOrDefault("UNSATISFIED", 0L) + "/" + r.callbacks().getOrDefault("UNREACHABLE", 0L),
            "" + r.reopened(), r.charged().toPlainString()));
      }
      ConsoleTable.print(out, t.columns("repairs.columns"), rows);
      out.println(t.get("repairs.note"));
      out.println();
      out.println(t.format("custody.title", t.month(m.month())));
      rows = new ArrayList<>();
      for (CustodyOffice c : m.custody()) {
        rows.add(List.of(t.office(c.name()), "" + c.deposits(), c.collected().toPlainString(), "" + c.settled(),
            c.refunded().toPlainString(), c.deducted().toPlainString(), "" + c.unbanked(), "" + c.stamps(), "" + c.impressions(),
            "" + c.loans(), "" + c.overdueLoans()));
      }
      ConsoleTable.print(out, t.columns("custody.columns"), rows);
      out.println(t.get("custody.note"));
      out.println();
      out.println(t.format("desks.title", t.month(m.month())));
      rows = new ArrayList<>();
      for (FrontDeskTraffic.FrontDeskOffice d : m.frontDesks()) {
        rows.add(List.of(t.office(d.name()), "" + d.visits(), "" + d.declined(), "" + d.left(),
            d.reviewedDeskDays() + "/" + d.deskDays()));
      }
      ConsoleTable.print(out, t.columns("desks.columns"), rows);
      out.println(t.get("desks.note"));
    }
    out.println();
    out.println(t.format("run.counts", s.commands(), s.notificationsDelivered(), s.rejectedCommands()));
    if (s.carriedOver() > 0) {
      out.println(t.format("run.carried", s.carriedOver(), s.carriedOverClosed()));
    }
    out.println(t.format("run.stored", s.storedComplaints(), t.get(intact ? "journal.intact" : "journal.broken")));
  }

  private static String hours(Optional<Long> minutes) {
    return minutes.map(m -> String.format(Locale.ROOT, "%.1f h", m / 60.0)).orElse("-");
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** The simulation. Single-threaded; deterministic for its seed. */
  static final class Simulation {
    private final long seed;
    private final SplittableRandom random;
    private final DemoCompany company;
    private final RecordingNotifier notifier = RecordingNotifier.create();
    private final LocalDate first;
    private final int days;
    private final LocalDate endDay;
    private final int officesStored;
    private final Instant start;
    private final Instant end;
    private final SimulatedClock clock;
    private final PropDesk desk;
    private final List<Complaint> carriedOver;
    private final Storage storage;
    private final PriorityQueue<Step> agenda = new PriorityQueue<>();
    private final Map<OfficeId, List<Complaint>> open = new LinkedHashMap<>();
    private final RepairTraffic repairs;
    private final CustodyTraffic custody;
    private final FrontDeskTraffic frontDesks;
    private long sequence;
    private int rejected;
    /** Commands the kernel has finished, whatever their outcome (the desks' telemetry). */
    private final java.util.concurrent.atomic.AtomicLong commands = new java.util.concurrent.atomic.AtomicLong();
    private long commandsAtLastSweep = -1;
    /** When the earliest pending timer is due, as of the last sweep; null until looked up. */
    private @Nullable Instant nextTimerDue;

    private record Step(Instant at, long seq, Runnable action) implements Comparable<Step> {
      @Override
      public int compareTo(Step o) {
        int c = at.compareTo(o.at);
        return c != 0 ? c : Long.compare(seq, o.seq);
      }
    }

    /**
     * A run of {@code days} days of arrivals at the offices of {@code company}, from the day after the
     * latest work {@code storage} holds (or {@link MonthDemo#FIRST_DAY}), followed through for as many
     * days again (at most {@link MonthDemo#MAX_FOLLOW_THROUGH_DAYS}).
     */
    Simulation(long seed, Storage storage, DemoCompany company, int days) {
      this.storage = storage;
      this.company = company;
      this.days = days;
      PropDesk reader = reader(storage);
      List<Complaint> stored = stored(reader);
      Optional<Instant> latest = Optional.empty();
      int withWork = 0;
      for (int o = 1; o <= DemoCompany.MAX_OFFICES; o++) {
        Optional<Instant> last = lastJournaled(reader, OfficeId.of("O" + o));
        withWork += last.isPresent() ? 1 : 0;
        latest = last.isPresent() && (latest.isEmpty() || last.get().isAfter(latest.get())) ? last : latest;
      }
      this.officesStored = withWork;
      this.first = latest.map(t -> t.atZone(DemoCompany.ZONE).toLocalDate().plusDays(1)).orElse(FIRST_DAY);
      this.endDay = first.plusDays(days + (long) Math.min(days, MAX_FOLLOW_THROUGH_DAYS));
      this.seed = seed;
      this.random = new SplittableRandom(seed ^ first.hashCode());
      this.start = first.atStartOfDay(DemoCompany.ZONE).toInstant();
      this.end = endDay.atStartOfDay(DemoCompany.ZONE).toInstant();
      this.clock = new SimulatedClock(start, DemoCompany.ZONE);
      this.carriedOver = stored.stream().filter(Complaint::isOpen).toList();
      this.desk = PropDesk.builder().clock(clock).ids(IdSource.prefixed("d" + first.toString().replace("-", "")))
          .storage(storage).notifier(notifier).directory(company.directory)
          .procedure(org.propdesk.workflows.ticket.Tickets.PROCEDURE).procedure(org.propdesk.workflows.service.Services.PROCEDURE)
          .procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE).procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
          .procedure(org.propdesk.workflows.archive.Archives.PROCEDURE)
          .procedure(org.propdesk.workflows.visitor.Visits.PROCEDURE)
          .telemetry(new org.propdesk.core.spi.Telemetry() {
            @Override
            public void commandFinished(CommandOutcome outcome) {
              commands.incrementAndGet();
            }
          })
          .build();
      this.repairs = new RepairTraffic(desk, company, random.split(), this::at, clock::instant);
      this.custody = new CustodyTraffic(desk, company, new SplittableRandom(seed * 31 + first.hashCode()), this::at, clock::instant,
          first);
      this.frontDesks = new FrontDeskTraffic(desk, company, new SplittableRandom(seed * 17 + first.hashCode()), this::at,
          clock::instant);
    }

    /** The first day of arrivals. */
    LocalDate first() {
      return first;
    }

    /** The last day of arrivals. */
    LocalDate lastArrivalDay() {
      return first.plusDays(days - 1L);
    }

    /** The last day simulated. */
    LocalDate lastDay() {
      return endDay.minusDays(1);
    }

    /** How many of the demo company's possible offices have journaled work in storage already. */
    int officesAlreadyStored() {
      return officesStored;
    }

    /** A desk that reads what storage holds, at no particular time. */
    private PropDesk reader(Storage storage) {
      return PropDesk.builder().clock(new SimulatedClock(Instant.EPOCH, DemoCompany.ZONE)).ids(IdSource.prefixed("reader"))
          .storage(storage).notifier(n -> { }).directory(company.directory).build();
    }

    /** When the office's latest journal entry happened, if it has any. */
    private static Optional<Instant> lastJournaled(PropDesk reader, OfficeId office) {
      JournalHead head = reader.audit().head(office);
      if (head.seq() < 1) {
        return Optional.empty();
      }
      return reader.audit().entries(office, head.seq(), 1).stream().findFirst().map(e -> e.draft().at());
    }

    /** Every complaint already stored at the company's offices, read by each office's director. */
    private List<Complaint> stored(PropDesk reader) {
      List<Complaint> all = new ArrayList<>();
      for (ManagementOffice office : company.offices) {
        all.addAll(reader.complaints().list(company.actor(office.id(), Role.OFFICE_DIRECTOR), office.id(), Instant.EPOCH, FAR));
      }
      return all;
    }

    /** Runs the simulation to its last day without showing progress; returns the figures. */
    Summary run() {
      return run(new Progress(new PrintWriter(java.io.Writer.nullWriter()), false, first, lastArrivalDay(), lastDay(),
          System::nanoTime));
    }

    /** Runs the simulation to its last day, telling {@code progress} how far it has got; returns the figures. */
    Summary run(Progress progress) {
      for (Instant t = start; t.isBefore(end); t = t.plus(SWEEP_EVERY)) {
        at(t, this::sweep);
      }
      carriedOver.forEach(this::resume);
      repairs.plan(first, days, start, end);
      custody.plan(first, days, start);
      frontDesks.plan(first, days);
      for (ManagementOffice office : company.offices) {
        open.put(office.id(), new ArrayList<>());
        for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
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
        progress.at(clock.instant().atZone(DemoCompany.ZONE).toLocalDate(), commands.get());
      }
      sweep();
      progress.finish(lastDay(), commands.get());
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
      if (commands.get() == commandsAtLastSweep) {
        if (nextTimerDue == null) {
          nextTimerDue = desk.timers().nextDue().orElse(FAR); // looked up once per quiet spell
        }
        if (clock.instant().isBefore(nextTimerDue)) {
          return;
        }
      }
      desk.timers().runDue();
      desk.outbox().deliverDue();
      commandsAtLastSweep = commands.get();
      nextTimerDue = null;
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

    /** The calendar months the run's arrivals touched, in order. */
    List<YearMonth> months() {
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(lastArrivalDay())); m = m.plusMonths(1)) {
        months.add(m);
      }
      return months;
    }

    /**
     * Writes the reports of every month the run's arrivals touched into {@code dir}/{@code <month>}, in
     * every format, rendered by {@code rendering}: the complaint analysis of all offices (as the service
     * centre sees it) and of each office (its director), the incident and repair summary likewise, each
     * office's deposit ledger statement, unbanked list, seal use register and archive loan register of the
     * month, and each office's daily-clear and weekly-summary records of every week of the month simulated
     * so far.
     */
    List<Path> writeReports(Path dir, org.propdesk.reporting.Rendering rendering) {
      List<Path> written = new ArrayList<>();
      for (YearMonth month : months()) {
        written.addAll(writeReports(dir.resolve(month.toString()), month, rendering));
      }
      return written;
    }

    private List<Path> writeReports(Path folder, YearMonth month, org.propdesk.reporting.Rendering rendering) {
      List<Path> written = new ArrayList<>();
      org.propdesk.reporting.complaint.ComplaintAnalyst analyst = new org.propdesk.reporting.complaint.ComplaintAnalyst(desk);
      org.propdesk.core.supervision.ReportPeriod period = org.propdesk.core.supervision.ReportPeriod.month(month);
      List<Optional<OfficeId>> scopes = new ArrayList<>();
      scopes.add(Optional.empty());
      company.offices.forEach(o -> scopes.add(Optional.of(o.id())));
      for (Optional<OfficeId> scope : scopes) {
        Actor reader = scope.map(o -> company.actor(o, Role.OFFICE_DIRECTOR)).orElseGet(company::serviceCentre);
        org.propdesk.reporting.complaint.ComplaintAnalysis analysis = analyst.analyse(reader, period, scope).orElseThrow();
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.complaint.ComplaintAnalysisReport.of(
            analysis, company.directory, DemoCompany.ZONE), rendering, folder));
      }
      org.propdesk.reporting.ticket.RepairAnalyst repairAnalyst = new org.propdesk.reporting.ticket.RepairAnalyst(desk);
      for (Optional<OfficeId> scope : scopes) {
        Actor reader = scope.map(o -> company.actor(o, Role.OFFICE_DIRECTOR)).orElseGet(company::serviceCentre);
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.ticket.RepairSummaryReport.of(
            repairAnalyst.analyse(reader, period, scope).orElseThrow(), company.directory, DemoCompany.ZONE), rendering, folder));
      }
      for (ManagementOffice office : company.offices) {
        Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
        Actor finance = company.actor(office.id(), Role.FINANCE);
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.deposit.DepositRegisters.ledgerStatement(desk,
            finance, office.id(), month.atDay(1), month.atEndOfMonth()), rendering, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.deposit.DepositRegisters.unbanked(desk, finance,
            office.id()), rendering, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.seal.SealUseRegisterReport.of(desk, director,
            office.id(), Optional.empty(), month.atDay(1), month.atEndOfMonth()), rendering, folder));
        written.addAll(org.propdesk.reporting.ReportFiles.writeAll(org.propdesk.reporting.archive.LoanRegisterReport.of(desk, director,
            office.id(), month.atDay(1), month.atEndOfMonth()), rendering, folder));
      }
      LocalDate firstMonday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      LocalDate until = month.plusMonths(1).atDay(1).isBefore(endDay) ? month.plusMonths(1).atDay(1) : endDay;
      for (ManagementOffice office : company.offices) {
        for (LocalDate monday = firstMonday; monday.isBefore(until); monday = monday.plusWeeks(1)) {
          org.propdesk.reporting.Report records = org.propdesk.reporting.supervision.DeskRecordsReport.of(desk,
              company.actor(office.id(), Role.CUSTOMER_SUPERVISOR), office.id(), monday).orElseThrow();
          written.addAll(org.propdesk.reporting.ReportFiles.writeAll(records, rendering, folder));
        }
      }
      return written;
    }

    private Summary summarise() {
      List<MonthFigures> figures = new ArrayList<>();
      for (YearMonth month : months()) {
        LocalDate from = month.atDay(1).isAfter(first) ? month.atDay(1) : first;
        LocalDate to = month.atEndOfMonth().isBefore(lastArrivalDay()) ? month.atEndOfMonth() : lastArrivalDay();
        figures.add(new MonthFigures(month, complaintOffices(month), repairOffices(month), custodyOffices(month),
            company.offices.stream().map(o -> frontDesks.figures(o, from, to)).toList()));
      }
      List<Complaint> everything = stored(reader(storage));
      java.util.Set<ComplaintId> carried = carriedOver.stream().map(Complaint::id).collect(java.util.stream.Collectors.toSet());
      int carriedClosed = (int) everything.stream().filter(c -> carried.contains(c.id()) && !c.isOpen()).count();
      return new Summary(seed, first, lastArrivalDay(), lastDay(), figures, carriedOver.size(), carriedClosed,
          notifier.eventIds().size(), rejected + repairs.rejected() + custody.rejected() + frontDesks.rejected(), commands.get(), everything.size());
    }

    /** Each office's complaints registered in the month, as its director lists them. */
    private List<OfficeSummary> complaintOffices(YearMonth month) {
      Instant from = month.atDay(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      Instant to = month.plusMonths(1).atDay(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      List<OfficeSummary> offices = new ArrayList<>();
      for (ManagementOffice office : company.offices) {
        List<Complaint> all = desk.complaints().list(company.actor(office.id(), Role.OFFICE_DIRECTOR), office.id(), from, to)
            .stream().filter(c -> !c.registeredAt().isBefore(from) && c.registeredAt().isBefore(to)).toList();
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
      return offices;
    }

    /** Each office's deposits, stamps and loans of the month, from the registers its director reads. */
    private List<CustodyOffice> custodyOffices(YearMonth month) {
      List<CustodyOffice> out = new ArrayList<>();
      LocalDate monthStart = month.atDay(1);
      LocalDate monthEnd = month.atEndOfMonth();
      Instant from = monthStart.atStartOfDay(DemoCompany.ZONE).toInstant();
      Instant to = monthEnd.plusDays(1).atStartOfDay(DemoCompany.ZONE).toInstant();
      for (ManagementOffice office : company.offices) {
        Actor director = company.actor(office.id(), Role.OFFICE_DIRECTOR);
        var deposits = desk.procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE);
        List<org.propdesk.core.deposit.Deposit> collectedInMonth = deposits.withEntriesIn(director, office.id(), from, to).stream()
            .filter(d -> !d.collectedAt().isBefore(from) && d.collectedAt().isBefore(to)).toList();
        long collected = collectedInMonth.stream().mapToLong(d -> d.ledger().collected().fen()).sum();
        List<org.propdesk.core.deposit.Deposit> settled = collectedInMonth.stream()
            .filter(d -> d.state() == org.propdesk.core.deposit.DepositState.SETTLED).toList();
        long refunded = settled.stream().mapToLong(d -> d.ledger().refunded().fen()).sum();
        long deducted = settled.stream().mapToLong(d -> d.ledger().deducted().fen()).sum();
        List<org.propdesk.core.deposit.Deposit> unbanked = deposits.unbanked(director, office.id());
        List<org.propdesk.core.seal.SealUse.RegisterLine> stamps = desk.procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
            .useRegister(director, office.id(), Optional.empty(), monthStart, monthEnd);
        List<org.propdesk.core.archive.ArchiveLoan.RegisterLine> loans = desk.procedure(org.propdesk.workflows.archive.Archives.PROCEDURE)
            .loanRegister(director, office.id(), monthStart, monthEnd);
        out.add(new CustodyOffice(office.id(), office.name(), collectedInMonth.size(), org.propdesk.core.common.Money.ofFen(collected),
            settled.size(), org.propdesk.core.common.Money.ofFen(refunded), org.propdesk.core.common.Money.ofFen(deducted),
            unbanked.size(), stamps.size(), stamps.stream().mapToLong(org.propdesk.core.seal.SealUse.RegisterLine::impressions).sum(),
            loans.stream().filter(l -> l.state() != org.propdesk.core.archive.LoanState.REFUSED).count(),
            loans.stream().filter(org.propdesk.core.archive.ArchiveLoan.RegisterLine::overdue).count()));
      }
      return out;
    }

    /** Each office's repairs of the month, from the incident and repair summary its director reads. */
    private List<RepairOffice> repairOffices(YearMonth month) {
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
