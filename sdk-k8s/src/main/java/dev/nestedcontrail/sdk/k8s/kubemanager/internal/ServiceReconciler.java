package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerPool;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Service's loadbalancer graph and its Endpoints' members (contrail-internals §2.5). Apply
 * creates, each create-or-get: the loadbalancer (first, so its annotations mark every partial
 * state for the resync), its VMI and instance-ip (the clusterIP), the loadbalancer→VMI ref, and
 * per port a listener and a pool; listeners of ports no longer in the Service go with their pools
 * and members. Members follow the last Endpoints seen: one per pool, VMI and endpoint port, absent
 * ones removed; the member pods' VMIs carry the Service's tag ({@link ServiceTags}). Removal
 * goes service tags, members, pools, listeners, loadbalancer, instance-ip, VMI, each step
 * tolerating 404. What was applied is remembered so repeated events cost nothing.
 */
public final class ServiceReconciler {
  private static final Logger logger = LoggerFactory.getLogger(ServiceReconciler.class);
  private static final String VMI_TYPE = "virtual-machine-interface";

  private final KubeManagerConfig config;
  private final Names names;
  private final ServiceGraph graph;
  private final VncOps vnc;
  private final ClusterState cluster;
  private final NamespaceReconciler namespaces;
  private final MemberTargets targets;
  private final ServiceTags tags;
  private final Map<String, ServiceView> applied = new ConcurrentHashMap<>();
  private final Map<String, EndpointsView> endpoints = new ConcurrentHashMap<>();
  private final Map<String, Map<EndpointAddress, List<MemberTarget>>> resolved =
      new ConcurrentHashMap<>();
  private final Map<String, Set<String>> appliedMembers = new ConcurrentHashMap<>();

  public ServiceReconciler(KubeManagerConfig config, VncOps vnc, UnderlayLookup underlay,
      ClusterState cluster, NamespaceReconciler namespaces, ServiceTags tags) {
    this.config = config;
    this.names = new Names(config);
    this.graph = new ServiceGraph(config);
    this.vnc = vnc;
    this.cluster = cluster;
    this.namespaces = namespaces;
    this.targets = new MemberTargets(vnc, underlay, config.nestedMode());
    this.tags = tags;
  }

  /** ADDED or MODIFIED; {@code force} re-creates every object even when nothing changed. */
  public void apply(ServiceView service, boolean force) {
    String key = service.key();
    Optional<String> skip = service.skipReason();
    if (skip.isPresent()) {
      logger.debug("service {}/{} gets no loadbalancer: {}", service.namespace(), service.name(),
          skip.get());
      @Nullable ServiceView before = forget(key);
      tags.remove(key);
      if (before != null) {
        removeObjects(before.uid(), before.ports());
      }
      return;
    }
    @Nullable ServiceView before = applied.get(key);
    if (force || before == null || !sameSpec(before, service)) {
      if (before != null && !before.uid().equals(service.uid())) {
        removeObjects(before.uid(), before.ports());
      }
      build(service);
      applied.put(key, service);
      appliedMembers.remove(key);
    }
    Optional.ofNullable(endpoints.get(key)).ifPresent(e -> applyMembers(key, Optional.of(e)));
  }

  private void build(ServiceView service) {
    List<String> network = cluster.serviceNetwork();
    namespaces.securityGroup(service.namespace());
    vnc.createOrGet(graph.loadbalancer(service));
    vnc.createOrGet(graph.loadbalancerInterface(service, network,
        names.securityGroup(service.namespace())));
    vnc.createOrGet(graph.loadbalancerInstanceIp(service, network, cluster.serviceSubnetUuid()));
    vnc.ensureRef(Loadbalancer.class, service.uid(), VMI_TYPE,
        ServiceNames.loadbalancerInterfaceUuid(service.uid()), Optional.empty());
    Set<String> listeners = new HashSet<>();
    for (ServicePort port : distinct(service.ports())) {
      vnc.createOrGet(graph.listener(service, port));
      vnc.createOrGet(graph.pool(service, port));
      listeners.add(ServiceNames.listenerUuid(service.uid(), port));
    }
    vnc.find(Loadbalancer.class, service.uid()).map(Loadbalancer::loadbalancerListenerBackRefs)
        .orElse(List.of()).stream().flatMap(r -> r.uuid().stream())
        .filter(u -> !listeners.contains(u)).forEach(this::removeListener);
    logger.debug("service {}/{} has loadbalancer {} with VIP {}", service.namespace(),
        service.name(), service.uid(), service.clusterIp().orElseThrow());
  }

