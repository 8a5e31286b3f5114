package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** The size of a kube-manager benchmark run, and how to start the JVM of its fakes. */
@Value.Immutable
public abstract class KubeManagerBenchSettings {
  /** The command-line options {@link #withArgs} reads. */
  public static final String USAGE = "[--pods N] [--namespaces N] [--nodes N] [--workers N]";

  public static Builder builder() {
    return new Builder();
  }

  @Value.Default
  public int pods() {
    return 10_000;
  }

  @Value.Default
  public int namespaces() {
    return 100;
  }

  /** Node VMs; pods are spread round-robin (at most 4094 per node). */
  @Value.Default
  public int nodes() {
    return 10;
  }

  @Value.Default
  public int workers() {
    return 4;
  }

  /** The run gives up waiting for convergence after this long. */
  @Value.Default
  public Duration timeCap() {
    return Duration.ofMinutes(5);
  }

  /** The {@code java} that runs the fakes' JVM. */
  public abstract String javaCommand();

  /** The fakes' JVM classpath: this JVM's, so the same shaded jar. */
  public abstract List<Path> classpath();

  /**
   * Options of the fakes' JVM. Default: C1 only and the serial GC. That JVM lives for one run, in
   * which C2 compiling the fakes' code cost more CPU than it saved (fakes CPU per pod about 35%
   * lower measured without it), and serial GC runs no concurrent GC threads on the 2 shared cores.
   */
  @Value.Default
  public List<String> fakesJvmOptions() {
    return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  }

  /** These settings with {@code --pods}, {@code --namespaces}, {@code --nodes}, {@code --workers} applied. */
  public KubeManagerBenchSettings withArgs(List<String> args) {
    Builder b = builder().from(this);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 2) {
      String option = args.get(i);
      Integer value = i + 1 < args.size() && args.get(i + 1).matches("\\d{1,9}")
          ? Integer.valueOf(args.get(i + 1)) : null;
      if (value == null) {
        problems.add(option + ": needs a number, got " + (i + 1 < args.size() ? args.get(i + 1) : "nothing"));
        continue;
      }
      switch (option) {
        case "--pods" -> b.pods(value);
        case "--namespaces" -> b.namespaces(value);
        case "--nodes" -> b.nodes(value);
        case "--workers" -> b.workers(value);
        default -> problems.add(option + ": unknown option; options: " + USAGE);
      }
    }
    ValidationException.throwIfAny("kube-manager benchmark arguments", problems);
    return b.build();
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    atLeastOne(problems, "pods", pods());
    atLeastOne(problems, "namespaces", namespaces());
    atLeastOne(problems, "nodes", nodes());
    atLeastOne(problems, "workers", workers());
    if (nodes() >= 1 && (pods() + nodes() - 1) / nodes() > 4094) {
      problems.add("pods: " + pods() + " on " + nodes() + " nodes is more than 4094 VLANs per node");
    }
    if (classpath().isEmpty()) {
      problems.add("classpath: must name at least one entry");
    }
    ValidationException.throwIfAny("kube-manager benchmark settings", problems);
  }

  private static void atLeastOne(List<String> problems, String field, int value) {
    if (value < 1) {
      problems.add(field + ": " + value + " must be at least 1");
    }
  }

  public static final class Builder extends ImmutableKubeManagerBenchSettings.Builder {}
}
