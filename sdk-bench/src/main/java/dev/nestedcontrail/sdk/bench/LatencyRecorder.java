package dev.nestedcontrail.sdk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one benchmark case within its {@link BenchLimits} and summarises what it measured. */
public final class LatencyRecorder {
  private static final Logger logger = LoggerFactory.getLogger(LatencyRecorder.class);

  private final Ticker ticker;

  public LatencyRecorder(Ticker ticker) {
    this.ticker = ticker;
  }

  /** One call of a case; it measures itself (set-up excluded) and throws when the call failed. */
  @FunctionalInterface
  public interface Operation {
    Duration run(int call);
  }

  /**
   * Runs the warm-up calls, then measured calls until {@code limits.iterations()} or the time cap.
   * At least one call is always measured.
   */
  public LatencySummary measure(String name, BenchLimits limits, Optional<Duration> goal,
      Operation operation) {
    long deadline = ticker.nanos() + limits.timeCap().toNanos();
    int call = 0;
    for (int i = 0; i < limits.warmup() && ticker.nanos() < deadline; i++) {
      operation.run(call++);
    }
    List<Duration> samples = new ArrayList<>();
    do {
      samples.add(operation.run(call++));
    } while (samples.size() < limits.iterations() && ticker.nanos() < deadline);
    if (samples.size() < limits.iterations()) {
      logger.warn("{}: time cap {} reached after {} of {} calls", name, limits.timeCap(),
          samples.size(), limits.iterations());
    }
    return LatencySummary.of(name, samples, goal);
  }
}
