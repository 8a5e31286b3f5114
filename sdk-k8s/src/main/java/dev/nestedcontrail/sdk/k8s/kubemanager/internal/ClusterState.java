package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What cluster provisioning found or created: the networks pods and services use. */
@Value.Immutable
public abstract class ClusterState {
  public static Builder builder() {
    return new Builder();
  }

  public abstract List<String> podNetwork();

  public abstract String podNetworkUuid();

  /** The pod IPAM subnet's {@code subnet_uuid}, when the server gave one. */
  public abstract Optional<String> podSubnetUuid();

  /** The cluster service network; services' loadbalancer VMIs and VIPs live there. */
  public abstract List<String> serviceNetwork();

  /** The service IPAM subnet's {@code subnet_uuid}, when the server gave one. */
  public abstract Optional<String> serviceSubnetUuid();

  /** The node VMs' network (nested mode). */
  public abstract Optional<String> clusterNetworkUuid();

  /** The application policy set and its default firewall policies. */
  public abstract ClusterPolicies policies();

  public static final class Builder extends ImmutableClusterState.Builder {}
}
