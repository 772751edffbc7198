package org.propdesk.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.propdesk.core.common.InvalidInputException;

class RetryPolicyTest {

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
