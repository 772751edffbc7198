package org.propdesk.core.service;

import static org.propdesk.core.lifecycle.Aggregates.append;
import static org.propdesk.core.lifecycle.Aggregates.now;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.common.Check;
import org.propdesk.core.common.Rejection;
import org.propdesk.core.common.RejectionCode;
import org.propdesk.core.common.Result;
import org.propdesk.core.common.StaffText;
import org.propdesk.core.lifecycle.AggregateType;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;

/**
 * An office's published price list of special services (维修项目收费标准), PROCEDURES §12: a sequence of
 * versions, each in force from its instant until the next one's. An order is quoted from the version in
 * force when it was requested, and a new version never changes an existing quote (quotes copy their
 * prices).
 *
 * <p>Invariants: versions are numbered 1, 2, 3 …; each comes into force no earlier than the one before
 * it and never in the past, so what was in force at any instant never changes once that instant has
 * passed; version 1 at the first publication, one more per published version. Immutable and
 * thread-safe.
 *
 * @param id the price list ({@code PL-} and the office)
 * @param office its office
 * @param versions every version, oldest first
 * @param state the state
 * @param withdrawnAt when it was withdrawn; present exactly when {@link PriceListState#WITHDRAWN}
 * @param version the aggregate version
 * @since 0.1.0
 */
public record PriceList(PriceListId id, OfficeId office, List<PriceListVersion> versions, PriceListState state,
    Optional<Instant> withdrawnAt, long version) {
  /** The bundle of the special-service procedure's refusals, zh-CN and English. */
  public static final String BUNDLE = ServiceOrder.BUNDLE;

  /** The price list's record type (收费标准): {@code price_list}, one per office. */
  public static final AggregateType<PriceList> TYPE = AggregateType.builder("price_list", PriceList.class)
      .id(p -> p.id().value())
      .office(PriceList::office)
      .version(PriceList::version)
      .state(PriceList::state)
      .number("latest_version", p -> (long) p.versions().size())
      .instant("latest_effective_from", p -> p.versions().get(p.versions().size() - 1).effectiveFrom())
      .build();

  /** Checks the parts and the invariants. */
  public PriceList {
    Check.present("id", id);
    Check.present("office", office);
    versions = List.copyOf(versions);
    Check.that(!versions.isEmpty(), "versions", "must hold at least one version");
    for (int i = 0; i < versions.size(); i++) {
      Check.that(versions.get(i).number() == i + 1, "versions", "must be numbered 1, 2, 3 …");
      Check.that(i == 0 || !versions.get(i).effectiveFrom().isBefore(versions.get(i - 1).effectiveFrom()), "versions",
          "must come into force in order");
    }
    Check.present("state", state);
    Check.present("withdrawnAt", withdrawnAt);
    Check.that(withdrawnAt.isPresent() == (state == PriceListState.WITHDRAWN), "withdrawnAt", "is present exactly when withdrawn");
    Check.that(version >= 1, "version", "must be at least 1");
  }

  /** The id of {@code office}'s price list. */
  public static PriceListId idOf(OfficeId office) {
    return PriceListId.of("PL-" + Check.present("office", office).value());
  }

  /**
   * Publishes the first version of {@code office}'s price list (发布收费标准).
   *
   * @return the list; rejected when the actor may not publish or the version would come into force in
   *     the past
   */
  public static Result<PriceList> publishFirst(OfficeId office, PriceListDraft draft, Actor actor, Clock clock) {
    Check.present("office", office);
    Check.present("draft", draft);
    Check.present("actor", actor);
    Optional<Rejection> no = ServiceLifecycles.PRICE_LIST.refusal(PriceListState.PUBLISHED, PriceListTrigger.PUBLISH, actor,
        "price list of " + office);
    Instant now = now(clock);
    Optional<Rejection> past = draft.effectiveFrom().isBefore(now) ? Optional.of(pastRefusal(draft)) : Optional.empty();
    if (no.or(() -> past).isPresent()) {
      return Result.rejected(no.or(() -> past).get());
    }
    PriceListVersion v = draft.toVersion(1, now, actor);
    PriceList list = new PriceList(idOf(office), office, List.of(v), PriceListState.PUBLISHED, Optional.empty(), 1);
    return Result.accepted(list, List.of(new PriceListEvent.Published(list.id(), office, now, 1, v.effectiveFrom(), v.items().size())));
  }

  /**
   * Publishes a new version (发布新版本): it comes into force at the draft's instant, which must not be in
   * the past nor before the latest version's; the versions before it are kept as they were.
   */
  public Result<PriceList> publish(PriceListDraft draft, Actor actor, Clock clock) {
    Check.present("draft", draft);
    Optional<Rejection> no = ServiceLifecycles.PRICE_LIST.refusal(state, PriceListTrigger.PUBLISH, actor, "price list " + id);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    PriceListVersion latest = versions.get(versions.size() - 1);
    if (draft.effectiveFrom().isBefore(now) || draft.effectiveFrom().isBefore(latest.effectiveFrom())) {
      return Result.rejected(pastRefusal(draft));
    }
    PriceListVersion v = draft.toVersion(versions.size() + 1, now, actor);
    PriceList next = new PriceList(id, office, append(versions, v), state, withdrawnAt, version + 1);
    return Result.accepted(next, List.of(new PriceListEvent.Published(id, office, now, v.number(), v.effectiveFrom(),
        v.items().size())));
  }

  /**
   * Withdraws the list (停用): from now on nothing is quoted from it; every version stays on record, so
   * what was in force at any past instant is unchanged.
   */
  public Result<PriceList> withdraw(String reason, Actor actor, Clock clock) {
    String why = Check.text("reason", reason, 500);
    Optional<Rejection> no = ServiceLifecycles.PRICE_LIST.refusal(state, PriceListTrigger.WITHDRAW, actor, "price list " + id);
    if (no.isPresent()) {
      return Result.rejected(no.get());
    }
    Instant now = now(clock);
    return Result.accepted(new PriceList(id, office, versions, PriceListState.WITHDRAWN, Optional.of(now), version + 1),
        List.of(new PriceListEvent.Withdrawn(id, office, now, why)));
  }

  /**
   * The version in force at {@code at}: the latest that came into force by then; empty before the first
   * and from the withdrawal on.
   */
  public Optional<PriceListVersion> versionAt(Instant at) {
    Check.present("at", at);
    if (withdrawnAt.filter(w -> !w.isAfter(at)).isPresent()) {
      return Optional.empty();
    }
    return versions.stream().filter(v -> !v.effectiveFrom().isAfter(at)).max(Comparator.comparingInt(PriceListVersion::number));
  }

  private static Rejection pastRefusal(PriceListDraft draft) {
    return Rejection.ofField(RejectionCode.INVALID_COMMAND, "effectiveFrom",
        StaffText.of(BUNDLE, "priceList.effectiveFrom", draft.effectiveFrom()));
  }
}
