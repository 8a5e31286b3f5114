package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import org.immutables.value.Value;

/** The Contrail objects of one nested pod, ready to create in this order. */
@Value.Immutable
public abstract class PodObjects {
  public static Builder builder() {
    return new Builder();
  }

  public abstract VirtualMachine virtualMachine();

  /** The sub-interface VMI; it refs the parent VMI, the VM, the network and the namespace SG. */
  public abstract VirtualMachineInterface virtualMachineInterface();

  public abstract InstanceIp instanceIp();

  /** The parent (node VM) VMI's uuid; the parent gets a ref back to the pod VMI. */
  public abstract String parentInterfaceUuid();

  public static final class Builder extends ImmutablePodObjects.Builder {}
}
