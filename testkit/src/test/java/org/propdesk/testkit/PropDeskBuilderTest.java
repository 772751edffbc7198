package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.PropDeskConfigurationException;

class PropDeskBuilderTest {
  @Test
  void aMissingPartIsNamedWithAHint() {
    assertThatThrownBy(() -> PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .notifier(RecordingNotifier.create()).directory(Fixtures.directory()).build())
        .isInstanceOf(PropDeskConfigurationException.class)
        .hasMessage("PropDesk needs storage: call storage(...), e.g. InMemoryStorage.create()");
  }

  @Test
  void aPartSetTwiceIsNamed() {
    assertThatThrownBy(() -> PropDesk.builder().storage(InMemoryStorage.create()).storage(InMemoryStorage.create()))
        .isInstanceOf(PropDeskConfigurationException.class).hasMessage("storage is set twice; set it once");
  }

  @Test
  void aNullPartIsRefused() {
    assertThatThrownBy(() -> PropDesk.builder().clock(null))
        .isInstanceOfSatisfying(org.propdesk.core.common.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("clock"));
  }

  @Test
  void optionalPartsHaveTheSeedDefaults() {
    PropDesk d = new Desks().desk;
    assertThat(d.calendar().isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(d.complaintPolicies().timers().firstReply()).hasMinutes(15);
  }

  @Test
  void aProcedureRegisteredWithItsOwnLanguageIsFoundByItsConstantAndAnUnregisteredOneIsNamed() {
    PropDesk d = PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory())
        .procedure(org.propdesk.workflows.visitor.Visits.procedure(org.propdesk.core.visitor.VisitRules.defaults(),
            java.util.Locale.ENGLISH))
        .build();
    assertThat(d.procedure(org.propdesk.workflows.visitor.Visits.PROCEDURE)).isNotNull();
    assertThatThrownBy(() -> d.procedure(org.propdesk.workflows.seal.Seals.PROCEDURE))
        .isInstanceOf(PropDeskConfigurationException.class).hasMessageContaining("seal").hasMessageContaining("not registered");
  }
}
