package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.kubemanager.VlanExhaustedException;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A nested pod's VNC objects (contrail-internals §2.5, §3). Wiring creates, each create-or-get
 * with a uuid derived from the pod UID: the VM, the sub-interface VMI (VLAN from the allocator,
 * its ref to the parent in the body), the parent→child VMI ref when
 * {@link KubeManagerConfig#parentToChildRef()}, the instance-ip, the virtual-router→VM ref. Unwiring goes in reverse
 * and tolerates 404 at every step. A pod whose wiring completed is remembered, so MODIFIED
 * events cost nothing.
 */
public final class PodReconciler {
  private static final Logger logger = LoggerFactory.getLogger(PodReconciler.class);
  private static final String VMI_TYPE = "virtual-machine-interface";

  private final KubeManagerConfig config;
  private final Names names;
  private final PodGraph graph;
  private final VncOps vnc;
  private final VlanAllocator vlans;
  private final UnderlayLookup underlay;
  private final ClusterState cluster;
  private final Metrics metrics;
  private final NamespaceReconciler namespaces;
  private final PodNetworkSelector networks;
  private final PodTags tags;
  private final Set<String> wired = ConcurrentHashMap.newKeySet();

  public PodReconciler(KubeManagerConfig config, VncOps vnc, VlanAllocator vlans,
      UnderlayLookup underlay, ClusterState cluster, Metrics metrics,
      NamespaceReconciler namespaces, PodTags tags) {
    this.config = config;
    this.names = new Names(config);
    this.graph = new PodGraph(config);
    this.vnc = vnc;
    this.vlans = vlans;
    this.underlay = underlay;
    this.cluster = cluster;
    this.metrics = metrics;
    this.namespaces = namespaces;
    this.networks = new PodNetworkSelector(config, vnc, cluster, namespaces);
    this.tags = tags;
  }

  /** ADDED or MODIFIED. */
  public void apply(PodView pod) {
    Optional<String> skip = pod.skipReason();
    if (skip.isPresent()) {
      logger.debug("pod {}/{} skipped: {}", pod.namespace(), pod.name(), skip.get());
      return;
    }
    if (wired.contains(pod.uid())) {
      tags.refresh(pod);
      return;
    }
    String hostIp = pod.hostIp().orElseThrow();
    ParentInterface parent = underlay.parent(hostIp).orElseThrow(() -> new ContrailClientException(
        "pod " + pod.namespace() + "/" + pod.name() + ": no VMI with a host_id binding has "
            + "instance-ip " + hostIp + " in the cluster network"));
    try {
      wire(pod, parent);
    } catch (RuntimeException e) {
      underlay.forget(hostIp);
      networks.forget();
      throw e;
    }
    wired.add(pod.uid());
  }

  private void wire(PodView pod, ParentInterface parent) {
    PodNetwork network = networks.select(pod);
    String vmiUuid = Names.podVmiUuid(pod.uid());
    int vlan;
    try {
      vlan = vlans.allocate(parent.uuid(), vmiUuid);
    } catch (VlanExhaustedException e) {
      metrics.vlanExhausted();
      throw e;
    }
    PodObjects objects = graph.build(pod, PodPlacement.builder()
        .parentInterfaceUuid(parent.uuid()).vlan(vlan).network(network.network())
        .subnetUuid(network.subnetUuid())
        .securityGroup(names.securityGroup(pod.namespace())).tags(tags.refs(pod)).build());
    namespaces.securityGroup(pod.namespace());
    VirtualMachine vm = vnc.createOrGet(objects.virtualMachine());
    tags.converge(vnc.createOrGet(objects.virtualMachineInterface()), pod);
    if (config.parentToChildRef()) {
      vnc.ensureRef(VirtualMachineInterface.class, parent.uuid(), VMI_TYPE, vmiUuid,
          Optional.empty());
    }
    vnc.createOrGet(objects.instanceIp());
    String vrouter = underlay.vrouter(parent.hostId()).orElseThrow(() ->
        new ContrailClientException("pod " + pod.namespace() + "/" + pod.name()
            + ": no virtual-router named " + parent.hostId() + " (or its short/long form)"));
    vnc.ensureRef(VirtualRouter.class, vrouter, "virtual-machine", vm.uuid().orElseThrow(),
        Optional.empty());
    logger.debug("pod {}/{} wired: vlan {} on {}", pod.namespace(), pod.name(), vlan,
        parent.uuid());
  }

  /** DELETED, or an orphan found by the resync: removes everything of the pod with this UID. */
  public void remove(String podUid) {
    wired.remove(podUid);
    tags.forget(podUid);
    String vmiUuid = Names.podVmiUuid(podUid);
    Optional<VirtualMachine> vm = vnc.find(VirtualMachine.class, podUid);
    for (Reference<Void> router : vm.map(VirtualMachine::virtualRouterBackRefs)
        .orElse(java.util.List.of())) {
      router.uuid().ifPresent(r -> vnc.removeRef(VirtualRouter.class, r, "virtual-machine",
          podUid));
    }
    vnc.delete(InstanceIp.class, Names.podIipUuid(podUid));
    Optional<VirtualMachineInterface> vmi = vnc.find(VirtualMachineInterface.class, vmiUuid);
    Optional<String> parent = vmi.flatMap(v -> v.virtualMachineInterfaceRefs().stream()
        .findFirst()).flatMap(Reference::uuid);
    parent.filter(p -> vmi.orElseThrow().virtualMachineInterfaceBackRefs().stream()
        .anyMatch(back -> back.uuid().filter(p::equals).isPresent()))
        .ifPresent(p -> vnc.removeRef(VirtualMachineInterface.class, p, VMI_TYPE, vmiUuid));
    vnc.delete(VirtualMachineInterface.class, vmiUuid);
    vlans.release(vmiUuid);
    vnc.delete(VirtualMachine.class, podUid);
    logger.debug("pod {} unwired", podUid);
  }

  /** True when the VM belongs to a pod of this cluster. */
  public boolean owns(VirtualMachine vm) {
    return Annotations.ownedBy(vm, config.clusterOwner(), config.clusterName())
        && Annotations.value(vm, Annotations.KIND).filter("Pod"::equals).isPresent();
  }
}
