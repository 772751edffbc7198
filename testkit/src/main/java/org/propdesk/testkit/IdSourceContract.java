package org.propdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.Check;
import org.propdesk.core.spi.IdSource;

/**
 * The contract every {@link IdSource} must pass (编号契约测试): valid, unique ids, also from many threads.
 *
 * @since 0.1.0
 */
public interface IdSourceContract {
  /** A new id source. */
  IdSource newIdSource();

  @Test
  default void idsAreValidAndUniquePerKindAcrossThreads() throws Exception {
    IdSource ids = newIdSource();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<?>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            String id = ids.next("complaint");
            assertThat(Check.id("id", id)).isEqualTo(id);
            assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(2000);
  }

  @Test
  default void differentKindsGiveValidIds() {
    IdSource ids = newIdSource();
    assertThat(Check.id("id", ids.next("event"))).isNotBlank();
    assertThat(Check.id("id", ids.next("complaint"))).isNotBlank();
  }
}
