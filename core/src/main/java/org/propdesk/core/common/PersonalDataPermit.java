package org.propdesk.core.common;

/**
 * An explicit permission to read a raw personal-data value (个人信息), e.g. to dial an owner's phone.
 *
 * <p>Personal data masks itself everywhere else; code that needs the raw value must hold a permit,
 * which names why it is needed so that the reason can be audited. Immutable and thread-safe.
 *
 * @param purpose why the raw value is read, e.g. "SMS delivery"; never blank
 * @since 0.1.0
 */
public record PersonalDataPermit(String purpose) {
  /** Checks the purpose. */
  public PersonalDataPermit {
    purpose = Check.text("purpose", purpose, 200);
  }

  /** A permit for the stated purpose. */
  public static PersonalDataPermit forPurpose(String purpose) {
    return new PersonalDataPermit(purpose);
  }
}
