package org.propdesk.testkit;

import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.spi.Storage;

class InMemoryComplaintDeskTest extends ComplaintDeskContract {
  @Override
  protected Storage newStorage() {
    return InMemoryStorage.create();
  }
}
