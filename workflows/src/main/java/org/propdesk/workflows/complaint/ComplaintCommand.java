package org.propdesk.workflows.complaint;

import java.time.Clock;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.Result;
import org.propdesk.core.complaint.Callback;
import org.propdesk.core.complaint.ClassChange;
import org.propdesk.core.complaint.ComplainedAbout;
import org.propdesk.core.complaint.Complaint;
import org.propdesk.core.complaint.ComplaintPolicies;
import org.propdesk.core.complaint.FollowUpContact;
import org.propdesk.core.complaint.HandlingTimeAgreement;
import org.propdesk.core.complaint.Judgement;
import org.propdesk.core.complaint.Reply;
import org.propdesk.core.org.Actor;
import org.propdesk.core.spi.Directory;

/**
 * A command on an existing complaint (投诉操作), to run through {@link ComplaintDesk#execute}. Built by
 * the static factories, one per step of the procedure. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplaintCommand {
  @FunctionalInterface
  interface Decision {
    Result<Complaint> decide(Complaint c, Actor actor, ComplaintPolicies p, Clock clock);
  }

  /** A decision that also reads the directory (e.g. to check a named staff member). */
  @FunctionalInterface
  interface DirectoryDecision {
    Result<Complaint> decide(Complaint c, Actor actor, ComplaintPolicies p, Clock clock, Directory directory);
  }

  private final String name;
  private final DirectoryDecision decision;

  private ComplaintCommand(String name, Decision decision) {
    this(name, (c, a, p, k, d) -> decision.decide(c, a, p, k));
  }

  private ComplaintCommand(String name, DirectoryDecision decision) {
    this.name = name;
    this.decision = decision;
  }

  /** Judge validity (有效性判定). */
  public static ComplaintCommand judge(Judgement judgement) {
    Check.present("judgement", judgement);
    return new ComplaintCommand("JUDGE", (c, a, p, k) -> c.judge(judgement, a, p, k));
  }

  /** A property assistant proposes a judgement (判定建议); a judge still decides. */
  public static ComplaintCommand proposeJudgement(Judgement judgement) {
    Check.present("judgement", judgement);
    return new ComplaintCommand("PROPOSE_JUDGEMENT", (c, a, p, k) -> c.proposeJudgement(judgement, a, k));
  }

  /** Say something to the owner (答复). */
  public static ComplaintCommand reply(Reply reply) {
    Check.present("reply", reply);
    return new ComplaintCommand("REPLY", (c, a, p, k) -> c.reply(reply, a, p.wording(), k));
  }

  /** Record a follow-up contact (跟进). */
  public static ComplaintCommand followUp(FollowUpContact contact) {
    Check.present("contact", contact);
    return new ComplaintCommand("FOLLOW_UP", (c, a, p, k) -> c.followUp(contact, a, p.wording(), k));
  }

  /** Record the resolution (处理完毕). */
  public static ComplaintCommand resolve(String summary) {
    String s = Check.text("summary", summary, 2000);
    return new ComplaintCommand("RESOLVE", (c, a, p, k) -> c.resolve(s, a, p, k));
  }

  /** Record the callback (回访). */
  public static ComplaintCommand callback(Callback callback) {
    Check.present("callback", callback);
    return new ComplaintCommand("CALLBACK", (c, a, p, k) -> c.callback(callback, a, p, k));
  }

  /** The general manager's sign-off (总经理签批). */
  public static ComplaintCommand signOff(String note) {
    String s = Check.text("note", note, 1000);
    return new ComplaintCommand("SIGN_OFF", (c, a, p, k) -> c.signOff(s, a, k));
  }

  /** Reverse an invalid judgement (撤销无效判定), with a reason, within 30 days. */
  public static ComplaintCommand reverseInvalid(String reason) {
    String s = Check.text("reason", reason, 1000);
    return new ComplaintCommand("REVERSE_INVALID", (c, a, p, k) -> c.reverseInvalid(s, a, k));
  }

  /** The general manager refuses the sign-off (总经理退回), with a reason. */
  public static ComplaintCommand refuseSignOff(String reason) {
    String s = Check.text("reason", reason, 1000);
    return new ComplaintCommand("REFUSE_SIGN_OFF", (c, a, p, k) -> c.refuseSignOff(s, a, k));
  }

  /** Close a resolved complaint whose owner could not be reached (业主无法联系，结案), with a reason. */
  public static ComplaintCommand closeOwnerUnreachable(String reason) {
    String s = Check.text("reason", reason, 1000);
    return new ComplaintCommand("CLOSE_OWNER_UNREACHABLE", (c, a, p, k) -> c.closeOwnerUnreachable(s, a, k));
  }

  /** Change the class by hand (调整类别). */
  public static ComplaintCommand changeClass(ClassChange change) {
    Check.present("change", change);
    return new ComplaintCommand("CHANGE_CLASS", (c, a, p, k) -> c.changeClass(change, a, p, k));
  }

  /**
   * Agree a handling time with the owner (确定具体处理时间), or renegotiate it, with the reason told to the
   * owner.
   */
  public static ComplaintCommand agreeHandlingTime(HandlingTimeAgreement agreement) {
    Check.present("agreement", agreement);
    return new ComplaintCommand("AGREE_HANDLING_TIME", (c, a, p, k) -> c.agreeHandlingTime(agreement, a, p.wording(), k));
  }

  /**
   * Record (or correct) who the complaint is about (被投诉部门/人员). A named person must be staff of the
   * complaint's office or company-wide staff, else it is refused (field {@code person}).
   */
  public static ComplaintCommand recordComplainedAbout(ComplainedAbout about) {
    Check.present("about", about);
    return new ComplaintCommand("RECORD_COMPLAINED_ABOUT", (c, a, p, k, d) -> {
      Optional<Rejection> unknown = ComplaintDesk.unknownPerson(d, c.office(), about);
      return unknown.isPresent() ? Result.rejected(unknown.get()) : c.recordComplainedAbout(about, a, k);
    });
  }

  /** The command's name, as journaled and logged, e.g. {@code "REPLY"}. */
  public String name() {
    return name;
  }

  Result<Complaint> decide(Complaint c, Actor actor, ComplaintPolicies p, Clock clock, Directory directory) {
    return decision.decide(c, actor, p, clock, directory);
  }

  @Override
  public String toString() {
    return "ComplaintCommand[" + name + "]";
  }
}
