package org.propdesk.core.complaint;

/**
 * The facts a classification rests on (定性事实), taken from the registration and the validity
 * judgement.
 *
 * @param contractedServiceFailure a promised or contracted service was not delivered or delivered
 *     badly (criterion a, with repeated raising)
 * @param companyAtFault the company's management or service fell short through its own fault
 * @param majorLossOrInjury the owner suffered major economic loss or personal injury (criterion b,
 *     with company fault)
 *
 * @since 0.1.0
 */
public record ComplaintFacts(boolean contractedServiceFailure, boolean companyAtFault, boolean majorLossOrInjury) {
  /** No fault, no loss: a general complaint. */
  public static ComplaintFacts none() {
    return new ComplaintFacts(false, false, false);
  }
}
