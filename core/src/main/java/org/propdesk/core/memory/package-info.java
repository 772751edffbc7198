/**
 * In-memory built-ins (内存实现) of the SPI: {@link org.propdesk.core.memory.InMemoryStorage}, {@link
 * org.propdesk.core.memory.RecordingNotifier} and {@link org.propdesk.core.memory.InMemoryDirectory}.
 *
 * <p>They are real implementations, thread-safe and passing the testkit contract suites, meant for
 * tests, simulations and small embedded uses where nothing must outlive the process. Nothing is
 * {@code null}.
 */
@NullMarked
package org.propdesk.core.memory;

import org.jspecify.annotations.NullMarked;
