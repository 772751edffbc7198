package org.propdesk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sequential ids tests and simulations read: six digits, zeros in front, more when they run out. */
class SequentialIdsTest {
  @Test
  void eachKindCountsFromOneInSixDigitsBehindItsInitial() {
    IdSource ids = IdSource.sequential();
    assertThat(ids.next("complaint")).isEqualTo("C-000001");
    assertThat(ids.next("complaint")).isEqualTo("C-000002");
    assertThat(ids.next("event")).isEqualTo("E-000001");
    assertThat(IdSource.prefixed("r7").next("ticket")).isEqualTo("r7-T-000001");
  }

  @Test
  void theMillionthIdHasSevenDigitsAndEveryIdHasAtLeastSix() {
    IdSource ids = IdSource.sequential();
    List<String> seen = new ArrayList<>();
    for (int n = 1; n <= 1_000_000; n++) {
      String id = ids.next("visit");
      if (n == 9 || n == 10 || n == 99_999 || n == 100_000 || n == 999_999 || n == 1_000_000) {
        seen.add(id);
      }
    }
    assertThat(seen).containsExactly("V-000009", "V-000010", "V-099999", "V-100000", "V-999999", "V-1000000");
  }
}
