package dev.nestedcontrail.sdk.bench.kubemanager;

import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The start-up of kube-manager over one underlay, listing it over REST and reading it from the
 * config DB with events: {@code KubeManager.start()} time and REST calls by kind of each.
 */
@Value.Immutable
public abstract class KubeManagerStartupReport {

  public static Builder builder() {
    return new Builder();
  }

  /** VMs, VMIs, instance-ips and virtual-routers of the underlay. */
  public abstract int underlayObjects();

  /** Pods that existed before the start, wired by it. */
  public abstract int pods();

  /** How long writing the underlay into Cassandra took (outside the timing). */
  public abstract Duration mirrorWrite();

  public abstract Duration restStart();

  public abstract Map<String, Long> restCalls();

  public abstract boolean restWiredAll();

  public abstract Duration dbStart();

  public abstract Map<String, Long> dbCalls();

  public abstract boolean dbWiredAll();

  /** Both runs wired every pod and the DB run listed nothing over REST. */
  public boolean allGoalsMet() {
    return restWiredAll() && dbWiredAll()
        && dbCalls().keySet().stream().noneMatch(k -> k.startsWith("list "));
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("kube-manager-startup: underlay %d objects, %d pods before start%n",
        underlayObjects(), pods()));
    out.append(String.format("  %-34s %12s %12s%n", "", "REST", "DB+events"));
    out.append(String.format("  %-34s %12d %12d%n", "KubeManager.start() ms", restStart().toMillis(),
        dbStart().toMillis()));
    out.append(String.format("  %-34s %12d %12d%n", "REST calls", total(restCalls()), total(dbCalls())));
    TreeSet<String> kinds = new TreeSet<>(restCalls().keySet());
    kinds.addAll(dbCalls().keySet());
    for (String kind : kinds) {
      out.append(String.format("    %-32s %12d %12d%n", kind, restCalls().getOrDefault(kind, 0L),
          dbCalls().getOrDefault(kind, 0L)));
    }
    out.append(String.format("  %-34s %12s %12s%n", "every pod wired", restWiredAll(), dbWiredAll()));
    out.append(String.format("  (writing the underlay into Cassandra took %d ms, not timed)%n",
        mirrorWrite().toMillis()));
    out.append("goals: all pods wired both ways, no REST list with the DB: ")
        .append(allGoalsMet() ? "met" : "MISSED");
    return out.toString();
  }

  private static long total(Map<String, Long> calls) {
    return calls.values().stream().mapToLong(Long::longValue).sum();
  }

  public static final class Builder extends ImmutableKubeManagerStartupReport.Builder {}
}
