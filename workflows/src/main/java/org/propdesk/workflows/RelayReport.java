package org.propdesk.workflows;

/**
 * What one run of the outbox relay did (发件结果).
 *
 * @param delivered notifications delivered
 * @param failed failed attempts that will be retried
 * @param dead notifications given up on in this run
 */
public record RelayReport(int delivered, int failed, int dead) {}
