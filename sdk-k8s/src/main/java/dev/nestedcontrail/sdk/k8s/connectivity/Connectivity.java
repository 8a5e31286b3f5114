package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.Arrays;
import java.util.Optional;

/** How the overlay cluster reaches the underlay's Contrail functions (the seed's two options). */
public enum Connectivity {
  /**
   * Option 1, the seed's preferred one and the default: Fabric SNAT on the VMs' virtual network,
   * plus one link-local service so the CNI reaches the vrouter agent of its compute node.
   */
  FABRIC_SNAT("fabric-snat"),
  /** Option 2: link-local services only, one service IP per underlay node. */
  LINK_LOCAL_ONLY("link-local-only");

  private final String fileName;

  Connectivity(String fileName) {
    this.fileName = fileName;
  }

  /** The name used in the topology file and in the JSON output. */
  public String fileName() {
    return fileName;
  }

  /** The option with this file name; empty for any other text. */
  public static Optional<Connectivity> ofFileName(String name) {
    return Arrays.stream(values()).filter(c -> c.fileName.equals(name)).findFirst();
  }
}
