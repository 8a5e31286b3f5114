package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerHealth;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerMetrics;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerState;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.FirewallPolicy;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working parts of a KubeManager: provisioning, VLAN rebuild, the keyed dispatcher and the
 * reconcilers, and the resync that compares VNC with the informers' caches.
 */
public final class Engine implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(Engine.class);

  private final KubeManagerConfig config;
  private final Clock clock;
  private final Metrics metrics = new Metrics();
  private final VncOps vnc;
  private final VlanAllocator vlans = new VlanAllocator();
  private final KeyedDispatcher dispatcher;
  private UnderlayCache underlayCache;
  private final AtomicReference<Optional<String>> lastError =
      new AtomicReference<>(Optional.empty());
  private @Nullable PodReconciler pods;
  private @Nullable NamespaceReconciler namespaces;
  private @Nullable NetworkPolicyReconciler networkPolicies;
  private Function<String, Optional<KubernetesObject>> namespaceLookup = name -> Optional.empty();
  private @Nullable ServiceEvents services;

  public Engine(KubeManagerConfig config, VncClient vnc, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.vnc = new VncOps(vnc, metrics);
    this.underlayCache = new RestUnderlayCache(this.vnc);
    this.dispatcher = new KeyedDispatcher(config.workerCount(), "kube-manager-worker", clock,
        metrics, this::recordError);
  }

  /** Reads the underlay from the config DB and follows config events instead of listing over REST. */
  public void readUnderlayFrom(ConfigDb db, ConfigEvents events) {
    this.underlayCache = new DbUnderlayCache(db, events);
  }

  /** Provisions the cluster and rebuilds the VLAN allocations from the existing sub-interfaces. */
  public void start() {
    underlayCache.start();
    TagCache tags = new TagCache(config, vnc);
    ClusterState cluster = new ClusterProvisioner(config, vnc, tags).provision();
    rebuildVlans();
    Names names = new Names(config);
    UnderlayLookup underlay = new UnderlayLookup(underlayCache, cluster.clusterNetworkUuid(),
        config.nestedMode() ? names.clusterNetwork() : List.of());
    namespaces = new NamespaceReconciler(config, vnc, namespaceLookup, tags);
    ServiceTags serviceTags = new ServiceTags(config.clusterName(), vnc, tags);
    pods = new PodReconciler(config, vnc, vlans, underlay, cluster, metrics, namespaces,
        new PodTags(tags, serviceTags));
    services = new ServiceEvents(dispatcher, new ServiceReconciler(config, vnc, underlay,
        cluster, namespaces, serviceTags), underlayCache, serviceTags);
    networkPolicies = new NetworkPolicyReconciler(config, vnc, tags, cluster.policies());
  }

  private void rebuildVlans() {
    for (VirtualMachineInterface vmi : underlayCache.list(VirtualMachineInterface.class)) {
      Optional<Long> tag = vmi.virtualMachineInterfaceProperties()
          .flatMap(p -> p.subInterfaceVlanTag());
      Optional<String> parent = vmi.virtualMachineInterfaceRefs().stream().findFirst()
          .flatMap(Reference::uuid);
      if (tag.isPresent() && parent.isPresent() && vmi.uuid().isPresent()
          && !vlans.reserve(parent.get(), tag.get().intValue(), vmi.uuid().get())) {
        logger.warn("sub-interface {} has VLAN {} on {}, which is invalid or already taken",
            vmi.uuid().get(), tag.get(), parent.get());
      }
    }
  }

  /** Where pods' namespaces are looked up (the Namespace informer's cache); set before start. */
  public void namespaceLookup(Function<String, Optional<KubernetesObject>> lookup) {
    this.namespaceLookup = lookup;
  }

  public void podChanged(KubernetesObject pod) {
    PodView view = new PodView(pod);
    dispatcher.submit(podKey(view.uid()), () -> pods().apply(view));
  }

  public void podDeleted(KubernetesObject pod) {
    String uid = new PodView(pod).uid();
    dispatcher.submit(podKey(uid), () -> pods().remove(uid));
  }

  public void namespaceChanged(KubernetesObject namespace) {
    dispatcher.submit(namespaceKey(namespace.name()), () -> namespaces().apply(namespace));
  }

  public void namespaceDeleted(KubernetesObject namespace) {
    dispatcher.submit(namespaceKey(namespace.name()),
        () -> namespaces().remove(namespace.name()));
  }

  /** NetworkPolicy ADDED or MODIFIED; {@code liveNamespaces} resolve namespace selectors. */
  public void networkPolicyChanged(KubernetesObject policy, List<KubernetesObject> liveNamespaces) {
    Map<String, Map<String, String>> labels = liveNamespaces.stream().collect(Collectors.toMap(
        KubernetesObject::name, KubernetesObject::labels, (a, b) -> a));
    dispatcher.submit(networkPolicyKey(policy),
        () -> networkPolicies().apply(policy, labels));
  }

  public void networkPolicyDeleted(KubernetesObject policy) {
    String namespace = policy.namespace().orElse("default");
    dispatcher.submit(networkPolicyKey(policy),
        () -> networkPolicies().remove(namespace, policy.name()));
  }

  /**
   * Queues the removal of this cluster's firewall policies whose NetworkPolicy is gone and the
   * apply of every live one (a read for those in place).
   */
  public void resyncNetworkPolicies(List<KubernetesObject> live,
      List<KubernetesObject> liveNamespaces) {
    Set<String> keys = live.stream().map(Engine::networkPolicyKey).collect(Collectors.toSet());
    for (FirewallPolicy policy : underlayCache.list(FirewallPolicy.class)) {
      if (!policy.fqName().subList(0, policy.fqName().size() - 1)
          .equals(ClusterPolicies.POLICY_MANAGEMENT)) {
        continue;
      }
      Optional<String> namespace = Annotations.value(policy, Annotations.NAMESPACE);
      Optional<String> name = Annotations.value(policy, Annotations.NAME);
      if (networkPolicies().owns(policy) && namespace.isPresent() && name.isPresent()) {
        String key = networkPolicyKey(namespace.get(), name.get());
        if (!keys.contains(key)) {
          dispatcher.submit(key, () -> networkPolicies().remove(namespace.get(), name.get()));
        }
      }
    }
    live.forEach(p -> networkPolicyChanged(p, liveNamespaces));
  }

  /**
   * Queues the removal of this cluster's pod VMs and namespace security groups that have no
   * Kubernetes object any more, and the wiring of every live pod (a no-op for wired ones).
   */
  public void resync(Map<String, KubernetesObject> livePods, List<KubernetesObject> liveNamespaces) {
    for (VirtualMachine vm : underlayCache.list(VirtualMachine.class)) {
      String uid = vm.uuid().orElse("");
      if (pods().owns(vm) && !livePods.containsKey(uid)) {
        logger.debug("resync: pod {} is gone, removing its objects", uid);
        dispatcher.submit(podKey(uid), () -> pods().remove(uid));
      }
    }
    livePods.values().forEach(this::podChanged);
    Set<String> names = liveNamespaces.stream().map(KubernetesObject::name)
        .collect(Collectors.toSet());
    for (SecurityGroup group : underlayCache.list(SecurityGroup.class)) {
      Optional<String> namespace = Annotations.value(group, Annotations.NAMESPACE);
      if (namespaces().owns(group) && namespace.isPresent() && !names.contains(namespace.get())) {
        dispatcher.submit(namespaceKey(namespace.get()),
            () -> namespaces().remove(namespace.get()));
      }
    }
    for (String orphan : namespaces().orphanNetworks(names,
        underlayCache.list(VirtualNetwork.class))) {
      dispatcher.submit(namespaceKey(orphan), () -> namespaces().remove(orphan));
    }
    liveNamespaces.forEach(this::namespaceChanged);
    metrics.resyncDone(clock.instant());
  }

  public boolean awaitIdle(Duration timeout) {
    return dispatcher.awaitIdle(timeout);
  }

  public void recordError(RuntimeException e) {
    lastError.set(Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
    logger.warn("kube-manager event failed: {}", e.toString());
  }

  public KubeManagerHealth health(KubeManagerState state) {
    return KubeManagerHealth.builder().state(state).lastError(lastError.get()).build();
  }

  public KubeManagerMetrics metrics() {
    return metrics.snapshot(dispatcher.pending());
  }

  @Override
  public void close() {
    dispatcher.close();
    underlayCache.close();
  }

  private PodReconciler pods() {
    if (pods == null) {
      throw new IllegalStateException("kube-manager not started");
    }
    return pods;
  }

  /** Service and Endpoints events and their resync. */
  public ServiceEvents services() {
    if (services == null) {
      throw new IllegalStateException("kube-manager not started");
    }
    return services;
  }

  private NamespaceReconciler namespaces() {
    if (namespaces == null) {
      throw new IllegalStateException("kube-manager not started");
    }
    return namespaces;
  }

  private NetworkPolicyReconciler networkPolicies() {
    if (networkPolicies == null) {
      throw new IllegalStateException("kube-manager not started");
    }
    return networkPolicies;
  }

  private static String networkPolicyKey(KubernetesObject policy) {
    return networkPolicyKey(policy.namespace().orElse("default"), policy.name());
  }

  private static String networkPolicyKey(String namespace, String name) {
    return "NetworkPolicy/" + namespace + "/" + name;
  }

  private static String podKey(String uid) {
    return "Pod/" + uid;
  }

  private static String namespaceKey(String name) {
    return "Namespace/" + name;
  }
}
