package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;

class MaskingAndRetryTest {

  @Test
  void phoneAndIdNumbersInFreeTextAreMaskedBeforeLoggingOrStoring() {
    String s = Masking.scrub("gateway refused 13800135678 and 010-62345678 for 11010519491231002X", 500);
    assertThat(s).isEqualTo("gateway refused 138****5678 and 010-****5678 for 110105********002X");
  }

  @Test
  void longTextIsCut() {
    assertThat(Masking.scrub("x".repeat(50), 10)).isEqualTo("xxxxxxxxxx…");
  }

  @Test
  void idsAndDatesAreLeftAlone() {
    assertThat(Masking.scrub("complaint C-000123 at 2026-03-02T01:15:00Z", 500)).isEqualTo("complaint C-000123 at 2026-03-02T01:15:00Z");
  }

  @Test
  void backOffDoublesUpToTheCap() {
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(3), 5);
    assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(p.delayAfter(4)).isEqualTo(Duration.ofMinutes(3));
    assertThat(p.delayAfter(40)).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aRetryPolicyWithoutAttemptsIsRefused() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxAttempts");
  }
}
