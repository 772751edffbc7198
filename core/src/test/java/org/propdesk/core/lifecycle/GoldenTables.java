package org.propdesk.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a lifecycle table against a golden table written by hand from PROCEDURES (金标准状态表): one line
 * per trigger, its name then one cell per state in the enum's order, each naming the target state or
 * {@code -} for "not permitted". Every trigger must have a line and every line a cell per state, so the
 * check is exhaustive over (state, trigger).
 */
public final class GoldenTables {
  private GoldenTables() {}

  /** Fails naming the first (state, trigger) pair where {@code table} differs from {@code golden}. */
  public static <S extends Enum<S>, T extends Enum<T>> void assertMatches(Lifecycle<S, T> table, String golden, Class<S> states,
      Class<T> triggers) {
    Map<T, String[]> rows = new HashMap<>();
    golden.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] cells = l.split("\\s+");
      rows.put(Enum.valueOf(triggers, cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
    });
    assertThat(rows.keySet()).containsExactlyInAnyOrder(triggers.getEnumConstants());
    S[] all = states.getEnumConstants();
    for (T trigger : triggers.getEnumConstants()) {
      String[] row = rows.get(trigger);
      assertThat(row).as("row %s", trigger).hasSize(all.length);
      for (int i = 0; i < all.length; i++) {
        Optional<S> expected = row[i].equals("-") ? Optional.empty() : Optional.of(Enum.valueOf(states, row[i]));
        assertThat(table.transition(all[i], trigger).map(Transition::to)).as("(%s, %s)", all[i], trigger).isEqualTo(expected);
      }
    }
  }
}
