package dev.nestedcontrail.sdk.k8s;

import dev.nestedcontrail.sdk.k8s.provision.ApplyReport;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What one {@link NestedCluster#provision} run did: the steps that ran with their summaries, the
 * writes per step, the Kubernetes apply report and the DaemonSets found ready. {@link
 * NestedCluster#rollback} undoes exactly these steps.
 */
@Value.Immutable
public abstract class ProvisionResult {
  public static Builder builder() {
    return new Builder();
  }

  /** Each step that ran, in order, with its one-line summary. */
  public abstract Map<ProvisionStep, String> steps();

  /** Writes per step that wrote (config API writes and Kubernetes objects created or changed). */
  public abstract Map<ProvisionStep, Integer> writes();

  public abstract ApplyReport kubernetes();

  /** The ready DaemonSets, as {@code namespace/name}. */
  public abstract List<String> readyDaemonSets();

  /** All writes of the run; zero when the cluster already was as planned. */
  public int totalWrites() {
    return writes().values().stream().mapToInt(Integer::intValue).sum();
  }

  public static final class Builder extends ImmutableProvisionResult.Builder {}
}
