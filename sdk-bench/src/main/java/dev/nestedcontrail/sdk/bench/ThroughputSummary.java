package dev.nestedcontrail.sdk.bench;

import java.time.Duration;
import java.util.Locale;
import org.immutables.value.Value;

/** The measured throughput of one benchmark case at one thread count. */
@Value.Immutable
public abstract class ThroughputSummary {
  public static Builder builder() {
    return new Builder();
  }

  public static ThroughputSummary of(String name, int threads, long ops, Duration elapsed) {
    return builder().name(name).threads(threads).ops(ops).elapsed(elapsed).build();
  }

  public abstract String name();

  /** How many threads called the operation at once. */
  public abstract int threads();

  /** Operations completed in the measured window, all threads together. */
  public abstract long ops();

  /** The measured window (warm-up excluded). */
  public abstract Duration elapsed();

  public double opsPerSecond() {
    return ops() * 1e9 / Math.max(elapsed().toNanos(), 1);
  }

  /** {@code this / other} in ops/s. */
  public double ratioTo(ThroughputSummary other) {
    return opsPerSecond() / Math.max(other.opsPerSecond(), 1e-9);
  }

  /** One table row: name, threads, ops, seconds, ops/s. */
  public String row() {
    return String.format(Locale.ROOT, "%-34s %7d %9d %8.2f %11.0f", name(), threads(), ops(),
        elapsed().toNanos() / 1e9, opsPerSecond());
  }

  /** The header matching {@link #row()}. */
  public static String header() {
    return String.format(Locale.ROOT, "%-34s %7s %9s %8s %11s", "case", "threads", "ops", "secs",
        "ops/s");
  }

  public static final class Builder extends ImmutableThroughputSummary.Builder {}
}
