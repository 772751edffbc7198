package org.propdesk.testkit;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.Notifier;
import org.propdesk.workflows.LoggingNotifier;

class BuiltInNotifierContractTest {
  @Nested
  class TheRecordingNotifier implements NotifierContract {
    @Override
    public Notifier newNotifier() {
      return RecordingNotifier.create();
    }

    @Override
    public Optional<Set<String>> deliveredEventIds(Notifier notifier) {
      return Optional.of(((RecordingNotifier) notifier).eventIds());
    }
  }

  @Nested
  class TheLoggingNotifier implements NotifierContract {
    @Override
    public Notifier newNotifier() {
      return LoggingNotifier.create();
    }
  }
}
