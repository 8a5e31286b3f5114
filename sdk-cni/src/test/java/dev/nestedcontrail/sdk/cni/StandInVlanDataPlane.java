package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.ForwardingDataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.VlanLink;

/**
 * For kernels without 802.1Q (this test machine): the VLAN step makes a veth end with the VLAN
 * link's name, MTU and alias instead. Every other step runs for real.
 */
final class StandInVlanDataPlane extends ForwardingDataPlane {
  private final HostNetwork host;

  StandInVlanDataPlane(DataPlane real, HostNetwork host) {
    super(real);
    this.host = host;
  }

  @Override
  public void createVlan(VlanLink link) {
    String peer = "vs" + host.suffix + link.vlanId();
    HostNetwork.ok("ip", "link", "add", link.name(), "mtu", Integer.toString(link.mtu()), "type",
        "veth", "peer", "name", peer);
    host.track(link.name());
    HostNetwork.ok("ip", "link", "set", "dev", link.name(), "alias", link.alias(), "up");
  }
}