  /** Endpoints ADDED or MODIFIED: remembered, and applied once the Service's graph exists. */
  public void applyEndpoints(EndpointsView view) {
    endpoints.put(view.key(), view);
    applyMembers(view.key(), Optional.of(view));
  }

  /** Endpoints DELETED: the Service keeps its loadbalancer and loses every member. */
  public void removeEndpoints(String key) {
    endpoints.remove(key);
    applyMembers(key, Optional.empty());
  }

  private void applyMembers(String key, Optional<EndpointsView> view) {
    @Nullable ServiceView service = applied.get(key);
    if (service == null) {
      return;
    }
    Map<EndpointAddress, List<MemberTarget>> previous = resolved.getOrDefault(key, Map.of());
    Map<EndpointAddress, List<MemberTarget>> now = new LinkedHashMap<>();
    view.ifPresent(v -> v.addresses().forEach(a -> now.put(a,
        previous.getOrDefault(a, List.of()).isEmpty() ? targets.resolve(a) : previous.get(a))));
    resolved.put(key, now);
    Map<String, Map<String, LoadbalancerMember>> desired = new LinkedHashMap<>();
    Set<String> all = new HashSet<>();
    for (ServicePort port : distinct(service.ports())) {
      Map<String, LoadbalancerMember> members = new LinkedHashMap<>();
      String pool = ServiceNames.poolUuid(service.uid(), port);
      for (ServicePort endpointPort : view.map(EndpointsView::ports).orElse(List.of())) {
        if (!port.matches(endpointPort)) {
          continue;
        }
        now.values().stream().flatMap(List::stream).forEach(t -> members.put(
            ServiceNames.memberUuid(pool, t.vmi(), endpointPort.port()), ServiceGraph.member(
                graph.poolFqName(service, port), pool, t, endpointPort.port())));
      }
      desired.put(pool, members);
      all.addAll(members.keySet());
    }
    if (all.equals(appliedMembers.get(key))) {
      return;
    }
    desired.forEach(this::syncPool);
    tags.apply(key, service.name(), all.isEmpty() ? Set.of() : podInterfaces(now));
    appliedMembers.put(key, all);
  }

  /** The VMIs of the addresses that are pods (a host-network member's VMI is the underlay's). */
  private static Set<String> podInterfaces(Map<EndpointAddress, List<MemberTarget>> targets) {
    Set<String> vmis = new LinkedHashSet<>();
    targets.forEach((address, of) -> address.podUid()
        .ifPresent(pod -> of.forEach(t -> vmis.add(t.vmi()))));
    return vmis;
  }

  private void syncPool(String poolUuid, Map<String, LoadbalancerMember> wanted) {
    Set<String> existing = new HashSet<>();
    vnc.find(LoadbalancerPool.class, poolUuid).map(LoadbalancerPool::loadbalancerMembers)
        .orElse(List.of()).forEach(r -> r.uuid().ifPresent(existing::add));
    wanted.forEach((uuid, member) -> {
      if (!existing.contains(uuid)) {
        vnc.createOrGet(member);
      }
    });
    existing.stream().filter(u -> !wanted.containsKey(u))
        .forEach(u -> vnc.delete(LoadbalancerMember.class, u));
  }

