package dev.nestedcontrail.sdk.bench.kubemanager;

import java.time.Duration;
import org.immutables.value.Value;

/** The size of a kube-manager benchmark run. */
@Value.Immutable
public abstract class KubeManagerBenchSettings {
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

  public static final class Builder extends ImmutableKubeManagerBenchSettings.Builder {}
}
