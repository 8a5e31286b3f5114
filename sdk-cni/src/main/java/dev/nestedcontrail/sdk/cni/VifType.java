package dev.nestedcontrail.sdk.cni;

import java.util.Arrays;
import java.util.Optional;

/** How the pod's interface is built: {@code vif-type} in {@code 10-contrail.conf}. */
public enum VifType {
  /** Non-nested: a veth pair whose host side the vrouter agent picks up. */
  VETH("veth"),
  /** Nested: an 802.1Q sub-interface on the VM's NIC with a macvlan child in the pod. */
  MACVLAN("macvlan");

  private final String wire;

  VifType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<VifType> fromWire(String wire) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(wire)).findFirst();
  }
}
