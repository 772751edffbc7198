package org.propdesk.examples;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.propdesk.core.common.Money;
import org.propdesk.core.common.PhoneNumber;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Channel;
import org.propdesk.core.complaint.Classification;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintCategory;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintClassifier;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.ComplaintTimers;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.complaint.ReplyWording;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.deposit.CollectionRequest;
import org.propdesk.core.deposit.Deposit;
import org.propdesk.core.deposit.DepositMethod;
import org.propdesk.core.deposit.DepositType;
import org.propdesk.core.deposit.ReceiptNumber;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.WorkCalendar;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.deposit.Deposits;

/**
 * A company's own policy set (公司自定义规则), next to the manual's defaults, on the same day's work:
 *
 * <ul>
 *   <li><b>Classifier:</b> the manual's criteria, plus "raised three times or more is important even
 *       without the company at fault" (this company treats persistence as a signal).
 *   <li><b>Timers:</b> a first reply within 10 minutes (the manual: 15), important complaints resolved
 *       within 2 days (3), major within 5 (7).
 *   <li><b>Forbidden phrases:</b> the manual's list plus the company's own ("不归我们管", and "不清楚",
 *       stricter than the manual's "我不清楚"), with "不清楚" allowed inside the sentence the company
 *       itself uses ("不清楚的地方请随时来电").
 *   <li><b>Work calendar:</b> the statutory calendar plus the company's own day off (its anniversary,
 *       Friday 6 March 2026), so deposits collected on Thursday are due at the bank on Monday.
 * </ul>
 *
 * <p>Every policy is an interface or a value of {@code core}: a company changes behaviour by passing
 * its own, never by editing PropDesk. Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.propdesk.examples.CustomPoliciesExample}.
 */
public final class CustomPoliciesExample {
  private CustomPoliciesExample() {}

  /** The company's anniversary, a day off for every office. */
  static final LocalDate ANNIVERSARY = LocalDate.of(2026, 3, 6);

  /** The manual's criteria, plus: raised three times or more is at least important. */
  static ComplaintClassifier persistenceCounts() {
    ComplaintClassifier manual = ComplaintClassifier.seedDefaults();
    return (facts, timesRaised) -> {
      Classification base = manual.classify(facts, timesRaised);
      if (base.complaintClass() == ComplaintClass.GENERAL && timesRaised >= 3) {
        return new Classification(ComplaintClass.IMPORTANT, ImmutableSet.of());
      }
      return base;
    };
  }

  /** The company's complaint policies. */
  static ComplaintPolicies companyPolicies() {
    return ComplaintPolicies.seedDefaults()
        .withClassifier(persistenceCounts())
        .withTimers(new ComplaintTimers(Duration.ofMinutes(10), Period.ofMonths(1), Duration.ofDays(2), Duration.ofDays(5)))
        .withWording(ReplyWording.forbidding(concat(ReplyWording.seedDefaults().phrases(), "不归我们管", "不清楚"))
            .allowing(concat(ReplyWording.seedDefaults().allowedWords(), "不清楚的地方请随时来电")));
  }

  private static String[] concat(List<String> manual, String... own) {
    List<String> all = new ArrayList<>(manual);
    all.addAll(List.of(own));
    return all.toArray(String[]::new);
  }

  /** The statutory calendar with the company's own days off. */
  static WorkCalendar companyCalendar(Set<LocalDate> daysOff) {
    WorkCalendar statutory = ChinaWorkCalendar.statutory();
    return date -> !daysOff.contains(date) && statutory.isWorkingDay(date);
  }

  /** What one desk observed on the day. */
  record Day(String firstReplyAlarmAfter, boolean ownPhraseRefused, boolean vaguePhraseRefused, boolean allowedWordsAccepted,
      Optional<ComplaintClass> thirdRaisingClass, LocalDate bankingDue) {}

