package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.connectivity.Connectivity;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule a topology must follow. Each problem names the field and the value, in the form
 * {@code field: value is wrong because ...}, so that a caller can tell which key it concerns.
 */
public final class TopologyValidator {

  private static final String FQ_NAME_PART = "[^:\\s]+";

  private TopologyValidator() {}

  /** All problems of {@code topology}, in a stable order; empty when it is valid. */
  public static List<String> problems(UnderlayTopology topology) {
    List<String> problems = new ArrayList<>();
    checkNodeNetwork(topology, problems);
    checkRoles(topology, problems);
    checkPorts(topology, problems);
    int before = problems.size();
    checkServiceIpSource(topology, problems);
    if (problems.size() == before) {
      // Counting free service IPs only makes sense once their source is sound.
      checkExhaustion(topology, problems);
    }
    return problems;
  }

  private static void checkNodeNetwork(UnderlayTopology topology, List<String> problems) {
    Optional<String> network = topology.nodeNetwork();
    if (network.isPresent() && !network.get().matches(
        FQ_NAME_PART + ":" + FQ_NAME_PART + ":" + FQ_NAME_PART)) {
      problems.add("nodeNetwork: " + network.get() + " is not a fully qualified network name"
          + " (expected domain:project:network, e.g. default-domain:admin:k8s-vm-net)");
    }
    if (network.isEmpty() && topology.connectivity() == Connectivity.FABRIC_SNAT) {
      problems.add("nodeNetwork: missing (fabric-snat enables Fabric SNAT on the virtual network"
          + " of the Kubernetes VMs, so it must be named)");
    }
  }

  private static void checkRoles(UnderlayTopology topology, List<String> problems) {
    for (ServiceRole role : ServiceRole.values()) {
      List<Ipv4Address> nodes = topology.nodes(role);
      if (nodes.isEmpty() && (role == ServiceRole.VROUTER
          || topology.connectivity() == Connectivity.LINK_LOCAL_ONLY)) {
        problems.add(role.key() + ": empty (" + (role == ServiceRole.VROUTER
            ? "at least one vrouter node is always needed"
            : "link-local-only needs at least one node for every role") + ")");
      }
      reportRepeats(role.key(), nodes, problems);
    }
  }

  private static void checkPorts(UnderlayTopology topology, List<String> problems) {
    Map<Integer, ServiceRole> owners = new HashMap<>();
    for (ServiceRole role : ServiceRole.values()) {
      int port = topology.port(role);
      if (!PortRange.check("ports." + role.portKey(), port, problems)) {
        continue;
      }
      ServiceRole owner = owners.putIfAbsent(port, role);
      if (owner != null && topology.connectivity() == Connectivity.LINK_LOCAL_ONLY) {
        problems.add("ports." + role.portKey() + ": " + port + " is also the port of "
            + owner.portKey() + " (two link-local entries would share a service IP and port)");
      }
    }
  }

  private static void checkServiceIpSource(UnderlayTopology topology, List<String> problems) {
    Optional<Ipv4Cidr> pool = topology.serviceIpPool();
    List<Ipv4Address> given = topology.serviceIps();
    if (pool.isPresent() && !given.isEmpty()) {
      problems.add("serviceIps: given together with serviceIpPool " + pool.get()
          + " (give one of them)");
    }
    if (pool.isEmpty() && given.isEmpty()) {
      problems.add("serviceIpPool: missing (give serviceIpPool or serviceIps)");
    }
    Map<String, Ipv4Cidr> subnets = new LinkedHashMap<>();
    topology.podSubnet().ifPresent(s -> subnets.put("podSubnet", s));
    topology.serviceSubnet().ifPresent(s -> subnets.put("serviceSubnet", s));
    topology.ipFabricSubnet().ifPresent(s -> subnets.put("ipFabricSubnet", s));
    pool.ifPresent(p -> subnets.forEach((name, subnet) -> {
      if (p.overlaps(subnet)) {
        problems.add("serviceIpPool: " + p + " overlaps " + name + " " + subnet);
      }
    }));
    reportRepeats("serviceIps", given, problems);
    Set<Ipv4Address> underlay = new HashSet<>(ServiceIpAllocator.distinctNodes(topology));
    Set<Ipv4Address> excluded = new HashSet<>(topology.excludeIps());
    for (int i = 0; i < given.size(); i++) {
      Ipv4Address ip = given.get(i);
      String field = "serviceIps[" + i + "]: " + ip;
      if (underlay.contains(ip)) {
        problems.add(field + " is an underlay node IP (a service IP must be unused)");
      }
      if (excluded.contains(ip)) {
        problems.add(field + " is listed in excludeIps");
      }
      subnets.forEach((name, subnet) -> {
        if (subnet.contains(ip)) {
          problems.add(field + " is inside " + name + " " + subnet);
        }
      });
    }
  }

  private static void checkExhaustion(UnderlayTopology topology, List<String> problems) {
    int needed = ServiceIpAllocator.needed(topology);
    int available = ServiceIpAllocator.allocate(topology, needed).size();
    if (available >= needed) {
      return;
    }
    String why = topology.connectivity() == Connectivity.LINK_LOCAL_ONLY
        ? " (link-local-only needs one per underlay node)" : " (fabric-snat needs one)";
    if (topology.serviceIpPool().isPresent()) {
      problems.add("serviceIpPool: " + topology.serviceIpPool().get() + " is exhausted: "
          + available + " free addresses after skipping network, broadcast, excluded and"
          + " underlay IPs, " + needed + " needed" + why);
    } else {
      problems.add("serviceIps: " + available + " given, " + needed + " needed" + why);
    }
  }

  private static void reportRepeats(String key, List<Ipv4Address> list, List<String> problems) {
    Set<Ipv4Address> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i))) {
        problems.add(key + "[" + i + "]: " + list.get(i) + " is listed twice");
      }
    }
  }
}
