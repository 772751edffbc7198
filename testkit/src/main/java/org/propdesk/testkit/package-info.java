/**
 * The PropDesk test kit (测试工具包): contract suites that every adapter must pass ({@link
 * org.propdesk.testkit.StorageContract}, {@link org.propdesk.testkit.NotifierContract}, {@link
 * org.propdesk.testkit.IdSourceContract}, {@link org.propdesk.testkit.WorkCalendarContract}, {@link
 * org.propdesk.testkit.DirectoryContract}), a {@link org.propdesk.testkit.MutableClock}, {@link
 * org.propdesk.testkit.Fixtures}, and the seeded {@link org.propdesk.testkit.ComplaintScenarioRunner}.
 *
 * <p>Contract suites are JUnit 5 interfaces with default test methods: implement the interface in a
 * test class and supply the factory method. Nothing is {@code null}.
 */
@NullMarked
package org.propdesk.testkit;

import org.jspecify.annotations.NullMarked;
