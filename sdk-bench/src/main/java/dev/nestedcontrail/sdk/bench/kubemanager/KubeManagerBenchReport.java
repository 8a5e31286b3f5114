package dev.nestedcontrail.sdk.bench.kubemanager;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/** The figures of one kube-manager benchmark run against the goals of issue 7. */
@Value.Immutable
public abstract class KubeManagerBenchReport {
  static final Duration CONVERGE_GOAL = Duration.ofSeconds(20);
  static final double WRITES_GOAL = 4.0;
  static final long HEAP_GOAL_BYTES = 256L << 20;
  /**
   * Writes made once per namespace, not per pod: its default security group, its project outside
   * nested mode, and tags (the {@code namespace=<ns>} tag, plus each distinct label value once per
   * cluster; a pod's tag refs travel in its VMI's create body).
   */
  static final Set<String> NAMESPACE_WRITES = Set.of("create security-group", "create project",
      "create tag");

  public static Builder builder() {
    return new Builder();
  }

  public abstract KubeManagerBenchSettings settings();

  /** From the first pod created until every pod is wired (or the time cap). */
  public abstract Duration converge();

  public abstract boolean converged();

  public abstract Map<String, Long> restCallsByKind();

  /** Events whose handling failed during the run (each retried by a later event or the resync). */
  public abstract long eventErrors();

  /** The kube-manager JVM's peak heap use during the run, garbage included (the fakes run in their own JVM). */
  public abstract long peakHeapBytes();

  /** The kube-manager JVM's heap in use after a full GC at the end, the manager still running. */
  public abstract long liveHeapBytes();

  /** The kube-manager JVM's maximum heap ({@code -Xmx}). */
  public abstract long maxHeapBytes();

  /** The fakes JVM's peak heap use during the run. */
  public abstract long fakesPeakHeapBytes();

  /** CPU time the kube-manager JVM used while converging (all its threads, GC and JIT included). */
  public abstract Optional<Duration> cpu();

  /** CPU time the fakes JVM used while converging. */
  public abstract Optional<Duration> fakesCpu();

  /** The writes that wire pods, per pod: every write but the once-per-namespace ones. */
  public double writesPerPod() {
    return writes(kind -> !NAMESPACE_WRITES.contains(kind)) / (double) settings().pods();
  }

  /** The once-per-namespace writes, per namespace. */
  public double writesPerNamespace() {
    return writes(NAMESPACE_WRITES::contains) / (double) settings().namespaces();
  }

  private long writes(Predicate<String> kinds) {
    return restCallsByKind().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("read") && !e.getKey().startsWith("list") && kinds.test(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
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
    out.append(String.format("  pods per second %8.0f     event errors %d%n", podsPerSecond(), eventErrors()));
    out.append(String.format("  writes per pod  %8.2f     goal <= %.0f    %s  (and %.2f per namespace: %s)%n",
        writesPerPod(), WRITES_GOAL, writesPerPod() <= WRITES_GOAL ? "pass" : "FAIL", writesPerNamespace(),
        String.join(", ", NAMESPACE_WRITES.stream().sorted().toList())));
    out.append(String.format("  CPU             %8.2f s kube-manager JVM, %.2f s fakes JVM (%.2f ms per pod in all)%n",
        seconds(cpu()), seconds(fakesCpu()),
        (seconds(cpu()) + seconds(fakesCpu())) * 1000 / settings().pods()));
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

  private static double seconds(Optional<Duration> d) {
    return d.map(x -> x.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }

  public static final class Builder extends ImmutableKubeManagerBenchReport.Builder {}
}
