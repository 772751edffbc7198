package org.propdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.JournalEntry;
import org.propdesk.core.spi.JournalHead;
import org.propdesk.core.spi.Storage;
import org.propdesk.testkit.ComplaintScenarioRunner;
import org.propdesk.testkit.JournalRows;
import org.propdesk.testkit.StorageContract;

/**
 * The outsider's key-value storage passes every contract suite of the SPI, and the seeded complaint
 * scenarios run on it keeping every invariant, exactly as on the built-in storages.
 */
class KeyValueStorageContractTest implements StorageContract {
  @Override
  public Storage newStorage() {
    return KeyValueStorage.create();
  }

  /** The journal's keys in the map, as an attacker with access to the key-value store sees them. */
  @Override
  public JournalRows journalRows(Storage storage) {
    NavigableMap<String, Object> kv = ((KeyValueStorage) storage).map();
    return new JournalRows() {
      @Override
      public List<JournalEntry> sealed(OfficeId office) {
        return kv.subMap("jrn/" + office.value() + "/", "jrn/" + office.value() + "/" + Character.MAX_VALUE).values()
            .stream().map(JournalEntry.class::cast).toList();
      }

      @Override
      public void overwrite(OfficeId office, long seq, JournalEntry entry) {
        kv.remove(KeyValueStorage.journalKey(office, seq));
        kv.put(KeyValueStorage.journalKey(office, entry.seq()), entry);
      }

      @Override
      public void delete(OfficeId office, long seq) {
        kv.remove(KeyValueStorage.journalKey(office, seq));
      }

      @Override
      public void insert(JournalEntry entry) {
        kv.put(KeyValueStorage.journalKey(entry.draft().office(), entry.seq()), entry);
      }

      @Override
      public void renumber(OfficeId office, long fromSeq, long delta) {
        List<JournalEntry> moved = sealed(office).stream().filter(e -> e.seq() >= fromSeq).toList();
        moved.forEach(e -> kv.remove(KeyValueStorage.journalKey(office, e.seq())));
        moved.forEach(e -> kv.put(KeyValueStorage.journalKey(office, e.seq() + delta),
            new JournalEntry(e.seq() + delta, e.draft(), e.prevHash(), e.hash())));
      }

      @Override
      public void setHead(JournalHead head) {
        kv.put(KeyValueStorage.headKey(head.office()), head);
      }
    };
  }

  @Test
  void seededComplaintScenariosKeepEveryInvariantOnTheKeyValueStorage() {
    ComplaintScenarioRunner runner = ComplaintScenarioRunner.onStorage(KeyValueStorage::create);
    for (long seed = 1; seed <= 5; seed++) {
      assertThat(runner.run(seed, 120)).isEqualTo(ComplaintScenarioRunner.onStorage(
          org.propdesk.core.memory.InMemoryStorage::create).run(seed, 120));
    }
  }
}
