package org.propdesk.workflows;

/**
 * What one run of the SLA sweep did (定时检查结果).
 *
 * @param fired timers taken off the queue
 * @param changed timers that changed a record (an alarm, a missed day, an upgrade)
 * @param skipped due timers another node or thread held, or whose write met a concurrent change; they
 *     stay pending for the next run
 *
 * @since 0.1.0
 */
public record TimerRunReport(int fired, int changed, int skipped) {}
