package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.Arrays;
import java.util.Optional;

/**
 * An underlay function the overlay cluster must reach, in the seed's order: the allocation of
 * service IPs and the order of the entries both follow this order.
 */
public enum ServiceRole {
  CONFIG("config", "config", "Contrail Config", 8082),
  ANALYTICS("analytics", "analytics", "Contrail Analytics", 8086),
  MSG_QUEUE("msgQueue", "msgQueue", "Contrail Msg Queue", 5673),
  CONFIG_DB("configDb", "configDb", "Contrail VNC DB", 9161),
  KEYSTONE("keystone", "keystone", "Keystone", 35357),
  /** The vrouter agent's REST port; its link-local entries always lead to 127.0.0.1. */
  VROUTER("vrouters", "vrouter", "VRouter", 9091);

  private final String key;
  private final String portKey;
  private final String serviceName;
  private final int defaultPort;

  ServiceRole(String key, String portKey, String serviceName, int defaultPort) {
    this.key = key;
    this.portKey = portKey;
    this.serviceName = serviceName;
    this.defaultPort = defaultPort;
  }

  /** The key of the node list in the topology file, also the key in the JSON endpoints. */
  public String key() {
    return key;
  }

  /** The key of this role in the topology file's {@code ports} map. */
  public String portKey() {
    return portKey;
  }

  /** The seed's name for the function, the base of the link-local entry names. */
  public String serviceName() {
    return serviceName;
  }

  public int defaultPort() {
    return defaultPort;
  }

  public static Optional<ServiceRole> ofPortKey(String portKey) {
    return Arrays.stream(values()).filter(r -> r.portKey.equals(portKey)).findFirst();
  }
}
