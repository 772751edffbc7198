package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.ComplaintClass;
import org.propdesk.core.complaint.ComplaintEvent;
import org.propdesk.core.complaint.ComplaintId;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Registration;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.spi.WorkCalendar;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.EventSink;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.Notifier;
import org.propdesk.core.spi.Storage;
import org.propdesk.core.visitor.VisitId;
import org.propdesk.core.visitor.VisitRegistration;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.service.Services;
import org.propdesk.workflows.ticket.Tickets;
import org.propdesk.workflows.RetryPolicy;
import org.propdesk.workflows.complaint.ComplaintCommand;
import org.propdesk.workflows.visitor.Visits;

/**
 * Every public method of the facade, its desks and its builder, called with {@code null} in each
 * reference parameter in turn (the others valid), throws {@link InvalidInputException} naming a field:
 * never a {@link NullPointerException}, never a half-done command. A method whose parameter type has no
 * sample here fails the test, so a new method cannot slip past it.
 */
class EveryFacadeMethodNamesANullArgumentTest {

  private final Desks d = new Desks();

  private Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new LinkedHashMap<>();
    s.put(Actor.class, Fixtures.clerk(OFFICE_1));
    s.put(OfficeId.class, OFFICE_1);
    s.put(FrontDeskId.class, Fixtures.desk(OFFICE_1));
    s.put(ComplaintId.class, ComplaintId.of("C-000001"));
    s.put(VisitId.class, VisitId.of("V-000001"));
    s.put(String.class, "note");
    s.put(Instant.class, d.clock.instant());
    s.put(LocalDate.class, LocalDate.of(2026, 3, 2));
    s.put(Registration.class, Fixtures.registration(OFFICE_1, 1).build());
    s.put(VisitRegistration.class, VisitRegistration.builder().desk(Fixtures.desk(OFFICE_1)).visitorName("陈杰")
        .host(Fixtures.director(OFFICE_1).staffId()).purpose("送图纸").partySize(1).build());
    s.put(ComplaintCommand.class, ComplaintCommand.reply(Reply.of("马上处理。")));
    s.put(Judgement.class, Judgement.valid(false, false));
    s.put(Reply.class, Reply.of("马上处理。"));
    s.put(FollowUpContact.class, FollowUpContact.now(ContactChannel.PHONE, "好的"));
    s.put(Callback.class, new Callback(CallbackOutcome.SATISFIED, "满意"));
    s.put(ClassChange.class, ClassChange.to(ComplaintClass.IMPORTANT, "更正"));
    s.put(org.propdesk.core.complaint.HandlingTimeAgreement.class,
        new org.propdesk.core.complaint.HandlingTimeAgreement(d.clock.instant().plusSeconds(3600), "配件明天到"));
    s.put(org.propdesk.core.complaint.ComplainedAbout.class,
        org.propdesk.core.complaint.ComplainedAbout.department(org.propdesk.core.complaint.Department.SECURITY));
    s.put(org.propdesk.core.supervision.ServiceVisitId.class, org.propdesk.core.supervision.ServiceVisitId.of("V-000001"));
    s.put(org.propdesk.core.supervision.ServiceVisitReport.class, org.propdesk.core.supervision.ServiceVisitReport.now(OFFICE_1,
        Fixtures.owner(OFFICE_1, 1), org.propdesk.core.supervision.VisitMode.PHONE, "满意"));
    s.put(org.propdesk.core.ticket.TicketId.class, org.propdesk.core.ticket.TicketId.of("T-000001"));
    s.put(org.propdesk.core.ticket.port.RepairRequest.class, org.propdesk.core.ticket.port.RepairRequest.builder()
        .desk(Fixtures.desk(OFFICE_1)).location("卫生间").category(org.propdesk.core.ticket.port.RepairCategory.LEAK)
        .description("漏水").build());
    s.put(org.propdesk.core.org.StaffId.class, Fixtures.technician(OFFICE_1).staffId());
    s.put(org.propdesk.core.ticket.port.RepairCategory.class, org.propdesk.core.ticket.port.RepairCategory.ELECTRICAL_AND_LIGHTING);
    s.put(org.propdesk.core.ticket.PauseReason.class, org.propdesk.core.ticket.PauseReason.WAITING_FOR_PARTS);
    s.put(org.propdesk.core.ticket.TicketState[].class, new org.propdesk.core.ticket.TicketState[0]);
    s.put(org.propdesk.core.service.ServiceOrderId.class, org.propdesk.core.service.ServiceOrderId.of("SO-000001"));
    s.put(org.propdesk.core.service.ServiceContractId.class, org.propdesk.core.service.ServiceContractId.of("SC-000001"));
    s.put(org.propdesk.core.service.PriceListDraft.class, new org.propdesk.core.service.PriceListDraft(d.clock.instant(),
        List.of(new org.propdesk.core.service.PriceItem("WD-01", "更换水龙头", "个", org.propdesk.core.common.Money.parse("35.00"),
            org.propdesk.core.service.ServiceKind.REPAIR)), "首版"));
    s.put(org.propdesk.core.service.ServiceRequest.class, org.propdesk.core.service.ServiceRequest.builder()
        .desk(Fixtures.desk(OFFICE_1)).kind(org.propdesk.core.service.ServiceKind.CLEANING).description("保洁").build());
    s.put(org.propdesk.core.service.QuoteDraft.class, org.propdesk.core.service.QuoteDraft.of(
        org.propdesk.core.service.QuoteLineDraft.listed("WD-01", 1)));
    s.put(org.propdesk.core.service.ChargeRequest.class, new org.propdesk.core.service.ChargeRequest(
        org.propdesk.core.common.Money.parse("35.00"), org.propdesk.core.service.PaymentMethod.CASH, "R-1"));
    s.put(org.propdesk.core.service.ContractDraft.class, org.propdesk.core.service.ContractDraft.builder().desk(Fixtures.desk(OFFICE_1))
        .unit(Fixtures.unit(OFFICE_1, 1)).owner(Fixtures.owner(OFFICE_1, 1)).description("保洁").item("CL-01")
        .schedule(org.propdesk.core.service.VisitSchedule.weekly(java.time.DayOfWeek.MONDAY, java.time.LocalTime.NOON))
        .term(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 30)).signedBy("业主").build());
    s.put(org.propdesk.core.service.ServiceOrderState[].class, new org.propdesk.core.service.ServiceOrderState[0]);
    s.put(org.propdesk.core.deposit.DepositId.class, org.propdesk.core.deposit.DepositId.of("D-000001"));
    s.put(org.propdesk.core.deposit.ReceiptNumber.class, org.propdesk.core.deposit.ReceiptNumber.parse("R-1"));
    s.put(org.propdesk.core.deposit.CollectionRequest.class, new org.propdesk.core.deposit.CollectionRequest(Fixtures.desk(OFFICE_1),
        org.propdesk.core.deposit.DepositType.RENTAL, Fixtures.unit(OFFICE_1, 1), java.util.Optional.empty(), "王芳",
        java.util.Optional.empty(), org.propdesk.core.common.Money.parse("100.00"), org.propdesk.core.deposit.DepositMethod.CASH,
        org.propdesk.core.deposit.ReceiptNumber.parse("R-1"), "押金"));
    s.put(org.propdesk.core.common.Money.class, org.propdesk.core.common.Money.parse("100.00"));
    s.put(org.propdesk.core.deposit.DepositMethod.class, org.propdesk.core.deposit.DepositMethod.CASH);
    s.put(org.propdesk.core.deposit.RefundApplicationDraft.class, new org.propdesk.core.deposit.RefundApplicationDraft("王芳",
        org.propdesk.core.deposit.ApplicantRelation.PAYER, java.util.Optional.empty(), org.propdesk.core.deposit.ReceiptNumber.parse("R-1")));
    s.put(org.propdesk.core.deposit.DepositState[].class, new org.propdesk.core.deposit.DepositState[0]);
    s.put(org.propdesk.core.seal.SealId.class, org.propdesk.core.seal.SealId.of("SEAL-1"));
    s.put(org.propdesk.core.seal.SealUseId.class, org.propdesk.core.seal.SealUseId.of("SU-1"));
    s.put(org.propdesk.core.seal.SealDraft.class, new org.propdesk.core.seal.SealDraft(org.propdesk.core.seal.SealType.OFFICE, "管理处章",
        Fixtures.director(OFFICE_1).staffId(), "新刻"));
    s.put(org.propdesk.core.seal.SealUseDraft.class, new org.propdesk.core.seal.SealUseDraft(org.propdesk.core.seal.SealId.of("SEAL-1"),
        "前台", "通知", "张贴", 1));
    s.put(org.propdesk.core.seal.LossKind.class, org.propdesk.core.seal.LossKind.LOST);
    s.put(org.propdesk.core.seal.SealUseState[].class, new org.propdesk.core.seal.SealUseState[0]);
    s.put(org.propdesk.core.archive.ArchiveItemId.class, org.propdesk.core.archive.ArchiveItemId.of("AI-1"));
    s.put(org.propdesk.core.archive.LoanId.class, org.propdesk.core.archive.LoanId.of("AL-1"));
    s.put(org.propdesk.core.archive.ArchiveItemDraft.class, new org.propdesk.core.archive.ArchiveItemDraft(
        org.propdesk.core.archive.ArchiveCategory.OFFICE_FILE, "资料", "A-1", org.propdesk.core.archive.Confidentiality.ORDINARY,
        java.util.Optional.of(5), LocalDate.of(2026, 1, 1), java.util.Optional.empty(), java.util.Optional.empty()));
    s.put(org.propdesk.core.archive.LoanDraft.class, org.propdesk.core.archive.LoanDraft.inRoom(
        org.propdesk.core.archive.ArchiveItemId.of("AI-1"), "查阅", d.clock.instant().plusSeconds(3600)));
    s.put(org.propdesk.core.archive.ArchiveItemState[].class, new org.propdesk.core.archive.ArchiveItemState[0]);
    s.put(org.propdesk.core.owner.OwnerId.class, Fixtures.owner(OFFICE_1, 1));
    s.put(org.propdesk.core.estate.UnitId.class, Fixtures.unit(OFFICE_1, 1));
    s.put(Class.class, ComplaintEvent.class);
    s.put(JournalHead.class, d.desk.audit().head(OFFICE_1));
    s.put(Procedure.class, Visits.PROCEDURE);
    s.put(EventSink.class, (EventSink) e -> {});
    s.put(Clock.class, d.clock);
    s.put(IdSource.class, IdSource.sequential());
    s.put(Storage.class, InMemoryStorage.create());
    s.put(Notifier.class, RecordingNotifier.create());
    s.put(Directory.class, Fixtures.directory());
    s.put(WorkCalendar.class, d.desk.calendar());
    s.put(ComplaintPolicies.class, ComplaintPolicies.seedDefaults());
    s.put(RetryPolicy.class, RetryPolicy.defaults());
    s.put(java.util.Locale.class, java.util.Locale.ENGLISH);
    s.put(org.propdesk.core.spi.RecordQuery.class, org.propdesk.core.spi.RecordQuery.of("complaint").office(OFFICE_1).build());
    s.put(org.propdesk.core.spi.Aggregation.class, org.propdesk.core.spi.Aggregation.of(
        org.propdesk.core.spi.RecordQuery.of("complaint").office(OFFICE_1).build())
        .measure(org.propdesk.core.spi.Aggregation.Measure.count()).build());
    s.put(org.propdesk.core.lifecycle.AggregateType.class, org.propdesk.core.complaint.Complaint.TYPE);
    s.put(List.class, List.of(s.get(org.propdesk.core.spi.Aggregation.class)));
    s.put(java.util.Optional.class, java.util.Optional.of(OFFICE_1));
    s.put(org.propdesk.core.supervision.ReportPeriod.class,
        org.propdesk.core.supervision.ReportPeriod.month(java.time.YearMonth.of(2026, 2)));
    s.put(java.util.function.Consumer.class, (java.util.function.Consumer<Object>) x -> {});
    s.put(java.util.ResourceBundle.class, java.util.ResourceBundle.getBundle("org.propdesk.workflows.complaint.ComplaintMessages"));
    return s;
  }

  @Test
  void everyPublicMethodGivenANullArgumentThrowsInvalidInputNamingAField() throws Exception {
    PropDesk withVisits = PropDesk.builder().clock(d.clock).ids(IdSource.sequential()).storage(InMemoryStorage.create())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Visits.PROCEDURE)
        .procedure(Tickets.PROCEDURE).procedure(Services.PROCEDURE)
        .procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE).procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
        .procedure(org.propdesk.workflows.archive.Archives.PROCEDURE).build();
    List<Object> targets = List.of(d.desk, d.desk.complaints(), d.desk.timers(), d.desk.outbox(), d.desk.reviews(),
        d.desk.audit(), d.desk.records(), withVisits.procedure(Visits.PROCEDURE), withVisits.procedure(Tickets.PROCEDURE),
        withVisits.procedure(Services.PROCEDURE), withVisits.procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE),
        withVisits.procedure(org.propdesk.workflows.seal.Seals.PROCEDURE),
        withVisits.procedure(org.propdesk.workflows.archive.Archives.PROCEDURE), PropDesk.builder());
    Map<Class<?>, Object> samples = samples();
    List<String> calls = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Object target : targets) {
      for (Method m : target.getClass().getMethods()) {
        if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          Object[] args = new Object[types.length];
          for (int k = 0; k < types.length; k++) {
            args[k] = k == i ? null : sample(samples, types[k], m);
          }
          String call = target.getClass().getSimpleName() + "." + m.getName() + " with null parameter " + (i + 1);
          calls.add(call);
          try {
            m.invoke(target, args);
            wrong.add(call + ": returned normally");
          } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (!(t instanceof InvalidInputException invalid) || invalid.field().isBlank()) {
              wrong.add(call + ": threw " + t);
            }
          }
        }
      }
    }
    assertThat(calls).hasSizeGreaterThan(50);
    assertThat(wrong).isEmpty();
    // nothing was written by any refused call
    assertThat(d.desk.audit().verify(OFFICE_1).entriesChecked()).isZero();
  }

  @Test
  void everyPublicMethodTakingAnActorRefusesOneTheDirectoryDoesNotBackBeforeTouchingStorage() throws Exception {
    PropDesk withVisits = PropDesk.builder().clock(d.clock).ids(IdSource.sequential()).storage(d.storage)
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).procedure(Visits.PROCEDURE)
        .procedure(Tickets.PROCEDURE).procedure(Services.PROCEDURE)
        .procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE).procedure(org.propdesk.workflows.seal.Seals.PROCEDURE)
        .procedure(org.propdesk.workflows.archive.Archives.PROCEDURE).build();
    Actor clerk = Fixtures.clerk(OFFICE_1);
    Actor forged = Actor.inOffice(clerk.staffId(), clerk.name(), OFFICE_1, org.propdesk.core.org.Role.OFFICE_DIRECTOR);
    Map<Class<?>, Object> samples = samples();
    List<String> calls = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Object target : List.of(withVisits.complaints(), withVisits.reviews(), withVisits.procedure(Visits.PROCEDURE),
        withVisits.procedure(Tickets.PROCEDURE), withVisits.procedure(Services.PROCEDURE),
        withVisits.procedure(org.propdesk.workflows.deposit.Deposits.PROCEDURE),
        withVisits.procedure(org.propdesk.workflows.seal.Seals.PROCEDURE),
        withVisits.procedure(org.propdesk.workflows.archive.Archives.PROCEDURE))) {
      for (Method m : target.getClass().getMethods()) {
        Class<?>[] types = m.getParameterTypes();
        if (m.getDeclaringClass() == Object.class || types.length == 0 || types[0] != Actor.class) {
          continue;
        }
        Object[] args = new Object[types.length];
        args[0] = forged;
        for (int k = 1; k < types.length; k++) {
          args[k] = sample(samples, types[k], m);
        }
        String call = target.getClass().getSimpleName() + "." + m.getName();
        calls.add(call);
        try {
          m.invoke(target, args);
          wrong.add(call + ": returned normally");
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof InvalidInputException invalid) || !invalid.field().equals("actor")) {
            wrong.add(call + ": threw " + e.getCause());
          }
        }
      }
    }
    assertThat(calls).hasSizeGreaterThan(20);
    assertThat(wrong).isEmpty();
    assertThat(d.desk.audit().verify(OFFICE_1).entriesChecked()).isZero();
  }

  private static Object sample(Map<Class<?>, Object> samples, Class<?> type, Method m) {
    if (type == long.class) {
      return 1L;
    }
    if (type == int.class) {
      return 10;
    }
    if (type == boolean.class) {
      return true;
    }
    Object v = samples.get(type);
    if (v == null) {
      throw new AssertionError("no sample of " + type.getName() + " for " + m + ": add one to the test");
    }
    return v;
  }
}
