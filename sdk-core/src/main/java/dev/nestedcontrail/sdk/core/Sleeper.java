package dev.nestedcontrail.sdk.core;

import java.time.Duration;

/**
 * Waits between retry attempts. Tests inject one that records the durations instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @throws ContrailClientException when the thread is interrupted (the interrupt flag is restored)
   */
  void sleep(Duration duration);

  /** A sleeper that blocks the calling thread. */
  static Sleeper system() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContrailClientException("interrupted while waiting " + duration + " before a retry", e);
      }
    };
  }
}
