/**
 * Owners (业主) and residents (住户) of units.
 *
 * <p>Personal data (phone, ID number) masks itself in {@code toString}. Immutable values; nothing is
 * {@code null}.
 */
@NullMarked
package org.propdesk.core.owner;

import org.jspecify.annotations.NullMarked;
