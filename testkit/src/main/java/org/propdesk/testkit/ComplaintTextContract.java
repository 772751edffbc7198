package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propdesk.testkit.Fixtures.OFFICE_1;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.CallbackOutcome;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintState;
import org.propdesk.core.complaint.ContactChannel;
import org.propdesk.core.complaint.ContactRecord;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.Storage;
import org.propdesk.workflows.PropDesk;

/**
 * What staff write on a complaint (投诉文字), through the facade on a storage of the implementer's
 * choosing: every staff text said to an owner is checked for forbidden phrases (服务禁语, PROCEDURES §4),
 * every free text refuses control characters, and a refused command changes nothing that is stored.
 *
 * <p>Implement it in a test class with {@link #newStorage()} returning a new, empty storage.
 *
 * @since 0.1.0
 */
public interface ComplaintTextContract {
  /** A new, empty storage. */
  Storage newStorage();

  /** A desk on a new storage, its clock at 2026-03-02 09:00 in Shanghai. */
  private Office open() {
    MutableClock clock = MutableClock.shanghai("2026-03-02T09:00");
    PropDesk desk = PropDesk.builder().clock(clock).ids(IdSource.sequential()).storage(newStorage())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build();
    return new Office(desk, clock);
  }

  /** A desk and its clock. */
  record Office(PropDesk desk, MutableClock clock) {
    Complaint registered() {
      return desk.complaints().register(Fixtures.clerk(OFFICE_1), Fixtures.registration(OFFICE_1, 1).build()).orElseThrow();
    }

    Complaint inHandling() {
      Complaint c = registered();
      return desk.complaints().judge(Fixtures.supervisor(OFFICE_1), c.id(), Judgement.valid(false, false)).orElseThrow();
    }

    Complaint resolved() {
      Complaint c = inHandling();
      return desk.complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), "灯已更换，请您检查。").orElseThrow();
    }

    Complaint reload(Complaint c) {
      return desk.complaints().find(Fixtures.clerk(OFFICE_1), c.id()).orElseThrow();
    }

    /** The command is refused as a forbidden phrase naming the field and the phrase; nothing changed. */
    void refusedAsForbidden(Complaint before, Function<Complaint, Result<Complaint>> command, String field, String phrase) {
      Rejection no = command.apply(before).rejection().orElseThrow();
      assertThat(no.code()).isEqualTo(RejectionCode.FORBIDDEN_PHRASE);
      assertThat(no.field()).contains(field);
      assertThat(no.message()).contains(phrase);
      assertThat(reload(before)).isEqualTo(before);
    }
  }

  @Test
  default void aResolutionSummaryWithAForbiddenPhraseIsRefusedAndDoesNotCountAsTheFirstReply() {
    Office o = open();
    Complaint c = o.inHandling();
    assertThat(c.firstReplyAt()).isEmpty();

    o.refusedAsForbidden(c, x -> o.desk().complaints().resolve(Fixtures.assistant(OFFICE_1), x.id(), "没办法，找开发商"),
        "summary", "没办法");

    assertThat(o.reload(c).firstReplyAt()).isEmpty();
    assertThat(o.reload(c).state()).isEqualTo(ComplaintState.IN_HANDLING);
  }

  @Test
  default void aCallbackCommentWithAForbiddenPhraseIsRefusedAndTheComplaintStaysResolved() {
    Office o = open();
    Complaint c = o.resolved();

    o.refusedAsForbidden(c, x -> o.desk().complaints().callback(Fixtures.clerk(OFFICE_1), x.id(),
        new Callback(CallbackOutcome.SATISFIED, "我不清楚，不知道")), "comment", "我不清楚");

    assertThat(o.reload(c).state()).isEqualTo(ComplaintState.RESOLVED);
    assertThat(o.reload(c).callbacks()).isEmpty();
  }

  @Test
  default void aPhraseSplitByPunctuationIsRefusedButAHarmlessWordContainingOneIsNot() {
    Office o = open();
    Complaint c = o.registered();

    o.refusedAsForbidden(c, x -> o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), x.id(), Reply.of("不.知.道")), "text", "不知道");
    o.refusedAsForbidden(c, x -> o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), x.id(), Reply.of("这样不-行")), "text", "不行");
    o.refusedAsForbidden(c, x -> o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), x.id(),
        Reply.of("我现在很\u202F忙")), "text", "我现在很忙");

    Complaint replied = o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), c.id(),
        Reply.of("车辆在小区内不行驶时请熄火，我们马上处理。")).orElseThrow();
    assertThat(replied.firstReplyAt()).isPresent();
  }

  @Test
  default void whatStaffSayInAFollowUpIsCheckedButWhatTheOwnerSaysIsNot() {
    Office o = open();
    Complaint c = o.inHandling();

    o.refusedAsForbidden(c, x -> o.desk().complaints().followUp(Fixtures.assistant(OFFICE_1), x.id(),
        FollowUpContact.now(ContactChannel.PHONE, "还没修好").saying("没办法，您等等吧")), "said", "没办法");

    Complaint followed = o.desk().complaints().followUp(Fixtures.assistant(OFFICE_1), c.id(),
        FollowUpContact.now(ContactChannel.PHONE, "我不知道师傅什么时候来，不行啊").saying("师傅下午三点上门。")).orElseThrow();
    ContactRecord last = followed.contacts().get(followed.contacts().size() - 1);
    assertThat(last.ownerReply()).contains("我不知道师傅什么时候来，不行啊");
    assertThat(last.said()).contains("师傅下午三点上门。");
  }

  @Test
  default void controlCharactersInEveryStaffTextAreRefusedNamingTheFieldAndNothingIsStored() {
    Office o = open();
    Complaint c = o.inHandling();
    for (String bad : List.of("nul\u0000byte", "bell\u0007", "esc\u001b[31m", "back\bspace")) {
      assertThatThrownBy(() -> o.desk().complaints().reply(Fixtures.clerk(OFFICE_1), c.id(), Reply.of(bad)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
      assertThatThrownBy(() -> o.desk().complaints().followUp(Fixtures.assistant(OFFICE_1), c.id(),
          FollowUpContact.now(ContactChannel.PHONE, bad)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerReply"));
      assertThatThrownBy(() -> o.desk().complaints().resolve(Fixtures.assistant(OFFICE_1), c.id(), bad))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("summary"));
      assertThatThrownBy(() -> o.desk().complaints().callback(Fixtures.clerk(OFFICE_1), c.id(),
          new Callback(CallbackOutcome.SATISFIED, bad)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("comment"));
      assertThatThrownBy(() -> o.desk().complaints().register(Fixtures.clerk(OFFICE_1),
          Fixtures.registration(OFFICE_1, 2).content(bad).build()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
    }
    assertThat(o.reload(c)).isEqualTo(c);
    assertThat(o.desk().complaints().list(Fixtures.clerk(OFFICE_1), OFFICE_1, c.registeredAt(),
        c.registeredAt().plusSeconds(1))).containsExactly(c);
    assertThat(o.desk().audit().verify(OFFICE_1).entriesChecked()).isEqualTo(2);
  }
}
