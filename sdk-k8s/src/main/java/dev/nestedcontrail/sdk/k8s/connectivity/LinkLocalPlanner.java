package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.connectivity.internal.ServiceIpAllocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link UnderlayTopology} into a {@link ConnectivityPlan}; a pure function that
 * reproduces the seed's tables exactly.
 *
 * <p>Option 2 ({@link Connectivity#LINK_LOCAL_ONLY}): every distinct underlay node gets one service
 * IP, in order of first appearance over the roles config, analytics, msgQueue, configDb, keystone,
 * vrouters; the IPs come in order from {@code serviceIps} or from the pool (skipping its network
 * and broadcast addresses, excluded IPs and underlay IPs). There is one entry per (role, node),
 * grouped by role in that order, nodes in their listed order, named after the role ({@code Contrail
 * Config}, {@code Contrail Analytics}, {@code Contrail Msg Queue}, {@code Contrail VNC DB}, {@code
 * Keystone}) with {@code " N"} (1-based) appended when the role has several nodes; vrouter entries
 * are named {@code VRouter-<node IP>} and lead to 127.0.0.1.
 *
 * <p>Option 1 ({@link Connectivity#FABRIC_SNAT}): one entry {@code K8s-cni-to-agent} from the first
 * service IP to 127.0.0.1 on the vrouter port, plus Fabric SNAT on {@code nodeNetwork}.
 */
public final class LinkLocalPlanner {

  /** The name of the single entry of Option 1, as in the seed. */
  public static final String CNI_TO_AGENT = "K8s-cni-to-agent";

  private static final Logger logger = LoggerFactory.getLogger(LinkLocalPlanner.class);

  private LinkLocalPlanner() {}

  /** The plan for {@code topology}, which is valid by construction. */
  public static ConnectivityPlan plan(UnderlayTopology topology) {
    ConnectivityPlan plan = topology.connectivity() == Connectivity.LINK_LOCAL_ONLY
        ? linkLocalOnly(topology) : fabricSnat(topology);
    logger.debug("planned {} with {} link-local entries, vrouter VIP {}",
        plan.connectivity().fileName(), plan.entries().size(), plan.vrouterVip());
    return plan;
  }

  private static ConnectivityPlan linkLocalOnly(UnderlayTopology topology) {
    List<Ipv4Address> nodes = ServiceIpAllocator.distinctNodes(topology);
    List<Ipv4Address> serviceIps = ServiceIpAllocator.allocate(topology, nodes.size());
    Map<Ipv4Address, Ipv4Address> serviceIpOf = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      serviceIpOf.put(nodes.get(i), serviceIps.get(i));
    }
    ConnectivityPlan.Builder plan = ConnectivityPlan.builder()
        .connectivity(Connectivity.LINK_LOCAL_ONLY)
        .vrouterVip(serviceIpOf.get(topology.vrouters().get(0)));
    for (ServiceRole role : ServiceRole.values()) {
      List<Ipv4Address> roleNodes = topology.nodes(role);
      int port = topology.port(role);
      List<ServiceEndpoint> endpoints = new ArrayList<>();
      for (int i = 0; i < roleNodes.size(); i++) {
        Ipv4Address node = roleNodes.get(i);
        Ipv4Address serviceIp = serviceIpOf.get(node);
        plan.addEntry(role == ServiceRole.VROUTER
            ? LinkLocalServiceEntry.of("VRouter-" + node, serviceIp, port, Ipv4Address.LOOPBACK, port)
            : LinkLocalServiceEntry.of(entryName(role, i, roleNodes.size()), serviceIp, port, node,
                port));
        endpoints.add(ServiceEndpoint.of(serviceIp, port));
      }
      plan.putEndpoint(role, endpoints);
    }
    return plan.build();
  }

  private static ConnectivityPlan fabricSnat(UnderlayTopology topology) {
    Ipv4Address vip = ServiceIpAllocator.allocate(topology, 1).get(0);
    int agentPort = topology.port(ServiceRole.VROUTER);
    ConnectivityPlan.Builder plan = ConnectivityPlan.builder()
        .connectivity(Connectivity.FABRIC_SNAT)
        .addEntry(LinkLocalServiceEntry.of(CNI_TO_AGENT, vip, agentPort, Ipv4Address.LOOPBACK,
            agentPort))
        .fabricSnatNetwork(topology.nodeNetwork())
        .vrouterVip(vip);
    for (ServiceRole role : ServiceRole.values()) {
      List<ServiceEndpoint> endpoints = new ArrayList<>();
      if (role == ServiceRole.VROUTER) {
        endpoints.add(ServiceEndpoint.of(vip, agentPort));
      } else {
        topology.nodes(role).forEach(node -> endpoints.add(ServiceEndpoint.of(node,
            topology.port(role))));
      }
      plan.putEndpoint(role, endpoints);
    }
    return plan.build();
  }

  private static String entryName(ServiceRole role, int index, int count) {
    return count > 1 ? role.serviceName() + " " + (index + 1) : role.serviceName();
  }
}
