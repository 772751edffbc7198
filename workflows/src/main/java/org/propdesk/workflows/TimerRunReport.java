package org.propdesk.workflows;

/**
 * What one run of the SLA sweep did (定时检查结果).
 *
 * @param fired timers taken off the queue
 * @param changed timers that changed a record (an alarm, a missed day, an upgrade)
 * @param skipped due timers whose firing met a concurrent change, and, once a batch has fallen back to
 *     one timer per transaction, those another node or thread then held; they stay pending for the
 *     next run. A batch claims only the timers no one else holds: the others are left to their holder
 *     and not counted.
 *
 * @since 0.1.0
 */
public record TimerRunReport(int fired, int changed, int skipped) {}