  static Day workADay(PropDesk desk, DemoCompany company, SimulatedClock clock, RecordingNotifier notifier) {
    OfficeId office = company.offices.get(0).id();
    var clerk = company.actor(office, Role.FRONT_DESK_CLERK);
    var supervisor = company.actor(office, Role.CUSTOMER_SUPERVISOR);
    Registration.Builder noisyLift = Registration.builder().desk(company.offices.get(0).desks().get(0).id())
        .channel(Channel.FRONT_DESK).owner(DemoCompany.owner(office, 9)).unit(DemoCompany.unit(office, 9))
        .contactName("陈先生").contactPhone(company.phone(office, 9)).category(ComplaintCategory.REPAIRS)
        .content("电梯异响，已经反映过好几次。");

    // the first reply: when does the overdue alarm go out? The sweep runs every 30 seconds.
    Instant registered = clock.instant();
    Complaint first = desk.complaints().register(clerk, noisyLift.build()).orElseThrow();
    String alarmAfter = "none within 30 minutes";
    for (int step = 1; step <= 60; step++) {
      clock.moveTo(registered.plusSeconds(30L * step));
      desk.timers().runDue();
      desk.outbox().deliverDue();
      if (notifier.deliveries().stream().anyMatch(n -> n.eventType().equals("FirstReplyOverdue"))) {
        alarmAfter = String.format(java.util.Locale.ROOT, "%d:%02d", step / 2, step % 2 * 30);
        break;
      }
    }

    // replies checked against the phrase list
    boolean refused = !desk.complaints().reply(clerk, first.id(), Reply.of("这个不归我们管，请您谅解。")).isAccepted();
    boolean vague = !desk.complaints().reply(clerk, first.id(), Reply.of("具体原因我们也不清楚。")).isAccepted();
    boolean accepted = desk.complaints().reply(clerk, first.id(), Reply.of("已安排维修，不清楚的地方请随时来电。")).isAccepted();

    // the owner raises the open matter a second and a third time; the supervisor judges it valid, no fault
    desk.complaints().register(clerk, noisyLift.repeatOf(first.id()).build()).orElseThrow();
    desk.complaints().register(clerk, noisyLift.repeatOf(first.id()).build()).orElseThrow();
    Result<Complaint> judged = desk.complaints().judge(supervisor, first.id(), Judgement.valid(false, false));

    // a renovation deposit collected on Thursday 5 March: when must it be at the bank?
    Deposit deposit = desk.procedure(Deposits.PROCEDURE).collect(clerk, new CollectionRequest(
        company.offices.get(0).desks().get(0).id(), DepositType.RENOVATION, DemoCompany.unit(office, 9),
        Optional.of(DemoCompany.owner(office, 9)), "陈明", Optional.of(PhoneNumber.of(company.phone(office, 9))),
        Money.parse("2000.00"), DepositMethod.CASH, ReceiptNumber.parse("NO-000123"), "9 号房装修押金"), "collect-NO-000123")
        .orElseThrow();
    return new Day(alarmAfter, refused, vague, accepted, judged.value().flatMap(Complaint::complaintClass), deposit.bankingDue());
  }

  private static Day run(boolean own) {
    DemoCompany company = new DemoCompany();
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-05T01:00:00Z"), DemoCompany.ZONE);
    RecordingNotifier notifier = RecordingNotifier.create();
    PropDesk.Builder b = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(notifier).directory(company.directory()).procedure(Deposits.PROCEDURE);
    if (own) {
      b.complaintPolicies(companyPolicies()).calendar(companyCalendar(Set.of(ANNIVERSARY)));
    }
    return workADay(b.build(), company, clock, notifier);
  }

  /** Runs the day with the manual's defaults and with the company's policies; returns both. */
  static List<Day> run(PrintStream out) {
    Day manual = run(false);
    Day company = run(true);
    out.printf("%-44s %-22s %s%n", "", "manual's defaults", "company's policies");
    out.printf("%-44s %-22s %s%n", "first-reply overdue alarm after", manual.firstReplyAlarmAfter(), company.firstReplyAlarmAfter());
    out.printf("%-44s %-22s %s%n", "reply \"这个不归我们管…\" refused", manual.ownPhraseRefused(), company.ownPhraseRefused());
    out.printf("%-44s %-22s %s%n", "reply \"…我们也不清楚\" refused", manual.vaguePhraseRefused(), company.vaguePhraseRefused());
    out.printf("%-44s %-22s %s%n", "reply \"…不清楚的地方请随时来电\" accepted", manual.allowedWordsAccepted(),
        company.allowedWordsAccepted());
    out.printf("%-44s %-22s %s%n", "third raising, valid, no fault: class", manual.thirdRaisingClass().orElse(null),
        company.thirdRaisingClass().orElse(null));
    out.printf("%-44s %-22s %s%n", "deposit of Thu 5 March due at the bank", manual.bankingDue(), company.bankingDue());
    return List.of(manual, company);
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }
}
