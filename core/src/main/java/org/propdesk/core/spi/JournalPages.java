package org.propdesk.core.spi;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.propdesk.core.org.OfficeId;

/** Iterates an office's chain page by page, so that verification never loads it whole. Not thread-safe. */
final class JournalPages implements Iterable<JournalEntry> {
  private static final int PAGE = 500;
  private final Journal journal;
  private final OfficeId office;

  JournalPages(Journal journal, OfficeId office) {
    this.journal = journal;
    this.office = office;
  }

  @Override
  public Iterator<JournalEntry> iterator() {
    return new Iterator<>() {
      private List<JournalEntry> page = journal.entries(office, 1, PAGE);
      private int i;

      @Override
      public boolean hasNext() {
        if (i < page.size()) {
          return true;
        }
        if (page.size() < PAGE) {
          return false;
        }
        page = journal.entries(office, page.get(page.size() - 1).seq() + 1, PAGE);
        i = 0;
        return !page.isEmpty();
      }

      @Override
      public JournalEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(i++);
      }
    };
  }
}
