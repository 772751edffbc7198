package org.propdesk.testkit;

import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.spi.Storage;

class InMemoryStorageContractTest implements StorageContract {
  @Override
  public Storage newStorage() {
    return InMemoryStorage.create();
  }

  @Override
  public void tamperWithJournal(Storage storage, OfficeId office, long seq) {
    ((InMemoryStorage) storage).tamperWithJournal(office, seq, "altered");
  }
}
