package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.List;
import org.immutables.value.Value;

/**
 * What policy provisioning found or created: the cluster's application policy set under
 * {@code default-policy-management} and its {@code <cluster>-denyall} and
 * {@code <cluster>-allowall} firewall policies.
 */
@Value.Immutable
public abstract class ClusterPolicies {
  /** The parent of the APS, the firewall policies and the firewall rules. */
  public static final List<String> POLICY_MANAGEMENT = List.of("default-policy-management");

  public static Builder builder() {
    return new Builder();
  }

  public abstract String applicationPolicySetUuid();

  /** {@code <cluster>-denyall}: the deny-all rules of the network policies' selected pods. */
  public abstract String denyAllUuid();

  /** {@code <cluster>-allowall}: last in the APS, lets through what no policy selects. */
  public abstract String allowAllUuid();

  public static final class Builder extends ImmutableClusterPolicies.Builder {}
}
