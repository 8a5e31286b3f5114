package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.LoadbalancerProtocolType;

/**
 * Names and uuids of a Service's loadbalancer objects (contrail-internals §2.3). The loadbalancer
 * is {@code <svc>__<svcUid>} with uuid = the Service UID; Python gives the VMI, instance-ip,
 * listeners, pools and members random uuids, ours are derived from the Service UID (and the
 * port, the pool, the VMI) so every create is create-or-get and a restart finds what it made.
 */
public final class ServiceNames {
  private final String cluster;

  public ServiceNames(String cluster) {
    this.cluster = cluster;
  }

  /** Loadbalancer name {@code <svc>__<svcUid>}. */
  public static String loadbalancer(String service, String serviceUid) {
    return service + Names.SEPARATOR + serviceUid;
  }

  /** Display name of the loadbalancer and its VMI: {@code <namespace>__<svc>}. */
  public static String display(String namespace, String service) {
    return namespace + Names.SEPARATOR + service;
  }

  /** Loadbalancer VMI name {@code <cluster>__Service__<svc>__<svcUid>}. */
  public String loadbalancerInterface(String service, String serviceUid) {
    return String.join(Names.SEPARATOR, cluster, "Service", service, serviceUid);
  }

  public static String loadbalancerInterfaceUuid(String serviceUid) {
    return Names.derived(serviceUid, "lb-vmi");
  }

  /** Loadbalancer instance-ip name {@code <svc>__<uuid>}. */
  public static String loadbalancerInstanceIp(String service, String serviceUid) {
    return service + Names.SEPARATOR + loadbalancerInstanceIpUuid(serviceUid);
  }

  public static String loadbalancerInstanceIpUuid(String serviceUid) {
    return Names.derived(serviceUid, "lb-iip");
  }

  /** Listener name {@code <lbName>-<protocol>-<port>-<uuid>}, the Kubernetes protocol as given. */
  public static String listener(String service, String serviceUid, ServicePort port) {
    return loadbalancer(service, serviceUid) + "-" + port.protocol() + "-" + port.port() + "-"
        + listenerUuid(serviceUid, port);
  }

  public static String listenerUuid(String serviceUid, ServicePort port) {
    return Names.derived(serviceUid, "listener/" + port.protocol() + "/" + port.port());
  }

  /** The pool of a listener has the listener's name and a uuid of its own. */
  public static String poolUuid(String serviceUid, ServicePort port) {
    return Names.derived(serviceUid, "pool/" + port.protocol() + "/" + port.port());
  }

  /** A member is named by its uuid, derived from its pool, VMI and port. */
  public static String memberUuid(String poolUuid, String vmiUuid, int protocolPort) {
    return Names.derived(poolUuid, "member/" + vmiUuid + "/" + protocolPort);
  }

  /**
   * The loadbalancer protocol of a Kubernetes port protocol: {@code TCP}, {@code HTTP},
   * {@code HTTPS} and {@code TERMINATED_HTTPS} stay, anything else (UDP, SCTP) is {@code UDP}.
   */
  public static LoadbalancerProtocolType protocol(String kubernetesProtocol) {
    switch (kubernetesProtocol) {
      case "TCP":
        return LoadbalancerProtocolType.TCP;
      case "HTTP":
        return LoadbalancerProtocolType.HTTP;
      case "HTTPS":
        return LoadbalancerProtocolType.HTTPS;
      case "TERMINATED_HTTPS":
        return LoadbalancerProtocolType.TERMINATED_HTTPS;
      default:
        return LoadbalancerProtocolType.UDP;
    }
  }
}
