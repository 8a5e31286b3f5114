package dev.nestedcontrail.sdk.bench.vnc;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** What the GET-by-uuid benchmark runs: preloaded objects, thread counts, limits, goals. */
@Value.Immutable
public abstract class VncGetSettings {
  public static Builder builder() {
    return new Builder();
  }

  /** Virtual networks created (through the typed client) before measuring; default 1,000. */
  @Value.Default
  public int networks() {
    return 1_000;
  }

  /** The thread counts each case runs at; default 1 and 8. The goals apply to the largest. */
  @Value.Default
  public List<Integer> threads() {
    return List.of(1, 8);
  }

  /**
   * Per case and thread count: 200 warm-up GETs (to open connections; the JIT is warmed by
   * {@link #warmupRound()}), at most 200,000 measured, 4 s in all.
   */
  @Value.Default
  public BenchLimits limits() {
    return BenchLimits.of(200, 200_000, Duration.ofSeconds(4));
  }

  /**
   * Before any measuring, every case runs once at the largest thread count within these limits
   * (default 5,000 GETs or 4 s), so no case is measured while the JIT is still compiling it.
   */
  @Value.Default
  public BenchLimits warmupRound() {
    return BenchLimits.of(0, 5_000, Duration.ofSeconds(4));
  }

  /**
   * The fake's added latency per answer, one table each (default 0 and 2 ms): at 0 every case is
   * bound by CPU, at 2 ms by round trips, as against a real api-server that takes milliseconds.
   */
  @Value.Default
  public List<Duration> serverLatencies() {
    return List.of(Duration.ZERO, Duration.ofMillis(2));
  }

  /** The seed of the uuid each GET reads. */
  @Value.Default
  public long seed() {
    return 42;
  }

  /** Event-loop threads of the fake config API; default 2 (its store is thread-safe). */
  @Value.Default
  public int serverIoThreads() {
    return 2;
  }

  /** Goal: typed client ops/s at least this fraction of raw OkHttp (default 0.8). */
  @Value.Default
  public double rawGoal() {
    return 0.8;
  }

  /** Goal: typed client ops/s at least this multiple of the synchronized baseline (default 3). */
  @Value.Default
  public double baselineGoal() {
    return 3.0;
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (networks() < 1) {
      problems.add("networks: " + networks() + " must be at least 1");
    }
    if (threads().isEmpty() || threads().stream().anyMatch(t -> t < 1)) {
      problems.add("threads: " + threads() + " must be one or more counts of at least 1");
    }
    if (serverLatencies().isEmpty() || serverLatencies().stream().anyMatch(Duration::isNegative)) {
      problems.add("serverLatencies: " + serverLatencies() + " must be one or more durations >= 0");
    }
    if (serverIoThreads() < 1) {
      problems.add("serverIoThreads: " + serverIoThreads() + " must be at least 1");
    }
    ValidationException.throwIfAny("VNC GET bench settings", problems);
  }

  public static final class Builder extends ImmutableVncGetSettings.Builder {}
}
