package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The network a pod's interface and instance-ip go on, and the subnet its address comes from. */
@Value.Immutable
public abstract class PodNetwork {
  public static Builder builder() {
    return new Builder();
  }

  public static PodNetwork of(List<String> network, Optional<String> subnetUuid) {
    return builder().network(network).subnetUuid(subnetUuid).build();
  }

  public abstract List<String> network();

  /**
   * The {@code subnet_uuid} of the pod (or ip-fabric) IPAM's subnet on {@link #network()}; empty
   * when the network does not use that IPAM, and the server then picks the subnet.
   */
  public abstract Optional<String> subnetUuid();

  public static final class Builder extends ImmutablePodNetwork.Builder {}
}
