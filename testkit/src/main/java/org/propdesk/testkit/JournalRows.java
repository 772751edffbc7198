package org.propdesk.testkit;

import java.util.List;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;

/**
 * Raw access to a storage's stored journal (审计日志原始行), as an attacker with write access to the
 * database has, bypassing the SPI. An adapter's test implements it (with SQL, or reflection for an
 * in-memory store) so that {@link JournalContract} can tamper in every way and check that verification
 * catches it. Never used in production.
 *
 * @since 0.1.0
 */
public interface JournalRows {
  /** The office's sealed rows as stored, in seq order. */
  List<JournalEntry> sealed(OfficeId office);

  /** Overwrites the row stored at {@code seq} with every field of {@code entry} (its seq included). */
  void overwrite(OfficeId office, long seq, JournalEntry entry);

  /** Deletes the row stored at {@code seq}. */
  void delete(OfficeId office, long seq);

  /** Stores {@code entry} as a sealed row, as given. */
  void insert(JournalEntry entry);

  /** Adds {@code delta} to the seq of every row at or after {@code fromSeq}, keeping the rows otherwise. */
  void renumber(OfficeId office, long fromSeq, long delta);

  /** Overwrites the stored head of {@code head}'s office. */
  void setHead(JournalHead head);
}
