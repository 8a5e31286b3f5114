package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A namespace's VNC objects (contrail-internals §2.5): its project (outside nested mode, where
 * every namespace uses the cluster network's project) annotated with {@code k8s_uuid} and
 * {@code isolated}, the networks and policy of an isolated namespace (or of {@code default},
 * whose networks are the cluster's) through {@link NamespaceNetworks}, and its default security
 * group {@code <cluster>-<ns>-default-sg}. A namespace applied at a resource version is not
 * applied again at that version, so the resync re-applies only what failed or changed.
 */
public final class NamespaceReconciler {
  private final KubeManagerConfig config;
  private final ClusterGraph graph;
  private final VncOps vnc;
  private final Map<String, String> securityGroups = new ConcurrentHashMap<>();
  private final NamespaceNetworks networks;
  private final Function<String, Optional<KubernetesObject>> lookup;
  private final Map<String, VirtualNetwork> podNetworks = new ConcurrentHashMap<>();
  private final Map<String, String> appliedVersions = new ConcurrentHashMap<>();

  /**
   * @param lookup the live Namespace object by name (the informer's cache), for the pods
   * @param tags the cluster's tags, for the application tag of isolated namespaces' networks
   */
  public NamespaceReconciler(KubeManagerConfig config, VncOps vnc,
      Function<String, Optional<KubernetesObject>> lookup, TagCache tags) {
    this.config = config;
    this.graph = new ClusterGraph(config);
    this.vnc = vnc;
    this.networks = new NamespaceNetworks(config, vnc, tags);
    this.lookup = lookup;
  }

  /**
   * ADDED or MODIFIED. A namespace annotation {@code opencontrail.org/network} that cannot be
   * read or names no network fails the event once everything else is in place.
   */
  public void apply(KubernetesObject namespace) {
    String name = namespace.name();
    String version = namespace.resourceVersion().orElse("");
    if (!version.isEmpty() && version.equals(appliedVersions.get(name))) {
      return;
    }
    project(namespace);
    if (NamespaceNetworks.ownNetworks(namespace)) {
      podNetworks.put(name, networks.apply(namespace));
    }
    securityGroup(name);
    String owner = "namespace " + name;
    Optional<List<String>> network = NetworkAnnotations.network(namespace.annotations(), owner);
    if (network.isPresent() && vnc.findByFqName(VirtualNetwork.class, network.get()).isEmpty()) {
      throw new ContrailClientException(owner + " annotation " + NetworkAnnotations.NETWORK + " "
          + namespace.annotations().get(NetworkAnnotations.NETWORK) + ": virtual-network "
          + String.join(":", network.get()) + " does not exist");
    }
    appliedVersions.put(name, version);
  }

  private void project(KubernetesObject namespace) {
    String name = namespace.name();
    if (!config.nestedMode() && config.clusterProject().isEmpty()) {
      List<String> fq = graph.names().project(name);
      Map<String, String> annotations = common(name);
      annotations.put(Annotations.K8S_UUID, namespace.uid().orElse(""));
      annotations.put("isolated", isolated(namespace) ? "True" : "False");
      vnc.createOrGet(Project.builder().fqName(fq).name(fq.get(1))
          .annotations(Annotations.of(annotations)).build());
    }
  }

  /** The live Namespace object of this name, if the informer has it. */
  public Optional<KubernetesObject> namespace(String name) {
    return lookup.apply(name);
  }

  /** An isolated namespace's pod network, created with its project and policy when missing. */
  public VirtualNetwork podNetwork(KubernetesObject namespace) {
    return podNetworks.computeIfAbsent(namespace.name(), n -> {
      project(namespace);
      return networks.apply(namespace);
    });
  }

  /** Namespaces that have isolated networks of this cluster but are not in {@code live}. */
  public Set<String> orphanNetworks(Set<String> live, List<VirtualNetwork> all) {
    return networks.orphans(live, all);
  }

  /** The namespace's default security group, created when missing; its uuid. */
  public String securityGroup(String namespace) {
    return securityGroups.computeIfAbsent(namespace, ns -> vnc.createOrGet(
        SecurityGroup.builder().from(graph.securityGroup(ns))
            .annotations(Annotations.of(common(ns))).build()).uuid().orElseThrow());
  }

  /**
   * DELETED: an isolated namespace's networks and policy, the security group, then the
   * namespace's own project; missing objects are fine.
   */
  public void remove(String namespace) {
    appliedVersions.remove(namespace);
    podNetworks.remove(namespace);
    networks.remove(namespace);
    securityGroups.remove(namespace);
    vnc.findByFqName(SecurityGroup.class, graph.names().securityGroup(namespace))
        .flatMap(SecurityGroup::uuid).ifPresent(u -> vnc.delete(SecurityGroup.class, u));
    if (!config.nestedMode() && config.clusterProject().isEmpty()) {
      vnc.findByFqName(Project.class, graph.names().project(namespace))
          .filter(p -> Annotations.ownedBy(p, config.clusterOwner(), config.clusterName()))
          .flatMap(Project::uuid).ifPresent(u -> vnc.delete(Project.class, u));
    }
  }

  /** True when the security group belongs to a namespace of this cluster. */
  public boolean owns(SecurityGroup group) {
    return Annotations.ownedBy(group, config.clusterOwner(), config.clusterName())
        && Annotations.value(group, Annotations.KIND).filter("Namespace"::equals).isPresent();
  }

  private Map<String, String> common(String namespace) {
    return new LinkedHashMap<>(Annotations.common(config.clusterOwner(), config.clusterName(),
        graph.names().project(namespace).get(1), namespace, namespace, "Namespace"));
  }

  private static boolean isolated(KubernetesObject namespace) {
    return NetworkAnnotations.isolated(namespace.annotations());
  }
}
