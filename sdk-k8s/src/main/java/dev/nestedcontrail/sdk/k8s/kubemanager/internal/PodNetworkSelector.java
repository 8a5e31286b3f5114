package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses a pod's network as kube-manager's {@code _get_network} does (contrail-internals §2.5):
 * the pod's annotation {@code opencontrail.org/network}, else its namespace's, else the
 * namespace's own pod network when the namespace is isolated, else the cluster pod network. The
 * instance-ip's subnet is the one of the pod IPAM (the ip-fabric IPAM when the network's
 * namespace, or the cluster, forwards over the ip-fabric) on the chosen network, taken from the
 * network's IPAM ref (or the flat-subnet IPAM itself) and cached per network. An unreadable
 * annotation, or one naming a network that does not exist, fails naming the pod, the annotation
 * and its value, before anything is written.
 */
public final class PodNetworkSelector {
  private final KubeManagerConfig config;
  private final Names names;
  private final VncOps vnc;
  private final ClusterState cluster;
  private final NamespaceReconciler namespaces;
  private final Map<List<String>, VirtualNetwork> annotatedNetworks = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> subnets = new ConcurrentHashMap<>();

  public PodNetworkSelector(KubeManagerConfig config, VncOps vnc, ClusterState cluster,
      NamespaceReconciler namespaces) {
    this.config = config;
    this.names = new Names(config);
    this.vnc = vnc;
    this.cluster = cluster;
    this.namespaces = namespaces;
  }

  public PodNetwork select(PodView pod) {
    String owner = "pod " + pod.namespace() + "/" + pod.name();
    Optional<List<String>> fromPod = NetworkAnnotations.network(pod.annotations(), owner);
    KubernetesObject namespace = namespaces.namespace(pod.namespace()).orElseThrow(() ->
        new ContrailClientException(owner + ": namespace " + pod.namespace() + " is not known"));
    Map<String, String> nsAnnotations = namespace.annotations();
    boolean isolated = NetworkAnnotations.isolated(nsAnnotations);
    Map<String, String> vnNamespace = isolated ? nsAnnotations : namespaces.namespace("default")
        .map(KubernetesObject::annotations).orElse(Map.of());
    List<String> ipam = names.ipam(NetworkAnnotations.forwarding(vnNamespace, config)
        ? ClusterGraph.IP_FABRIC : ClusterGraph.POD);
    if (fromPod.isPresent()) {
      return annotated(fromPod.get(), owner, pod.annotations(), ipam);
    }
    String nsOwner = owner + " (namespace " + pod.namespace() + ")";
    Optional<List<String>> fromNamespace = NetworkAnnotations.network(nsAnnotations, nsOwner);
    if (fromNamespace.isPresent()) {
      return annotated(fromNamespace.get(), nsOwner, nsAnnotations, ipam);
    }
    if (isolated) {
      VirtualNetwork own = namespaces.podNetwork(namespace);
      return PodNetwork.of(own.fqName(), subnet(own, ipam));
    }
    return PodNetwork.of(cluster.podNetwork(), cluster.podSubnetUuid());
  }

  private PodNetwork annotated(List<String> fqName, String owner, Map<String, String> annotations,
      List<String> ipam) {
    VirtualNetwork network = annotatedNetworks.computeIfAbsent(fqName, fq ->
        vnc.findByFqName(VirtualNetwork.class, fq).orElseThrow(() -> new ContrailClientException(
            owner + " annotation " + NetworkAnnotations.NETWORK + " "
                + annotations.get(NetworkAnnotations.NETWORK) + ": virtual-network "
                + String.join(":", fq) + " does not exist")));
    return PodNetwork.of(fqName, subnet(network, ipam));
  }

  /** The first subnet uuid of {@code ipam} on the network; empty when the network lacks it. */
  private Optional<String> subnet(VirtualNetwork network, List<String> ipam) {
    return subnets.computeIfAbsent(network.uuid().orElseThrow() + " " + String.join(":", ipam),
        key -> {
          Optional<Reference<VnSubnetsType>> ref = network.networkIpamRefs().stream()
              .filter(r -> r.to().equals(ipam)).findFirst();
          return ref.flatMap(r -> r.attr().stream().flatMap(a -> a.ipamSubnets().stream())
                  .flatMap(s -> s.subnetUuid().stream()).findFirst())
              .or(() -> ref.flatMap(r -> vnc.findByFqName(NetworkIpam.class, ipam))
                  .flatMap(i -> i.ipamSubnets().stream().flatMap(s -> s.subnets().stream())
                      .flatMap(s -> s.subnetUuid().stream()).findFirst()));
        });
  }

  /** Drops the cached networks and subnets, after a failure that may come from stale ones. */
  public void forget() {
    annotatedNetworks.clear();
    subnets.clear();
  }
}
