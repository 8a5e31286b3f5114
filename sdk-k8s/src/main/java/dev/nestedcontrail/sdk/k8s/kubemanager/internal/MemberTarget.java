package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import org.immutables.value.Value;

/**
 * What a loadbalancer member stands for: a VMI and its VM (a pod's, or for a host-network
 * endpoint the node's), written to the member's {@code vmi} and {@code vm} annotations.
 */
@Value.Immutable
public abstract class MemberTarget {
  public static MemberTarget of(String vm, String vmi) {
    return ImmutableMemberTarget.builder().vm(vm).vmi(vmi).build();
  }

  public abstract String vm();

  public abstract String vmi();
}
