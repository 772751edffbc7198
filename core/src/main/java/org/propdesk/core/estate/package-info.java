/**
 * Places (物业): estates (小区/项目), buildings (楼栋) and units (房屋/单元).
 *
 * <p>Invariants: every estate belongs to one management office; a building to one estate; a unit to
 * one building. Immutable values; nothing is {@code null}.
 */
@NullMarked
package org.propdesk.core.estate;

import org.jspecify.annotations.NullMarked;
