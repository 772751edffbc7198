package org.propdesk.core.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.propdesk.core.org.FrontDeskId;
import org.propdesk.core.supervision.DailyReview;

/**
 * Storage of daily reviews (日清检查记录), used inside a {@link StorageTransaction}. One review per desk
 * and day: a second insert for the same key fails with {@link
 * org.propdesk.core.common.StaleVersionException} at commit.
 */
public interface DailyReviewRepository {
  /** The review of the desk for the day. */
  Optional<DailyReview> find(FrontDeskId desk, LocalDate day);

  /** Stages a new review (version 1). */
  void insert(DailyReview review);

  /** The desk's reviews for days in [from, to], in day order. */
  List<DailyReview> findBetween(FrontDeskId desk, LocalDate from, LocalDate to);
}
