package org.propdesk.testkit;

import org.junit.jupiter.api.Nested;
import org.propdesk.core.calendar.ChinaWorkCalendar;
import org.propdesk.core.estate.UnitId;
import org.propdesk.core.spi.Directory;
import org.propdesk.core.spi.IdSource;
import org.propdesk.core.spi.WorkCalendar;

class BuiltInPortsContractTest {
  @Nested
  class SequentialIds implements IdSourceContract {
    @Override
    public IdSource newIdSource() {
      return IdSource.sequential();
    }
  }

  @Nested
  class SeededIds implements IdSourceContract {
    @Override
    public IdSource newIdSource() {
      return IdSource.seeded(42);
    }
  }

  @Nested
  class TimeOrderedIds implements IdSourceContract {
    @Override
    public IdSource newIdSource() {
      return IdSource.timeOrdered(MutableClock.shanghai("2026-03-02T09:00"));
    }
  }

  @Nested
  class PrefixedIds implements IdSourceContract {
    @Override
    public IdSource newIdSource() {
      return IdSource.prefixed("node1");
    }
  }

  @Nested
  class StatutoryCalendar2025 implements WorkCalendarContract {
    @Override
    public WorkCalendar newCalendar() {
      return ChinaWorkCalendar.statutory();
    }

    @Override
    public int coveredYear() {
      return 2025;
    }
  }

  @Nested
  class InMemoryDirectory implements DirectoryContract {
    @Override
    public Directory newDirectory() {
      return Fixtures.directory();
    }

    @Override
    public UnitId knownUnit() {
      return Fixtures.unit(Fixtures.OFFICE_1, 1);
    }
  }
}
