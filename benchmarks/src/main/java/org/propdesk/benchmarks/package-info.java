/**
 * JMH benchmarks (性能基准): {@link org.propdesk.benchmarks.ComplaintLifecycleBenchmark} measures
 * complaint commands per second on H2 (file) and PostgreSQL, beside a naive baseline that writes the
 * same number of rows one autocommitted statement at a time. Never deployed.
 */
@NullMarked
package org.propdesk.benchmarks;

import org.jspecify.annotations.NullMarked;
