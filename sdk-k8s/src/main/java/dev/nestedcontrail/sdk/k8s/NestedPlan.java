package dev.nestedcontrail.sdk.k8s;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalDiff;
import dev.nestedcontrail.sdk.k8s.internal.PlanReport;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a provisioning run would do, computed without writing anything: the connectivity plan,
 * the link-local diff against the config API's current entries (when a config API was given), the
 * Fabric SNAT network, the manifest objects and the preflight findings. Print it with {@link
 * #report()} or {@link #toJson()}; apply it with {@link NestedCluster#provision}.
 */
@Value.Immutable
public abstract class NestedPlan {
  public static Builder builder() {
    return new Builder();
  }

  public abstract ConnectivityPlan connectivity();

  /**
   * The config API changes as a dry run of the link-local apply: the global-vrouter-config diff
   * (link-local entries, port translation pools, flow aging), the node network's {@code
   * fabric_snat} and warnings; empty when no config API was read.
   */
  public abstract Optional<LinkLocalApplyResult> configChanges();

  /** The link-local part of {@link #configChanges()}. */
  public Optional<LinkLocalDiff> linkLocal() {
    return configChanges().map(changes -> changes.change().linkLocal());
  }

  /** The rendered manifest, in apply order. */
  public abstract List<KubernetesObject> manifest();

  public abstract List<PreflightFinding> preflight();

  /** Whether every preflight check passed. */
  public boolean preflightPassed() {
    return preflight().stream().allMatch(PreflightFinding::passed);
  }

  /** A readable multi-line report: link-local table, SNAT, manifest objects, preflight. */
  public String report() {
    return PlanReport.text(this);
  }

  /** The plan as one JSON object. */
  public String toJson() {
    return PlanReport.json(this);
  }

  public static final class Builder extends ImmutableNestedPlan.Builder {}
}
