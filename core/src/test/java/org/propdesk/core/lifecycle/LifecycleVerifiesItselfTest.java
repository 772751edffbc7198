package org.propdesk.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.propdesk.core.org.Actor;
import org.propdesk.core.org.OfficeId;
import org.propdesk.core.org.Role;
import org.propdesk.core.org.StaffId;

class LifecycleVerifiesItselfTest {
  enum S { A, B, C, D }

  enum T { GO, STOP, LOOP }

  private static final Set<Role> CLERK = Set.of(Role.FRONT_DESK_CLERK);

  @Test
  void aSoundTableBuildsAndAnswersWhoMayFireWhat() {
    Lifecycle<S, T> l = Lifecycle.builder("ok", S.class, T.class).initial(S.A).terminal(S.D)
        .on(S.A, T.GO, S.B, CLERK).on(S.B, T.GO, S.C, Set.of(Role.OFFICE_DIRECTOR)).on(S.B, T.LOOP, S.B, CLERK)
        .on(S.C, T.STOP, S.D, CLERK).build();
    Actor clerk = Actor.inOffice(StaffId.of("s1"), "Clerk", OfficeId.of("O-1"), Role.FRONT_DESK_CLERK);
    assertThat(l.permittedTriggers(S.B)).containsExactlyInAnyOrder(T.GO, T.LOOP);
    assertThat(l.permittedTriggers(S.B, clerk)).containsExactly(T.LOOP);
    assertThat(l.check(S.B, T.GO, clerk.roles()).outcome()).isEqualTo(Permission.Outcome.ROLE_NOT_PERMITTED);
    assertThat(l.check(S.A, T.STOP, clerk.roles()).outcome()).isEqualTo(Permission.Outcome.NOT_IN_STATE);
    assertThat(l.check(S.A, T.GO, clerk.roles()).target()).contains(S.B);
    assertThat(l.permittedTriggers(S.D)).isEmpty();
  }

  @Test
  void anUnreachableStateIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D)
        .on(S.A, T.GO, S.D, CLERK).on(S.B, T.GO, S.C, CLERK).on(S.C, T.GO, S.D, CLERK).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("unreachable states [B, C]");
  }

  @Test
  void aDeadEndIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D)
        .on(S.A, T.GO, S.B, CLERK).on(S.A, T.STOP, S.D, CLERK).on(S.B, T.LOOP, S.C, CLERK).on(S.C, T.LOOP, S.B, CLERK).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("dead end at B");
  }

  @Test
  void aRestingStateEndsALoopThatWouldOtherwiseBeADeadEndAndMayStillBeLeft() {
    // B and C loop with no way to the terminal D; C resting makes both sound, and C may move on to B
    Lifecycle<S, T> l = Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D).resting(S.C)
        .on(S.A, T.GO, S.B, CLERK).on(S.A, T.STOP, S.D, CLERK).on(S.B, T.LOOP, S.C, CLERK).on(S.C, T.LOOP, S.B, CLERK).build();
    assertThat(l.restingStates()).containsExactly(S.C);
    assertThat(l.isTerminal(S.C)).isFalse();
    assertThat(l.permittedTriggers(S.C)).containsExactly(T.LOOP);
    assertThat(l.toMermaid()).endsWith("    C --> [*]\n    D --> [*]\n");
  }

  @Test
  void aStateBothTerminalAndRestingIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D).resting(S.D)
        .on(S.A, T.GO, S.B, CLERK).on(S.B, T.GO, S.C, CLERK).on(S.C, T.GO, S.D, CLERK).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("both terminal and resting");
  }

  @Test
  void aTerminalStateWithAWayOutIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D)
        .on(S.A, T.GO, S.B, CLERK).on(S.B, T.GO, S.C, CLERK).on(S.C, T.GO, S.D, CLERK).on(S.D, T.LOOP, S.D, CLERK).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("terminal state D must be absorbing");
  }

  @Test
  void aPairDefinedTwiceIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).initial(S.A).terminal(S.D)
        .on(S.A, T.GO, S.B, CLERK).on(S.A, T.GO, S.C, CLERK).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("(A, GO) is defined twice");
  }

  @Test
  void aTableWithoutInitialStateIsRefused() {
    assertThatThrownBy(() -> Lifecycle.builder("x", S.class, T.class).terminal(S.D).build())
        .isInstanceOf(LifecycleDefinitionException.class).hasMessageContaining("no initial state");
  }
}
