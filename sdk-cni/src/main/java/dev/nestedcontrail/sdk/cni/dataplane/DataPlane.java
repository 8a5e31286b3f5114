package dev.nestedcontrail.sdk.cni.dataplane;

import java.util.List;
import java.util.Optional;

/**
 * Every kernel change the CNI makes. Host-side methods act in the caller's network namespace;
 * {@code netns} parameters are paths such as {@code /var/run/netns/cni-1234} or {@code
 * /proc/42/ns/net}. Failures throw {@link DataPlaneException}; deletes of things that are already
 * gone succeed and return false.
 */
public interface DataPlane {

  /** Whether the network namespace exists. */
  boolean namespaceExists(String netns);

  /** Whether a host link with this name exists. */
  boolean linkExists(String name);

  /** Names of the host links whose alias is {@code alias}. */
  List<String> linksWithAlias(String alias);

  /**
   * Creates the VLAN link on its parent with its MTU and alias, and brings it up.
   *
   * @throws MissingKernelCapabilityException when the kernel has no 802.1Q support
   */
  void createVlan(VlanLink link);

  /**
   * Creates a macvlan (mode VEPA) on host link {@code parent} directly inside {@code netns} as
   * {@code tempName} and renames it there to {@code ifName}.
   */
  void createMacvlan(String parent, String tempName, String netns, String ifName);

  /**
   * Creates a veth pair: {@code hostName} stays on the host (brought up), the peer goes into
   * {@code netns} as {@code ifName}.
   */
  void createVethPair(String hostName, String tempPeerName, String netns, String ifName, int mtu);

  /** Deletes a host link (and, for a VLAN, its macvlan children); false when it did not exist. */
  boolean deleteLink(String name);

  /** Sets MAC, address, brings the link up and adds the default route, in that order. */
  void configure(String netns, String ifName, InterfaceAddressing addressing);

  /** The interface inside the namespace; empty when the namespace or interface is missing. */
  Optional<InterfaceState> inspect(String netns, String ifName);
}
