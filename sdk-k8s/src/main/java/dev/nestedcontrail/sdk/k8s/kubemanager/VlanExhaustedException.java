package dev.nestedcontrail.sdk.k8s.kubemanager;

import dev.nestedcontrail.sdk.core.ContrailClientException;

/**
 * Every VLAN id 1..4094 of a node VM's interface is taken, so one more pod on that node cannot get
 * a sub-interface. (The Python kube-manager hands out 4095, then 4096, in this case.)
 */
public final class VlanExhaustedException extends ContrailClientException {
  private static final long serialVersionUID = 1L;

  private final String parentInterfaceUuid;

  public VlanExhaustedException(String parentInterfaceUuid) {
    super("no free VLAN id in 1..4094 on virtual-machine-interface " + parentInterfaceUuid);
    this.parentInterfaceUuid = parentInterfaceUuid;
  }

  public String parentInterfaceUuid() {
    return parentInterfaceUuid;
  }
}
