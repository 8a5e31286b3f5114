package dev.nestedcontrail.sdk.bench.vnc;

import dev.nestedcontrail.sdk.bench.ThroughputSummary;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** The figures of one GET-by-uuid run: ops/s per case and thread count, ratios and goals. */
@Value.Immutable
public abstract class VncGetReport {
  public static Builder builder() {
    return new Builder();
  }

  /** Every case at every thread count, in run order. */
  public abstract List<ThroughputSummary> rows();

  public abstract int networks();

  public abstract int serverIoThreads();

  /** The latency the fake added to every answer. */
  public abstract Duration serverLatency();

  public abstract double rawGoal();

  public abstract double baselineGoal();

  /** The row of {@code name} at {@code threads}. */
  public Optional<ThroughputSummary> row(String name, int threads) {
    return rows().stream().filter(r -> r.name().equals(name) && r.threads() == threads).findFirst();
  }

  /** The largest thread count measured: the goals are judged there. */
  public int goalThreads() {
    return rows().stream().mapToInt(ThroughputSummary::threads).max().orElse(1);
  }

  /** typed / raw at {@link #goalThreads()}. */
  public double typedToRaw() {
    return ratio(VncGetBenchmark.TYPED, VncGetBenchmark.RAW, goalThreads());
  }

  /** typed / baseline at {@link #goalThreads()}. */
  public double typedToBaseline() {
    return ratio(VncGetBenchmark.TYPED, VncGetBenchmark.BASELINE, goalThreads());
  }

  public boolean allGoalsMet() {
    return typedToRaw() >= rawGoal() && typedToBaseline() >= baselineGoal();
  }

  private double ratio(String a, String b, int threads) {
    return row(a, threads).orElseThrow().ratioTo(row(b, threads).orElseThrow());
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "GET /virtual-network/<uuid>, %d networks, fake config"
        + " API on %d I/O thread(s), server latency %d ms%n%n", networks(), serverIoThreads(),
        serverLatency().toMillis()));
    out.append(ThroughputSummary.header()).append('\n');
    rows().forEach(r -> out.append(r.row()).append('\n'));
    out.append("\nratios (ops/s):\n");
    rows().stream().mapToInt(ThroughputSummary::threads).distinct().forEach(t -> out.append(
        String.format(Locale.ROOT, "  %d thread(s): typed/raw %.2fx  typed/baseline %.2fx"
            + "  raw/baseline %.2fx%n", t, ratio(VncGetBenchmark.TYPED, VncGetBenchmark.RAW, t),
            ratio(VncGetBenchmark.TYPED, VncGetBenchmark.BASELINE, t),
            ratio(VncGetBenchmark.RAW, VncGetBenchmark.BASELINE, t))));
    out.append(String.format(Locale.ROOT, "%ngoals at %d threads:%n", goalThreads()));
    out.append(goal("typed >= %.1fx raw OkHttp", rawGoal(), typedToRaw()));
    out.append(goal("typed >= %.1fx synchronized baseline", baselineGoal(), typedToBaseline()));
    return out.toString();
  }

  private static String goal(String what, double goal, double actual) {
    return String.format(Locale.ROOT, "  %-40s %.2fx  %s%n", String.format(Locale.ROOT, what, goal),
        actual, actual >= goal ? "pass" : "FAIL");
  }

  public static final class Builder extends ImmutableVncGetReport.Builder {}
}
