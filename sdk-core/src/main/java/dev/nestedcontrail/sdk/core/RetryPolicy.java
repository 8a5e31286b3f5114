package dev.nestedcontrail.sdk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * When and how long to wait before trying a request again. Only idempotent requests (GET, HEAD,
 * PUT, DELETE) are retried after a failure that may have reached the server (connection reset,
 * read timeout, 502/503/504); a request that never reached a server (connection refused) is retried
 * for every method. The wait before retry {@code n} (1-based) is drawn uniformly from
 * {@code [d/2, d]} where {@code d = min(maxDelay, baseDelay * 2^(n-1))}.
 */
@Value.Immutable
public abstract class RetryPolicy {

  /** Attempts in total, including the first; 1 disables retries. */
  @Value.Default
  public int maxAttempts() {
    return 4;
  }

  /** The upper bound of the first wait. */
  @Value.Default
  public Duration baseDelay() {
    return Duration.ofMillis(200);
  }

  /** The largest wait. */
  @Value.Default
  public Duration maxDelay() {
    return Duration.ofSeconds(5);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Four attempts, 200 ms base delay, 5 s cap. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** One attempt only. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry).
   *
   * @param unitRandom a number in {@code [0, 1)} that picks the point in the jitter range
   */
  public Duration delayBefore(int retry, double unitRandom) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry: " + retry + " (expected 1 or more)");
    }
    long base = baseDelay().toNanos();
    long cap = maxDelay().toNanos();
    int shift = Math.min(retry - 1, 62);
    long ceiling = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
    long half = ceiling / 2;
    double r = Math.min(Math.max(unitRandom, 0.0), 1.0);
    return Duration.ofNanos(half + (long) ((ceiling - half) * r));
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (maxAttempts() < 1) {
      problems.add("maxAttempts: " + maxAttempts() + " (expected 1 or more)");
    }
    if (baseDelay().isNegative()) {
      problems.add("baseDelay: " + baseDelay() + " is negative");
    }
    if (maxDelay().isNegative()) {
      problems.add("maxDelay: " + maxDelay() + " is negative");
    } else if (maxDelay().compareTo(baseDelay()) < 0) {
      problems.add("maxDelay: " + maxDelay() + " is below baseDelay " + baseDelay());
    }
    ValidationException.throwIfAny("retry policy", problems);
  }

  public static final class Builder extends ImmutableRetryPolicy.Builder {}
}
