package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.LatencyTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** The figures of one CNI ADD benchmark run, and how they compare with each other and the Go anchor. */
@Value.Immutable
public abstract class CniAddReport {
  public static Builder builder() {
    return new Builder();
  }

  public abstract LatencySummary inProcess();

  public abstract LatencySummary daemon();

  /** A VERSION call through the daemon shim: what starting its processes and the socket cost. */
  public abstract LatencySummary shimFloor();

  /** ADD through the daemon with each other installed shim transport alone, in shim order. */
  public abstract List<LatencySummary> otherTransports();

  public abstract LatencySummary jvmPerCall();

  /** ADD completion − T with config arriving T late, through the daemon. */
  public abstract LatencySummary lateConfig();

  public abstract Duration lateDelay();

  public abstract List<Duration> anchorPollIntervals();

  /** The cases in table order. */
  public List<LatencySummary> rows() {
    List<LatencySummary> rows = new ArrayList<>(List.of(inProcess(), daemon(), shimFloor()));
    rows.addAll(otherTransports());
    rows.add(jvmPerCall());
    rows.add(lateConfig());
    return rows;
  }

  /** Whether every case with a goal met it. */
  public boolean allGoalsMet() {
    return rows().stream().allMatch(r -> r.passed().orElse(true));
  }

  /**
   * When the Go plugin completes an ADD whose config arrives T late: it polls at once, then
   * sleeps {@code interval} after every miss, so at T rounded up to the interval.
   */
  public static Duration anchorCompletion(Duration lateDelay, Duration interval) {
    long polls = (lateDelay.toNanos() + interval.toNanos() - 1) / interval.toNanos();
    return interval.multipliedBy(polls);
  }

  /** The table, the ratios between the cases and the anchor comparison. */
  public String render() {
    StringBuilder out = new StringBuilder(LatencyTable.render(rows()));
    out.append("\nratios:\n");
    out.append("  JVM per call / daemon      p50 ").append(LatencyTable.ratio(jvmPerCall().p50(),
        daemon().p50())).append("  p99 ").append(LatencyTable.ratio(jvmPerCall().p99(),
        daemon().p99())).append('\n');
    out.append("  daemon / in-process        p50 ").append(LatencyTable.ratio(daemon().p50(),
        inProcess().p50())).append("  p99 ").append(LatencyTable.ratio(daemon().p99(),
        inProcess().p99())).append('\n');
    out.append("  daemon ADD - shim VERSION  p50 ").append(LatencyTable.millis(daemon().p50()
        .minus(shimFloor().p50()))).append(" ms (the part of an ADD that is not process start)\n");
    Duration ours = lateDelay().plus(lateConfig().p99());
    out.append("\nlate config, T = ").append(LatencyTable.millis(lateDelay()))
        .append(" ms: ours completes at T + p99 = ").append(LatencyTable.millis(ours))
        .append(" ms\n");
    for (Duration interval : anchorPollIntervals()) {
      Duration anchor = anchorCompletion(lateDelay(), interval);
      out.append("  Go anchor, poll-timeout ").append(interval.toSeconds()).append(" s: completes at ")
          .append(LatencyTable.millis(anchor)).append(" ms (T + ")
          .append(LatencyTable.millis(anchor.minus(lateDelay()))).append(" ms), ")
          .append(LatencyTable.ratio(anchor, ours)).append(" ours\n");
    }
    return out.toString();
  }

  public static final class Builder extends ImmutableCniAddReport.Builder {}
}
