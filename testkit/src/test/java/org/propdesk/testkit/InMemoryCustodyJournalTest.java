package org.propdesk.testkit;

import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.Storage;

/** {@link CustodyJournalContract} on the in-memory storage, its rows reached by reflection. */
class InMemoryCustodyJournalTest implements CustodyJournalContract {
  @Override
  public Storage newStorage() {
    return InMemoryStorage.create();
  }

  @Override
  public JournalRows journalRows(Storage storage) {
    return new InMemoryStorageContractTest().journalRows(storage);
  }
}
