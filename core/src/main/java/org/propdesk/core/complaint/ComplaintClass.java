package org.propdesk.core.complaint;

/**
 * The severity class of a valid complaint (投诉类别), seed 4.3. Declared from least to most severe, so
 * {@link #compareTo} orders by severity.
 *
 * @since 0.1.0
 */
public enum ComplaintClass {
  /** General (一般投诉): inconvenience from limited facilities or service, or a minor staff slip. */
  GENERAL,
  /** Important (重要投诉): management or service fell short through the company's own fault. */
  IMPORTANT,
  /** Major (重大投诉): criterion (a), (b) or (c) of seed 4.3.1. */
  MAJOR;

  /** Whether this class is more severe than {@code other}. */
  public boolean isAbove(ComplaintClass other) {
    return compareTo(other) > 0;
  }
}
