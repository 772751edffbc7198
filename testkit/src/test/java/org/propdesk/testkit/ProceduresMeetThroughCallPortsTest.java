package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.memory.InMemoryStorage;
import org.propdesk.core.memory.RecordingNotifier;
import org.propdesk.core.spi.IdSource;
import org.propdesk.testkit.port.Greeter;
import org.propdesk.workflows.Kernel;
import org.propdesk.workflows.Procedure;
import org.propdesk.workflows.PropDesk;
import org.propdesk.workflows.PropDeskConfigurationException;

/**
 * ARCHITECTURE §2: procedures meet only through published call ports. A procedure publishes a port made
 * from its desk; another procedure's desk finds it through the kernel when a command runs; a port
 * nobody publishes is absent; a port published twice, or not an interface of a {@code port} package,
 * is refused when the facade or the descriptor is built.
 */
class ProceduresMeetThroughCallPortsTest {
  /** The publishing procedure's desk. */
  record Host(String name) {}

  /** A using procedure's desk: it asks the kernel for the port when it runs. */
  record User(Kernel kernel) {
    Optional<String> hello() {
      return kernel.port(Greeter.class).map(g -> g.greet("user"));
    }
  }

  private static Procedure<Host> host(String name) {
    return Procedure.builder(name, k -> new Host(name)).provides(Greeter.class, h -> n -> "hello " + n + " from " + h.name()).build();
  }

  private static final Procedure<User> USER = Procedure.builder("user", User::new).build();

  private static PropDesk.Builder desk() {
    return PropDesk.builder().clock(MutableClock.shanghai("2026-03-02T09:00")).ids(IdSource.sequential())
        .storage(InMemoryStorage.create()).notifier(RecordingNotifier.create()).directory(Fixtures.directory());
  }

  @Test
  void aProcedureUsesAnotherThroughThePortItPublishes() {
    PropDesk d = desk().procedure(USER).procedure(host("greeting")).build();

    assertThat(d.procedure(USER).hello()).contains("hello user from greeting");
  }

  @Test
  void aPortNobodyPublishesIsAbsent() {
    PropDesk d = desk().procedure(USER).build();

    assertThat(d.procedure(USER).hello()).isEmpty();
  }

  @Test
  void twoProceduresPublishingOnePortAreRefusedAtBuild() {
    assertThatThrownBy(() -> desk().procedure(host("first")).procedure(host("second")).build())
        .isInstanceOf(PropDeskConfigurationException.class).hasMessageContaining(Greeter.class.getName())
        .hasMessageContaining("first").hasMessageContaining("second");
  }

  @Test
  void aPortMustBeAnInterfaceOfAPortPackageAndPublishedOnce() {
    assertThatThrownBy(() -> Procedure.builder("bad", k -> "x").provides(Runnable.class, x -> () -> {}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> Procedure.builder("bad", k -> "x").provides(Greeter.class, x -> n -> n)
        .provides(Greeter.class, x -> n -> n)).isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
  }
}