  /** Service DELETED: removes its whole graph; a headless Service never had one. */
  public void remove(ServiceView service) {
    @Nullable ServiceView before = forget(service.key());
    tags.remove(service.key());
    if (service.skipReason().isEmpty() || before != null) {
      removeObjects(service.uid(), service.ports());
    }
  }

  /** An orphan found by the resync: the loadbalancer with this uuid and everything it holds. */
  public void removeOrphan(String serviceUid) {
    applied.entrySet().stream().filter(e -> e.getValue().uid().equals(serviceUid))
        .map(Map.Entry::getKey).toList().forEach(key -> {
          applied.remove(key);
          tags.remove(key);
        });
    removeObjects(serviceUid, List.of());
  }

  private void removeObjects(String serviceUid, List<ServicePort> ports) {
    Optional<Loadbalancer> lb = vnc.find(Loadbalancer.class, serviceUid);
    Set<String> listeners = new LinkedHashSet<>();
    lb.ifPresent(l -> l.loadbalancerListenerBackRefs()
        .forEach(r -> r.uuid().ifPresent(listeners::add)));
    ports.forEach(p -> listeners.add(ServiceNames.listenerUuid(serviceUid, p)));
    listeners.forEach(this::removeListener);
    vnc.delete(Loadbalancer.class, serviceUid);
    Set<String> interfaces = new LinkedHashSet<>();
    lb.ifPresent(l -> l.virtualMachineInterfaceRefs()
        .forEach(r -> r.uuid().ifPresent(interfaces::add)));
    interfaces.add(ServiceNames.loadbalancerInterfaceUuid(serviceUid));
    vnc.delete(InstanceIp.class, ServiceNames.loadbalancerInstanceIpUuid(serviceUid));
    for (String vmi : interfaces) {
      vnc.find(VirtualMachineInterface.class, vmi).ifPresent(v -> {
        v.instanceIpBackRefs().forEach(r -> r.uuid()
            .ifPresent(u -> vnc.delete(InstanceIp.class, u)));
        vnc.delete(VirtualMachineInterface.class, vmi);
      });
    }
    logger.debug("service loadbalancer {} removed", serviceUid);
  }

  private void removeListener(String listenerUuid) {
    Optional<LoadbalancerListener> listener =
        vnc.find(LoadbalancerListener.class, listenerUuid);
    if (listener.isEmpty()) {
      return;
    }
    for (Reference<Void> poolRef : listener.get().loadbalancerPoolBackRefs()) {
      poolRef.uuid().ifPresent(pool -> {
        syncPool(pool, Map.of());
        vnc.delete(LoadbalancerPool.class, pool);
      });
    }
    vnc.delete(LoadbalancerListener.class, listenerUuid);
  }

  /** Forgets the members applied where one of them no longer exists, so they are redone. */
  public void retainMembers(Set<String> existingMembers) {
    appliedMembers.values().removeIf(members -> !existingMembers.containsAll(members));
  }

  /** True when the loadbalancer belongs to a Service of this cluster. */
  public boolean owns(Loadbalancer lb) {
    return Annotations.ownedBy(lb, config.clusterOwner(), config.clusterName())
        && Annotations.value(lb, Annotations.KIND).filter("Service"::equals).isPresent();
  }

  private @Nullable ServiceView forget(String key) {
    resolved.remove(key);
    appliedMembers.remove(key);
    return applied.remove(key);
  }

  /** Ports with distinct protocol and number: each has one listener and one pool. */
  private static List<ServicePort> distinct(List<ServicePort> ports) {
    Map<String, ServicePort> byListener = new LinkedHashMap<>();
    ports.forEach(p -> byListener.putIfAbsent(p.protocol() + "/" + p.port(), p));
    return List.copyOf(byListener.values());
  }

  private static boolean sameSpec(ServiceView a, ServiceView b) {
    return a.uid().equals(b.uid()) && a.clusterIp().equals(b.clusterIp())
        && a.ports().equals(b.ports());
  }
}
