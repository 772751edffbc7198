package org.propdesk.core.common;

/**
 * Why a command was refused (拒绝原因): a business "no", not a failure.
 *
 * <p>Codes are stable and safe to show or to map to a host's own messages.
 *
 * @since 0.1.0
 */
public enum RejectionCode {
  /** The aggregate is not in a state where the trigger may fire, e.g. a reply to a closed complaint. */
  NOT_PERMITTED_IN_STATE,
  /** None of the actor's roles may fire the trigger, e.g. a security guard replying to an owner. */
  ROLE_NOT_PERMITTED,
  /** The actor holds a permitted role but lacks the authority this case needs (越权). */
  INSUFFICIENT_AUTHORITY,
  /** Text said to an owner contains a forbidden phrase (禁语). */
  FORBIDDEN_PHRASE,
  /** A field of the command breaks a business rule (the message names it). */
  INVALID_COMMAND,
  /** The record does not exist, or is outside the actor's office (the two are indistinguishable). */
  NOT_FOUND,
  /** The command was already applied and must not be applied twice. */
  ALREADY_DONE,
  /** The caller's expected version is not the stored one. */
  STALE_VERSION
}
