package org.propdesk.core.deposit;

import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.owner.OwnerId;

/**
 * An application for a refund as the desk takes it (退还申请表): who applies, their relation to the
 * deposit, the resident record of an owner or tenant, and the receipt they present. Immutable and
 * thread-safe; {@code toString} shows no name.
 *
 * @param applicantName the applicant's name, one line of at most 50 characters
 * @param relation how the applicant relates to the deposit
 * @param resident the directory's record of an owner or tenant applicant; required for {@code OWNER} and
 *     {@code TENANT}, absent otherwise
 * @param receiptPresented the number on the receipt the applicant presents
 * @since 0.1.0
 */
public record RefundApplicationDraft(String applicantName, ApplicantRelation relation, Optional<OwnerId> resident,
    ReceiptNumber receiptPresented) {
  /** Checks the parts. */
  public RefundApplicationDraft {
    applicantName = Check.line("applicantName", applicantName, 50);
    Check.present("relation", relation);
    Check.present("resident", resident);
    boolean resides = relation == ApplicantRelation.OWNER || relation == ApplicantRelation.TENANT;
    Check.that(resident.isPresent() == resides, "resident", "names the resident record exactly for an OWNER or TENANT applicant");
    Check.present("receiptPresented", receiptPresented);
  }

  /** The draft's canonical text, for fingerprints. */
  public String canonical() {
    return applicantName + "|" + relation + "|" + resident.map(OwnerId::value).orElse("") + "|" + receiptPresented;
  }

  @Override
  public String toString() {
    return "RefundApplicationDraft[" + relation + ", receipt " + receiptPresented + "]";
  }
}
