/**
 * Shared kernel (共享内核): identifiers, exact money ({@link org.propdesk.core.common.Money}), personal
 * data that masks itself ({@link org.propdesk.core.common.PhoneNumber},
 * {@link org.propdesk.core.common.IdCardNumber}), command results and the exceptions every module shares.
 *
 * <p>Invariants: every value here validates on creation and is immutable; personal data never appears
 * unmasked in {@code toString}, exception messages or logs. Nothing here is {@code null} unless it is
 * annotated {@code @Nullable}.
 */
@NullMarked
package org.propdesk.core.common;

import org.jspecify.annotations.NullMarked;
