package dev.nestedcontrail.sdk.cni.dataplane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data plane that changes nothing in the kernel: it keeps host links and namespaces in memory,
 * applies the same rules as the kernel (a name exists once, a parent must exist, deleting a VLAN
 * deletes its macvlan child, deleting a veth end deletes the peer) and records every change as an
 * {@code ip}-like line. For the lab and the demos. Thread-safe.
 */
public final class RecordingDataPlane implements DataPlane {
  private final Map<String, String> hostLinks = new LinkedHashMap<>();
  private final Map<String, Map<String, Interface>> namespaces = new HashMap<>();
  private final List<String> operations = new ArrayList<>();

  /** Adds a host interface, such as the VM's {@code eth0}. */
  public synchronized RecordingDataPlane addHostInterface(String name) {
    hostLinks.put(name, "");
    return this;
  }

  /** Adds an (empty) network namespace with this path. */
  public synchronized RecordingDataPlane addNamespace(String netns) {
    namespaces.putIfAbsent(netns, new LinkedHashMap<>());
    return this;
  }

  /** Removes a namespace with everything in it, as when a container is gone. */
  public synchronized void removeNamespace(String netns) {
    namespaces.remove(netns);
  }

  /** The recorded changes, oldest first. */
  public synchronized List<String> operations() {
    return List.copyOf(operations);
  }

  @Override
  public synchronized boolean namespaceExists(String netns) {
    return namespaces.containsKey(netns);
  }

  @Override
  public synchronized boolean linkExists(String name) {
    return hostLinks.containsKey(name);
  }

  @Override
  public synchronized List<String> linksWithAlias(String alias) {
    List<String> names = new ArrayList<>();
    hostLinks.forEach((name, a) -> {
      if (a.equals(alias)) {
        names.add(name);
      }
    });
    return names;
  }

  @Override
  public synchronized void createVlan(VlanLink link) {
    String cmd = "ip link add link " + link.parent() + " name " + link.name() + " mtu "
        + link.mtu() + " type vlan id " + link.vlanId();
    requireHost(link.parent(), cmd);
    requireFree(link.name(), cmd);
    hostLinks.put(link.name(), link.alias());
    operations.add(cmd);
    operations.add("ip link set dev " + link.name() + " alias " + link.alias() + " up");
  }

  @Override
  public synchronized void createMacvlan(String parent, String tempName, String netns,
      String ifName) {
    String cmd = "ip link add link " + parent + " name " + tempName + " netns " + netns
        + " type macvlan mode vepa";
    requireHost(parent, cmd);
    Map<String, Interface> ns = requireNamespace(netns, cmd);
    if (ns.containsKey(ifName)) {
      throw new DataPlaneException("`" + cmd + "` failed: " + ifName + " exists in " + netns, cmd,
          "RTNETLINK answers: File exists");
    }
    ns.put(ifName, new Interface(parent, macFor(netns + ifName)));
    operations.add(cmd);
    operations.add("nsenter --net=" + netns + " ip link set dev " + tempName + " name " + ifName);
  }

  @Override
  public synchronized void createVethPair(
      String hostName, String tempPeerName, String netns, String ifName, int mtu) {
    String cmd = "ip link add " + hostName + " mtu " + mtu + " type veth peer name "
        + tempPeerName + " mtu " + mtu + " netns " + netns;
    requireFree(hostName, cmd);
    Map<String, Interface> ns = requireNamespace(netns, cmd);
    hostLinks.put(hostName, "");
    ns.put(ifName, new Interface(hostName, macFor(netns + ifName)));
    operations.add(cmd);
    operations.add("nsenter --net=" + netns + " ip link set dev " + tempPeerName + " name "
        + ifName);
    operations.add("ip link set dev " + hostName + " up");
  }

  @Override
  public synchronized boolean deleteLink(String name) {
    if (hostLinks.remove(name) == null) {
      return false;
    }
    namespaces.values().forEach(ns -> ns.values().removeIf(i -> i.hostLink.equals(name)));
    operations.add("ip link del dev " + name);
    return true;
  }

  @Override
  public synchronized void configure(String netns, String ifName, InterfaceAddressing a) {
    String prefix = "nsenter --net=" + netns + " ip ";
    Interface i = requireNamespace(netns, prefix + "addr add").get(ifName);
    if (i == null) {
      throw new DataPlaneException(ifName + " does not exist in " + netns, prefix + "addr add",
          "Cannot find device \"" + ifName + "\"");
    }
    a.macAddress().ifPresent(mac -> {
      i.mac = mac;
      operations.add(prefix + "link set dev " + ifName + " address " + mac);
    });
    i.cidrs.add(a.address());
    operations.add(prefix + "addr add " + a.address() + " dev " + ifName);
    i.up = true;
    operations.add(prefix + "link set dev " + ifName + " up");
    a.gateway().ifPresent(gw -> {
      i.gateway = gw;
      operations.add(prefix + "route add default via " + gw + " dev " + ifName);
    });
  }

  @Override
  public synchronized Optional<InterfaceState> inspect(String netns, String ifName) {
    Interface i = namespaces.getOrDefault(netns, Map.of()).get(ifName);
    if (i == null) {
      return Optional.empty();
    }
    InterfaceState.Builder b = InterfaceState.builder().name(ifName).macAddress(i.mac).up(i.up)
        .addAllCidrs(i.cidrs);
    if (!i.gateway.isEmpty()) {
      b.defaultGateway(i.gateway);
    }
    return Optional.of(b.build());
  }

  private void requireHost(String name, String cmd) {
    if (!hostLinks.containsKey(name)) {
      throw new DataPlaneException("`" + cmd + "` failed: " + name + " does not exist", cmd,
          "Cannot find device \"" + name + "\"");
    }
  }

  private void requireFree(String name, String cmd) {
    if (hostLinks.containsKey(name)) {
      throw new DataPlaneException("`" + cmd + "` failed: " + name + " exists", cmd,
          "RTNETLINK answers: File exists");
    }
  }

  private Map<String, Interface> requireNamespace(String netns, String cmd) {
    Map<String, Interface> ns = namespaces.get(netns);
    if (ns == null) {
      throw new DataPlaneException("`" + cmd + "` failed: no network namespace " + netns, cmd,
          "Invalid \"netns\" value");
    }
    return ns;
  }

  private static String macFor(String seed) {
    int h = seed.hashCode();
    return String.format("02:00:%02x:%02x:%02x:%02x", (h >>> 24) & 0xff, (h >>> 16) & 0xff,
        (h >>> 8) & 0xff, h & 0xff);
  }

  private static final class Interface {
    final String hostLink;
    final List<String> cidrs = new ArrayList<>();
    String mac;
    String gateway = "";
    boolean up;

    Interface(String hostLink, String mac) {
      this.hostLink = hostLink;
      this.mac = mac;
    }
  }
}
