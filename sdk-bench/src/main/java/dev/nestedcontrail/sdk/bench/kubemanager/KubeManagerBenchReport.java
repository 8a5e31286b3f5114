package dev.nestedcontrail.sdk.bench.kubemanager;

import java.time.Duration;
import java.util.Map;
import org.immutables.value.Value;

/** The figures of one kube-manager benchmark run against the goals of issue 7. */
@Value.Immutable
public abstract class KubeManagerBenchReport {
  static final Duration CONVERGE_GOAL = Duration.ofSeconds(20);
  static final double WRITES_GOAL = 4.0;
  static final long HEAP_GOAL_BYTES = 256L << 20;

  public static Builder builder() {
    return new Builder();
  }

  public abstract KubeManagerBenchSettings settings();

  /** From the first pod created until every pod is wired (or the time cap). */
  public abstract Duration converge();

  public abstract boolean converged();

  public abstract Map<String, Long> restCallsByKind();

  /** The kube-manager JVM's peak heap use during the run, garbage included (the fakes run in their own JVM). */
  public abstract long peakHeapBytes();

  /** The kube-manager JVM's heap in use after a full GC at the end, the manager still running. */
  public abstract long liveHeapBytes();

  /** The kube-manager JVM's maximum heap ({@code -Xmx}). */
  public abstract long maxHeapBytes();

  /** The fakes JVM's peak heap use during the run. */
  public abstract long fakesPeakHeapBytes();

  public double writesPerPod() {
    return restCallsByKind().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("read") && !e.getKey().startsWith("list"))
        .mapToLong(Map.Entry::getValue).sum() / (double) settings().pods();
  }

  public double podsPerSecond() {
    return settings().pods() / Math.max(1e-9, converge().toNanos() / 1e9);
  }

  public boolean allGoalsMet() {
    return converged() && converge().compareTo(CONVERGE_GOAL) <= 0
        && writesPerPod() <= WRITES_GOAL && peakHeapBytes() <= HEAP_GOAL_BYTES;
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("kube-manager: %d pods in %d namespaces on %d nodes, %d workers%n",
        settings().pods(), settings().namespaces(), settings().nodes(), settings().workers()));
    out.append(String.format("  converge        %8.2f s   goal <= %d s   %s%s%n",
        converge().toMillis() / 1000.0, CONVERGE_GOAL.toSeconds(),
        converged() && converge().compareTo(CONVERGE_GOAL) <= 0 ? "pass" : "FAIL",
        converged() ? "" : " (not converged)"));
    out.append(String.format("  pods per second %8.0f%n", podsPerSecond()));
    out.append(String.format("  writes per pod  %8.2f     goal <= %.0f    %s%n", writesPerPod(),
        WRITES_GOAL, writesPerPod() <= WRITES_GOAL ? "pass" : "FAIL"));
    out.append(String.format("  peak heap       %8d MB  goal <= %d MB %s  (kube-manager JVM, -Xmx %d MB;"
        + " live after GC %d MB)%n", mb(peakHeapBytes()), mb(HEAP_GOAL_BYTES),
        peakHeapBytes() <= HEAP_GOAL_BYTES ? "pass" : "FAIL", mb(maxHeapBytes()), mb(liveHeapBytes())));
    out.append(String.format("  fakes JVM peak heap %4d MB (not part of the goal)%n", mb(fakesPeakHeapBytes())));
    out.append("  REST calls per pod by kind:\n");
    restCallsByKind().forEach((kind, count) -> out.append(String.format("    %-34s %8.3f%n",
        kind, count / (double) settings().pods())));
    out.append("  Python anchor (R5.0, nested): create VM, create VMI, ref-update VMI->parent,\n"
        + "    ref-update parent->VMI, ref-update vrouter->VM, create IIP, set-tag = ~7 calls\n");
    return out.toString();
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }

  public static final class Builder extends ImmutableKubeManagerBenchReport.Builder {}
}
