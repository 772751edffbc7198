package org.propdesk.testkit;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.Storage;

class InMemoryStorageContractTest implements StorageContract {
  @Override
  public Storage newStorage() {
    return InMemoryStorage.create();
  }

  /** The in-memory journal's rows through reflection, as an attacker inside the process could. */
  @Override
  public JournalRows journalRows(Storage storage) {
    return new JournalRows() {
      @SuppressWarnings("unchecked")
      private <T> T field(String name) {
        try {
          Field f = InMemoryStorage.class.getDeclaredField(name);
          f.setAccessible(true);
          return (T) f.get(storage);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("InMemoryStorage has no field " + name, e);
        }
      }

      private Object lock() {
        return field("lock");
      }

      private List<JournalEntry> chain(OfficeId office) {
        Map<OfficeId, List<JournalEntry>> journal = field("journal");
        return journal.computeIfAbsent(office, k -> new ArrayList<>());
      }

      @Override
      public List<JournalEntry> sealed(OfficeId office) {
        synchronized (lock()) {
          return chain(office).stream().sorted(Comparator.comparingLong(JournalEntry::seq)).toList();
        }
      }

      @Override
      public void overwrite(OfficeId office, long seq, JournalEntry entry) {
        synchronized (lock()) {
          List<JournalEntry> c = chain(office);
          c.replaceAll(e -> e.seq() == seq ? entry : e);
        }
      }

      @Override
      public void delete(OfficeId office, long seq) {
        synchronized (lock()) {
          chain(office).removeIf(e -> e.seq() == seq);
        }
      }

      @Override
      public void insert(JournalEntry entry) {
        synchronized (lock()) {
          chain(entry.draft().office()).add(entry);
        }
      }

      @Override
      public void renumber(OfficeId office, long fromSeq, long delta) {
        synchronized (lock()) {
          chain(office).replaceAll(e -> e.seq() >= fromSeq ? new JournalEntry(e.seq() + delta, e.draft(), e.prevHash(), e.hash()) : e);
        }
      }

      @Override
      public void setHead(JournalHead head) {
        synchronized (lock()) {
          Map<OfficeId, JournalHead> heads = field("heads");
          heads.put(head.office(), head);
        }
      }
    };
  }
}
