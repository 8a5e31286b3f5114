package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where service IPs come from: the rules shared by the validation and the planner. */
public final class ServiceIpAllocator {

  private ServiceIpAllocator() {}

  /**
   * The distinct underlay nodes in order of first appearance over the roles in {@link
   * ServiceRole} order (config, analytics, msgQueue, configDb, keystone, vrouters).
   */
  public static List<Ipv4Address> distinctNodes(UnderlayTopology topology) {
    Set<Ipv4Address> nodes = new LinkedHashSet<>();
    for (ServiceRole role : ServiceRole.values()) {
      nodes.addAll(topology.nodes(role));
    }
    return new ArrayList<>(nodes);
  }

  /**
   * Up to {@code count} service IPs, in order: the hand-given {@code serviceIps} as listed, or the
   * pool's addresses upwards, skipping the network and broadcast addresses, every excluded IP and
   * every underlay node IP. Fewer than {@code count} means the source is exhausted.
   */
  public static List<Ipv4Address> allocate(UnderlayTopology topology, int count) {
    Optional<Ipv4Cidr> pool = topology.serviceIpPool();
    if (pool.isEmpty()) {
      List<Ipv4Address> given = topology.serviceIps();
      return given.subList(0, Math.min(count, given.size()));
    }
    Set<Ipv4Address> skipped = new HashSet<>(topology.excludeIps());
    skipped.addAll(distinctNodes(topology));
    List<Ipv4Address> result = new ArrayList<>(count);
    long first = pool.get().network().unsigned() + 1;
    long last = pool.get().broadcast().unsigned() - 1;
    for (long candidate = first; candidate <= last && result.size() < count; candidate++) {
      Ipv4Address address = Ipv4Address.ofBits((int) candidate);
      if (!skipped.contains(address)) {
        result.add(address);
      }
    }
    return result;
  }

  /** How many service IPs the option needs: one per distinct node, or one for Fabric SNAT. */
  public static int needed(UnderlayTopology topology) {
    return switch (topology.connectivity()) {
      case LINK_LOCAL_ONLY -> distinctNodes(topology).size();
      case FABRIC_SNAT -> 1;
    };
  }
}
