package org.propdesk.workflows;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.lifecycle.Lifecycle;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.AggregateRow;
import org.propdesk.core.spi.Aggregation;
import org.propdesk.core.spi.IndexedRecord;
import org.propdesk.core.spi.RecordQuery;

/**
 * The read port reports use (报表读取): aggregations and streams over any registered procedure's
 * records, within what the acting staff member may see. Procedure-neutral: a report of a new
 * procedure reads through it with no change here.
 *
 * <p>Scope: a read names one office the actor may see, or, for a company-wide actor (the service
 * centre, the general manager), no office, meaning every office. Anything else is rejected with {@link
 * RejectionCode#ROLE_NOT_PERMITTED} on {@code office}, and nothing is read. Aggregations return counts
 * and index values, never personal data, and are not journaled; a company-wide actor's stream of
 * snapshots is journaled once per snapshot in its office's chain (监督查阅留痕), like a listing.
 *
 * <p>Each call runs in one storage transaction, so it sees one consistent state. Thread-safe.
 * Malformed input (null, an unregistered type, an undeclared field) throws {@link
 * InvalidInputException} naming it.
 *
 * @since 0.1.0
 */
public final class RecordReads {
  private final Kernel kernel;

  RecordReads(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * The answer to {@code aggregation} over a registered type's records (see {@link Aggregation} for the
   * semantics), pushed down to the storage where it can (SQL on {@code JdbcStorage}).
   *
   * @return the rows, or a rejection when the actor may not read that scope
   * @throws InvalidInputException naming {@code actor}, {@code aggregation}, {@code type} or the field
   *     that is null, not registered or not declared
   */
  public Result<List<AggregateRow>> aggregate(Actor actor, Aggregation aggregation) {
    Check.present("actor", actor);
    Check.present("aggregation", aggregation);
    AggregateType<?> type = route(aggregation.type()).type();
    Aggregation resolved = aggregation.resolvedAgainst(type.schema());
    kernel.authenticate(actor);
    Optional<Rejection> refused = scopeRefusal(actor, resolved.filter().office());
    if (refused.isPresent()) {
      return Result.rejected(refused.get());
    }
    return Result.accepted(kernel.storage().inTransaction(tx -> tx.records().aggregate(resolved)), List.of());
  }

  /**
   * The answers to several aggregations, read in one storage transaction so that the figures of one
   * report come from one consistent state; in the order given.
   *
   * @return the rows of each, or a rejection when the actor may not read the scope of one of them (then
   *     nothing is read)
   * @throws InvalidInputException as {@link #aggregate}
   */
  public Result<List<List<AggregateRow>>> aggregateAll(Actor actor, List<Aggregation> aggregations) {
    Check.present("actor", actor);
    Check.present("aggregations", aggregations);
    List<Aggregation> resolved = aggregations.stream()
        .map(a -> Check.present("aggregations", a).resolvedAgainst(route(a.type()).type().schema())).toList();
    kernel.authenticate(actor);
    for (Aggregation a : resolved) {
      Optional<Rejection> refused = scopeRefusal(actor, a.filter().office());
      if (refused.isPresent()) {
        return Result.rejected(refused.get());
      }
    }
    return Result.accepted(kernel.storage().inTransaction(tx -> resolved.stream().map(a -> tx.records().aggregate(a)).toList()),
        List.of());
  }

  /**
   * Hands the index row (id, office, version, declared index values; never the document) of every
   * record of a registered type that {@code query} matches to {@code sink}, in the query's order,
   * streamed: for listings and registers. Index fields hold no personal data, so these reads are not
   * journaled.
   *
   * @return the number of rows handed over, or a rejection when the actor may not read that scope
   * @throws InvalidInputException naming the argument or field that is null, not registered or not
   *     declared
   */
  public Result<Long> streamIndex(Actor actor, RecordQuery query, Consumer<? super IndexedRecord> sink) {
    Check.present("actor", actor);
    Check.present("query", query);
    Check.present("sink", sink);
    RecordQuery resolved = query.resolvedAgainst(route(query.type()).type().schema());
    Optional<Rejection> refused = scopeRefusal(kernel.authenticate(actor), resolved.office());
    if (refused.isPresent()) {
      return Result.rejected(refused.get());
    }
    long[] n = {0};
    kernel.storage().inTransaction(tx -> {
      tx.records().streamIndex(resolved, r -> {
        sink.accept(r);
        n[0]++;
      });
      return null;
    });
    return Result.accepted(n[0], List.of());
  }

  /**
   * Hands every snapshot of {@code type} that {@code query} matches to {@code sink}, in the query's
   * order, without holding them all (the storage streams them).
   *
   * @return the number of snapshots handed over, or a rejection when the actor may not read that scope
   * @throws InvalidInputException naming the argument or field that is null, not registered or not
   *     declared
   */
  public <A> Result<Long> stream(Actor actor, AggregateType<A> type, RecordQuery query, Consumer<? super A> sink) {
    Check.present("actor", actor);
    Check.present("type", type);
    Check.present("query", query);
    Check.present("sink", sink);
    AggregateRoute<?> route = route(type.name());
    Check.that(route.type() == type, "type", "is not the declaration registered as '" + type.name() + "'");
    Check.that(query.type().equals(type.name()), "query", "must query type " + type.name());
    RecordQuery resolved = query.resolvedAgainst(type.schema());
    Optional<Rejection> refused = scopeRefusal(kernel.authenticate(actor), resolved.office());
    if (refused.isPresent()) {
      return Result.rejected(refused.get());
    }
    @SuppressWarnings("unchecked")
    AggregateRoute<A> typed = (AggregateRoute<A>) route;
    long[] n = {0};
    kernel.read(actor, ctx -> {
      ctx.stream(typed, resolved, a -> {
        if (actor.isCompanyWide()) {
          ctx.journalRead(typed, a, "report read of " + type.name());
        }
        sink.accept(a);
        n[0]++;
      });
      return null;
    });
    return Result.accepted(n[0], List.of());
  }

  private AggregateRoute<?> route(String type) {
    return kernel.route(type).orElseThrow(() -> new InvalidInputException("type",
        "record type '" + type + "' belongs to no registered procedure"));
  }

  private static Optional<Rejection> scopeRefusal(Actor actor, Optional<OfficeId> office) {
    boolean allowed = office.map(actor::canSee).orElse(actor.isCompanyWide());
    return allowed ? Optional.empty() : Optional.of(Rejection.ofField(RejectionCode.ROLE_NOT_PERMITTED, "office",
        StaffText.of(Lifecycle.MESSAGES, "readScope", office.map(OfficeId::value).orElse("*"))));
  }
}
