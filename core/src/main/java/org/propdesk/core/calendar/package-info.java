/**
 * The built-in work calendar (工作日历): China's statutory holidays (法定节假日) and make-up workdays
 * (调休上班日), loaded from data.
 *
 * <p>Immutable and thread-safe; nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.calendar;

import org.jspecify.annotations.NullMarked;
