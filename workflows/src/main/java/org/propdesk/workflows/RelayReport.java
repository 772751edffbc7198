package org.propdesk.workflows;

/**
 * What one run of the outbox relay did (发件结果). Immutable.
 *
 * @param delivered notifications delivered to people through the notifier
 * @param failed failed attempts, of notifications or events, that will be retried
 * @param dead notifications or events given up on in this run
 * @param published domain events published to the event sink
 * @since 0.1.0
 */
public record RelayReport(int delivered, int failed, int dead, int published) {}
