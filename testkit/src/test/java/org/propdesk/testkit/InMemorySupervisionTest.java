package org.propdesk.testkit;

import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.Storage;

class InMemorySupervisionTest implements SupervisionContract {
  @Override
  public Storage newStorage() {
    return InMemoryStorage.create();
  }
}
