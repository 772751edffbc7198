/**
 * The optional Spring Boot starter (Spring Boot 自动配置): {@link
 * org.propdesk.spring.boot.starter.PropDeskAutoConfiguration} wires PropDesk from the host's {@code
 * DataSource}, {@code Clock}, {@code Directory} and {@code propdesk.*} properties ({@link
 * org.propdesk.spring.boot.starter.PropDeskProperties}); {@link
 * org.propdesk.spring.boot.starter.SpringTransactions} joins Spring transactions; {@link
 * org.propdesk.spring.boot.starter.PropDeskSweeps} schedules the timer sweep and the outbox relay.
 * Spring Boot itself is the host's (a provided dependency). Nothing is {@code null} unless annotated
 * {@code @Nullable}.
 */
@NullMarked
package org.propdesk.spring.boot.starter;

import org.jspecify.annotations.NullMarked;
