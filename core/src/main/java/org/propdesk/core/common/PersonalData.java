package org.propdesk.core.common;

import org.jspecify.annotations.Nullable;

/**
 * A personal-data value (个人信息): validated on creation, shown masked everywhere, readable raw only
 * with a {@link PersonalDataPermit}.
 *
 * <p>Invariants: {@link #toString()} is the masked form and never the raw value; two values are equal
 * when their canonical raw values are. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class PersonalData permits PhoneNumber, IdCardNumber {
  private final String canonical;

  PersonalData(String canonical) {
    this.canonical = canonical;
  }

  /** The canonical raw value; reading it needs a permit that says why. */
  public final String reveal(PersonalDataPermit permit) {
    Check.present("permit", permit);
    return canonical;
  }

  /** The masked form, the same as {@link #toString()}. */
  public abstract String masked();

  /** The raw value, for subclasses computing their masked form. */
  final String canonical() {
    return canonical;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((PersonalData) o).canonical.equals(canonical);
  }

  @Override
  public final int hashCode() {
    return canonical.hashCode();
  }

  /** The masked form. */
  @Override
  public final String toString() {
    return masked();
  }
}
