package org.propdesk.core.common;

import static java.util.Objects.requireNonNull;

/**
 * Bad input (输入错误): a command or value was given a field that breaks a rule, so nothing was changed.
 *
 * <p>The exception names the offending {@link #field()} and the {@link #rule()} it broke. Its message
 * never contains personal data: callers pass a masked or abbreviated value, never the raw one.
 * Immutable and thread-safe; no accessor returns {@code null}.
 *
 * @since 0.1.0
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the name of the field as the caller knows it, e.g. {@code "contactPhone"}
   * @param rule the rule that was broken, phrased as a requirement, e.g. {@code "must not be blank"}
   */
  public InvalidInputException(String field, String rule) {
    super(requireNonNull(field, "field") + ": " + requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /** The offending field, e.g. {@code "content"}. */
  public String field() {
    return field;
  }

  /** The broken rule, e.g. {@code "must not be blank"}. */
  public String rule() {
    return rule;
  }
}
