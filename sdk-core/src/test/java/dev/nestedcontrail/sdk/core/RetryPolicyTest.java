package dev.nestedcontrail.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(10)
      .baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1)).build();

  @Test
  void delayBefore_growsExponentiallyWithinJitterBounds() {
    assertThat(policy.delayBefore(1, 0.0)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.delayBefore(1, 0.999999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
    assertThat(policy.delayBefore(2, 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.delayBefore(3, 0.5)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.delayBefore(4, 0.0)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void delayBefore_isCappedAtMaxDelay() {
    assertThat(policy.delayBefore(5, 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delayBefore(5, 1.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(60, 1.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delayBefore(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofMillis(500));
  }
}
