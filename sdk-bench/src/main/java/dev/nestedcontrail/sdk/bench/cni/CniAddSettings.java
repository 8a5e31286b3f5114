package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/** What the CNI ADD benchmark runs: limits per case, the late-config delay, the goals. */
@Value.Immutable
public abstract class CniAddSettings {
  public static Builder builder() {
    return new Builder();
  }

  /** In-process and daemon cases; default 20 warm-up and 200 measured calls, 120 s cap. */
  @Value.Default
  public BenchLimits fastLimits() {
    return BenchLimits.of(20, 200, Duration.ofSeconds(120));
  }

  /** The JVM-per-call case (about a second per call here); default 3 + 40 calls, 120 s cap. */
  @Value.Default
  public BenchLimits jvmLimits() {
    return BenchLimits.of(3, 40, Duration.ofSeconds(120));
  }

  /** The late-config case (each call takes at least {@link #lateDelay()}); default 1 + 10. */
  @Value.Default
  public BenchLimits lateLimits() {
    return BenchLimits.of(1, 10, Duration.ofSeconds(60));
  }

  /** T: how long after the ADD starts the agent learns the pod; default 1 s. */
  @Value.Default
  public Duration lateDelay() {
    return Duration.ofSeconds(1);
  }

  /** The p99 goal of an ADD through the daemon; default 20 ms (issue 8). */
  @Value.Default
  public Duration daemonGoal() {
    return Duration.ofMillis(20);
  }

  /** The p99 goal of ADD completion − T with late config; default 100 ms (issue 8). */
  @Value.Default
  public Duration lateGoal() {
    return Duration.ofMillis(100);
  }

  /**
   * The Go plugin's sleep between agent polls ({@code poll-timeout}): 5 s as container-builder
   * writes it, 3 s as the code default (contrail-internals §5.1).
   */
  @Value.Default
  public List<Duration> anchorPollIntervals() {
    return List.of(Duration.ofSeconds(5), Duration.ofSeconds(3));
  }

  /** The {@code java} launcher for the per-call JVMs. */
  public abstract String javaCommand();

  /** The classpath of the per-call JVMs: sdk-cni, its dependencies and this module. */
  public abstract List<Path> classpath();

  /** How long one plugin process may take before the benchmark gives up; default 30 s. */
  @Value.Default
  public Duration processTimeout() {
    return Duration.ofSeconds(30);
  }

  /** The entries of a {@code java.class.path}-style value. */
  public static List<Path> classpathOf(String value) {
    return Stream.of(value.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(Path::of)
        .collect(Collectors.toList());
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (classpath().isEmpty()) {
      problems.add("classpath: must name at least one entry");
    }
    if (lateDelay().isNegative()) {
      problems.add("lateDelay: " + lateDelay() + " must not be negative");
    }
    if (anchorPollIntervals().stream().anyMatch(d -> d.isZero() || d.isNegative())) {
      problems.add("anchorPollIntervals: " + anchorPollIntervals() + " must all be positive");
    }
    ValidationException.throwIfAny("CNI ADD bench settings", problems);
  }

  public static final class Builder extends ImmutableCniAddSettings.Builder {}
}
