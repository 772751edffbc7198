/**
 * The plug-in surface (SPI, 扩展接口): every port an integrator implements, in one place.
 *
 * <ul>
 *   <li>{@link org.propdesk.core.spi.Storage}: repositories, transactions, the hash-chained journal,
 *       the outbox and the timer queue;
 *   <li>{@link org.propdesk.core.spi.Notifier}: delivers notifications from the outbox;
 *   <li>{@link org.propdesk.core.spi.IdSource}: identifiers;
 *   <li>{@link org.propdesk.core.spi.Directory}: the organisation, places and people;
 *   <li>{@link org.propdesk.core.spi.WorkCalendar}: working days.
 * </ul>
 *
 * <p>Each port states its thread-safety, nullness, ordering and idempotency, the exceptions that may
 * escape, and the contract suite in {@code propdesk-testkit} an implementation must pass. Nothing is
 * {@code null} unless annotated {@code @Nullable}.
 */
@NullMarked
package org.propdesk.core.spi;

import org.jspecify.annotations.NullMarked;
