package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds underlay objects in the {@link UnderlayCache} (REST or config DB), with caches
 * (contrail-internals §3): a node's VMI through the
 * instance-ip equal to the pod's host IP in the cluster network, then the first of its VMIs with
 * a {@code host_id} binding; the virtual-router of that host id with the FQDN/short-name
 * fallbacks.
 */
public final class UnderlayLookup {
  private final UnderlayCache vnc;
  private final Optional<String> clusterNetworkUuid;
  private final List<String> clusterNetwork;
  private final Map<String, ParentInterface> parents = new ConcurrentHashMap<>();
  private final Map<String, String> vrouters = new ConcurrentHashMap<>();

  public UnderlayLookup(UnderlayCache vnc, Optional<String> clusterNetworkUuid,
      List<String> clusterNetwork) {
    this.vnc = vnc;
    this.clusterNetworkUuid = clusterNetworkUuid;
    this.clusterNetwork = clusterNetwork;
  }

  /** The instance-ips holding this address, in any network. */
  public List<InstanceIp> instanceIps(String address) {
    return vnc.instanceIps(address);
  }

  public Optional<ParentInterface> parent(String hostIp) {
    ParentInterface cached = parents.get(hostIp);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ParentInterface> found = clusterNetworkInterfaces(hostIp)
        .flatMap(vmi -> withHostId(vmi).stream()).findFirst();
    found.ifPresent(p -> parents.put(hostIp, p));
    return found;
  }

  /**
   * The VM of a node by its IP, for host-network endpoints: the first VMI holding an instance-ip
   * with this address in the cluster network that belongs to a VM.
   */
  public Optional<String> hostVm(String hostIp) {
    return clusterNetworkInterfaces(hostIp)
        .flatMap(vmi -> vmi.virtualMachineRefs().stream().limit(1))
        .flatMap(ref -> ref.uuid().stream()).findFirst();
  }

  /** The VMIs holding an instance-ip with this address in the cluster network, read lazily. */
  private Stream<VirtualMachineInterface> clusterNetworkInterfaces(String ip) {
    return vnc.instanceIps(ip).stream()
        .filter(iip -> iip.virtualNetworkRefs().stream().anyMatch(this::isClusterNetwork))
        .flatMap(iip -> iip.virtualMachineInterfaceRefs().stream())
        .flatMap(ref -> ref.uuid().stream())
        .flatMap(u -> vnc.find(VirtualMachineInterface.class, u).stream());
  }

  private boolean isClusterNetwork(Reference<Void> ref) {
    return ref.uuid().filter(u -> clusterNetworkUuid.filter(u::equals).isPresent()).isPresent()
        || ref.to().equals(clusterNetwork);
  }

  private static Optional<ParentInterface> withHostId(VirtualMachineInterface vmi) {
    return vmi.virtualMachineInterfaceBindings().stream()
        .flatMap(b -> b.keyValuePair().stream())
        .filter(p -> p.key().filter("host_id"::equals).isPresent())
        .map(KeyValuePair::value).flatMap(Optional::stream).findFirst()
        .map(host -> ParentInterface.of(vmi.uuid().orElseThrow(), host));
  }

  /** Drops what is cached for this host IP, so the next lookup reads the underlay again. */
  public void forget(String hostIp) {
    parents.remove(hostIp);
  }

  /** The uuid of the host's virtual-router; re-lists the routers once when unknown. */
  public Optional<String> vrouter(String hostId) {
    Optional<String> name = VrouterMatch.find(hostId, vrouters.keySet());
    if (name.isEmpty()) {
      for (VirtualRouter router : vnc.list(VirtualRouter.class)) {
        router.uuid().ifPresent(u -> vrouters.put(router.fqName().get(router.fqName().size() - 1), u));
      }
      name = VrouterMatch.find(hostId, vrouters.keySet());
    }
    return name.map(vrouters::get);
  }
}
