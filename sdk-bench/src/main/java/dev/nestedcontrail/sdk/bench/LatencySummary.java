package dev.nestedcontrail.sdk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The measured latencies of one benchmark case, with the goal it is held to (if any). */
@Value.Immutable
public abstract class LatencySummary {
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Summarises {@code samples} (at least one) with nearest-rank percentiles.
   *
   * @param goal the p99 the case must stay at or under; empty for a case without a goal
   */
  public static LatencySummary of(String name, List<Duration> samples, Optional<Duration> goal) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples for " + name);
    }
    List<Duration> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return builder().name(name).ops(sorted.size()).p50(percentile(sorted, 50))
        .p99(percentile(sorted, 99)).max(sorted.get(sorted.size() - 1)).goal(goal).build();
  }

  private static Duration percentile(List<Duration> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  public abstract String name();

  /** How many measured calls. */
  public abstract int ops();

  public abstract Duration p50();

  public abstract Duration p99();

  public abstract Duration max();

  /** The p99 goal; empty for a case that only gives a reference figure. */
  public abstract Optional<Duration> goal();

  /** Whether the p99 met the goal; empty without a goal. */
  public Optional<Boolean> passed() {
    return goal().map(g -> p99().compareTo(g) <= 0);
  }

  public static final class Builder extends ImmutableLatencySummary.Builder {}
}
