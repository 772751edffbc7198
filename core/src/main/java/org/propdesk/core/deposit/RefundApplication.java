package org.propdesk.core.deposit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Money;
import org.propdesk.core.org.Approval;
import org.propdesk.core.org.StaffId;

/**
 * A refund application in progress (退还申请): the draft the desk took, who filed it (the requester, who
 * may never approve it), and each step so far: the assessment (deductions and the refundable amount),
 * the applicant's signature, finance's countersignature and the approval. Immutable and thread-safe.
 *
 * @param draft what the applicant gave
 * @param filedAt when it was filed
 * @param filedBy the requester: the staff member who filed it
 * @param deductions the deductions of the latest assessment; empty before it
 * @param refundable what the latest assessment found refundable: held less the deductions
 * @param assessedBy who made that assessment
 * @param signedBy the name the applicant signed the assessment with
 * @param signedAt when
 * @param countersign finance's countersignature, when given
 * @param approval the approval, when given
 * @since 0.1.0
 */
public record RefundApplication(RefundApplicationDraft draft, Instant filedAt, StaffId filedBy, List<Deduction> deductions,
    Optional<Money> refundable, Optional<StaffId> assessedBy, Optional<String> signedBy, Optional<Instant> signedAt,
    Optional<Approval> countersign, Optional<Approval> approval) {
  /** Checks the parts. */
  public RefundApplication {
    Check.present("draft", draft);
    Check.present("filedAt", filedAt);
    Check.present("filedBy", filedBy);
    deductions = Deductions.checked(deductions);
    Check.present("refundable", refundable);
    Check.present("assessedBy", assessedBy);
    Check.present("signedBy", signedBy);
    Check.present("signedAt", signedAt);
    Check.present("countersign", countersign);
    Check.present("approval", approval);
    Check.that(refundable.isPresent() == assessedBy.isPresent(), "assessedBy", "is present exactly with the assessment");
  }

  /** A filed application, before any step. */
  public static RefundApplication filed(RefundApplicationDraft draft, Instant at, StaffId by) {
    return new RefundApplication(draft, at, by, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** Whether finance must countersign: the applicant is not the payer, an owner or a tenant. */
  public boolean needsCountersign() {
    return draft.relation() == ApplicantRelation.OTHER;
  }

  /** The deductions' total. */
  public Money deducted() {
    return Deductions.total(deductions);
  }

  RefundApplication assessed(List<Deduction> list, Money refundableAmount, StaffId by) {
    return new RefundApplication(draft, filedAt, filedBy, list, Optional.of(refundableAmount), Optional.of(by), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  RefundApplication signed(String name, Instant at) {
    return new RefundApplication(draft, filedAt, filedBy, deductions, refundable, assessedBy, Optional.of(name), Optional.of(at),
        countersign, approval);
  }

  RefundApplication countersigned(Approval a) {
    return new RefundApplication(draft, filedAt, filedBy, deductions, refundable, assessedBy, signedBy, signedAt, Optional.of(a),
        approval);
  }

  RefundApplication approved(Approval a) {
    return new RefundApplication(draft, filedAt, filedBy, deductions, refundable, assessedBy, signedBy, signedAt, countersign,
        Optional.of(a));
  }
}
