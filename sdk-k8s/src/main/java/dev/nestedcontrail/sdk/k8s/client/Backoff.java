package dev.nestedcontrail.sdk.k8s.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before reconnecting a watch after its {@code attempt}-th failure in a row. */
@FunctionalInterface
public interface Backoff {
  /** The delay before the next try; {@code attempt} starts at 1. */
  Duration delay(int attempt);

  /**
   * Capped exponential backoff with full jitter: a random delay between zero and
   * {@code min(max, base * 2^(attempt-1))}.
   */
  static Backoff exponential(Duration base, Duration max) {
    return attempt -> {
      long cap = max.toMillis();
      long ceiling = Math.min(cap, base.toMillis() << Math.min(Math.max(attempt - 1, 0), 30));
      return Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.max(ceiling, 0) + 1));
    };
  }

  /** Retries at once; for tests. */
  static Backoff none() {
    return attempt -> Duration.ZERO;
  }
}
