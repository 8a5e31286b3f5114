package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.util.List;
import org.immutables.value.Value;

/** Where a pod goes: its parent VMI and VLAN, its network and subnet, its security group. */
@Value.Immutable
public abstract class PodPlacement {
  public static Builder builder() {
    return new Builder();
  }

  public abstract String parentInterfaceUuid();

  public abstract int vlan();

  public abstract List<String> network();

  /** The {@code subnet_uuid} of the pod IPAM's subnet on {@code network}, when known. */
  public abstract java.util.Optional<String> subnetUuid();

  public abstract List<String> securityGroup();

  /** Refs to the pod's label tags, created with the VMI. */
  public abstract List<dev.nestedcontrail.sdk.vnc.model.Reference<Void>> tags();

  public static final class Builder extends ImmutablePodPlacement.Builder {}
}
