package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.NetworkPolicy;
import dev.nestedcontrail.sdk.vnc.model.PolicyRuleType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SequenceType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetworkPolicyType;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An isolated namespace's own networks (contrail-internals §2.5, {@code vnc_namespace.py}):
 * {@code <cluster>-<ns>-pod-network} (pod IPAM, or the ip-fabric IPAM and the ip-fabric network
 * as provider with ip_fabric_forwarding; {@code fabric_snat} per ip_fabric_snat) and
 * {@code <cluster>-<ns>-service-network}, both flat-subnet-only l3 networks annotated
 * {@code isolated=True}; the policy {@code <cluster>-<ns>-pod-service-np} between them; and the
 * cluster policies attached as the anchor attaches them. Both carry the tag
 * {@code application=<cluster>} (in the create body) so the cluster's application policy set,
 * and with it the NetworkPolicy firewall rules, applies to their pods. An existing network is
 * updated (only what is missing is added, in one PUT, and a missing application tag with one
 * {@code set-tag}); its annotations are left as they are, as the anchor does.
 */
public final class NamespaceNetworks {
  private static final Logger logger = LoggerFactory.getLogger(NamespaceNetworks.class);
  static final String ISOLATED = "isolated";
  private static final VirtualNetworkPolicyType ATTACHED = VirtualNetworkPolicyType.builder()
      .sequence(SequenceType.builder().major(0L).minor(0L).build()).build();

  private final KubeManagerConfig config;
  private final ClusterGraph graph;
  private final Names names;
  private final VncOps vnc;
  private final TagCache tags;

  public NamespaceNetworks(KubeManagerConfig config, VncOps vnc, TagCache tags) {
    this.config = config;
    this.graph = new ClusterGraph(config);
    this.names = graph.names();
    this.vnc = vnc;
    this.tags = tags;
  }

  /**
   * True when the namespace gets networks of its own: annotated {@code opencontrail.org/isolation:
   * true}, or the {@code default} namespace (whose networks are the cluster's).
   */
  public static boolean ownNetworks(KubernetesObject namespace) {
    return NetworkAnnotations.isolated(namespace.annotations())
        || "default".equals(namespace.name());
  }

  /** Creates or completes the namespace's networks and policy; returns its pod network. */
  public VirtualNetwork apply(KubernetesObject namespace) {
    String ns = namespace.name();
    Map<String, String> annotations = namespace.annotations();
    boolean forwarding = NetworkAnnotations.forwarding(annotations, config);
    boolean snat = NetworkAnnotations.snat(annotations, config);
    ensurePolicy(graph.namespacePolicy(ns));
    Map<List<String>, List<List<String>>> attachments = graph.namespaceAttachments(ns);
    Map<String, String> owned = new LinkedHashMap<>(Annotations.common(config.clusterOwner(),
        config.clusterName(), names.project(ns).get(1), ns, ns, "Namespace"));
    owned.put(ISOLATED, "True");
    VirtualNetwork pod = ensureNetwork(graph.namespacePodNetwork(ns, forwarding, snat), owned,
        attachments, !forwarding);
    ensureNetwork(graph.namespaceServiceNetwork(ns), owned, attachments, false);
    logger.debug("namespace {}: networks {} ready", ns, attachments.keySet());
    return pod;
  }

  private void ensurePolicy(NetworkPolicy wanted) {
    NetworkPolicy current = vnc.createOrGet(wanted);
    if (!sameRules(current, wanted)) {
      vnc.update(current, NetworkPolicy.builder().from(current)
          .networkPolicyEntries(wanted.networkPolicyEntries()).build());
    }
  }

  private static boolean sameRules(NetworkPolicy current, NetworkPolicy wanted) {
    return rules(current).equals(rules(wanted));
  }

  /** The rules without what the server adds (uuids, times). */
  private static List<PolicyRuleType> rules(NetworkPolicy policy) {
    return policy.networkPolicyEntries().stream().flatMap(e -> e.policyRule().stream())
        .map(r -> PolicyRuleType.builder().from(r).ruleUuid(Optional.empty())
            .created(Optional.empty()).lastModified(Optional.empty()).build())
        .toList();
  }

  /**
   * Creates the network with its annotations and policy refs, or adds to the existing one what
   * it lacks: the IPAM ref, the provider ref, the policy refs and (when {@code manageSnat})
   * {@code fabric_snat}.
   */
  private VirtualNetwork ensureNetwork(VirtualNetwork desired, Map<String, String> annotations,
      Map<List<String>, List<List<String>>> attachments, boolean manageSnat) {
    Map<String, String> application = Map.of("application", config.clusterName());
    VirtualNetwork.Builder wanted = VirtualNetwork.builder().from(desired)
        .annotations(Annotations.of(annotations)).addAllTagRefs(tags.refs(application));
    attachments.get(desired.fqName()).forEach(policy -> wanted.addNetworkPolicyRefs(
        Reference.<VirtualNetworkPolicyType>builder().to(policy).attr(ATTACHED).build()));
    VirtualNetwork target = wanted.build();
    VirtualNetwork current = vnc.createOrGet(target);
    if (!TagCache.carries(current, tags.ensure("application", config.clusterName()))) {
      vnc.setTags("virtual-network", current.uuid().orElseThrow(), application, tags.global());
    }
    List<Reference<VnSubnetsType>> ipams = missing(current.networkIpamRefs(),
        target.networkIpamRefs());
    List<Reference<Void>> providers = missing(current.virtualNetworkRefs(),
        target.virtualNetworkRefs());
    List<Reference<VirtualNetworkPolicyType>> policies = missing(current.networkPolicyRefs(),
        target.networkPolicyRefs());
    boolean snat = manageSnat && !current.fabricSnat().equals(target.fabricSnat());
    if (ipams.isEmpty() && providers.isEmpty() && policies.isEmpty() && !snat) {
      return current;
    }
    VirtualNetwork.Builder merged = VirtualNetwork.builder().from(current)
        .addAllNetworkIpamRefs(ipams).addAllVirtualNetworkRefs(providers)
        .addAllNetworkPolicyRefs(policies);
    if (snat) {
      merged.fabricSnat(target.fabricSnat());
    }
    VirtualNetwork after = merged.build();
    vnc.update(current, after);
    return after;
  }

  /** The refs of {@code wanted} whose target is not among {@code current}. */
  private static <R extends Reference<?>> List<R> missing(List<R> current, List<R> wanted) {
    return wanted.stream().filter(w -> current.stream().noneMatch(c -> c.to().equals(w.to())))
        .toList();
  }

  /**
   * Removes the namespace's networks and policy when they are isolated networks of this cluster
   * (annotated {@code isolated=True} by it): each network's IPAM refs first, then the network,
   * then the policy. Missing objects are fine; a network still used by interfaces is left
   * untouched and reported, for the next resync to retry.
   */
  public void remove(String namespace) {
    List<List<String>> networks = List.of(names.namespacePodNetwork(namespace),
        names.namespaceServiceNetwork(namespace));
    if (networks.contains(names.podNetwork()) || networks.contains(names.serviceNetwork())) {
      return;
    }
    boolean foreign = false;
    for (List<String> fq : networks) {
      Optional<VirtualNetwork> network = vnc.findByFqName(VirtualNetwork.class, fq);
      if (network.isPresent() && isolatedOf(network.get()).isPresent()) {
        delete(namespace, network.get());
      }
      foreign |= network.isPresent() && isolatedOf(network.get()).isEmpty();
    }
    if (!foreign) {
      vnc.findByFqName(NetworkPolicy.class, names.namespacePolicy(namespace))
          .flatMap(NetworkPolicy::uuid).ifPresent(u -> vnc.delete(NetworkPolicy.class, u));
    }
  }

  private void delete(String namespace, VirtualNetwork network) {
    String uuid = network.uuid().orElseThrow();
    int users = network.virtualMachineInterfaceBackRefs().size()
        + network.instanceIpBackRefs().size();
    if (users > 0) {
      throw new ContrailClientException("namespace " + namespace + ": network "
          + String.join(":", network.fqName()) + " still has " + users
          + " interfaces or instance-ips; the next resync removes it");
    }
    for (Reference<?> ipam : network.networkIpamRefs()) {
      ipam.uuid().ifPresent(u -> vnc.removeRef(VirtualNetwork.class, uuid, "network-ipam", u));
    }
    vnc.delete(VirtualNetwork.class, uuid);
    logger.debug("namespace {}: network {} deleted", namespace, network.fqName());
  }

  /** The namespace of an isolated network of this cluster; empty for any other network. */
  private Optional<String> isolatedOf(VirtualNetwork network) {
    boolean ours = Annotations.ownedBy(network, config.clusterOwner(), config.clusterName())
        && Annotations.value(network, Annotations.KIND).filter("Namespace"::equals).isPresent()
        && Annotations.value(network, ISOLATED).filter("True"::equals).isPresent();
    return ours ? Annotations.value(network, Annotations.NAMESPACE) : Optional.empty();
  }

  /** Namespaces that have isolated networks of this cluster among {@code all} but not in {@code live}. */
  public Set<String> orphans(Set<String> live, List<VirtualNetwork> all) {
    Set<String> result = new TreeSet<>();
    for (VirtualNetwork network : all) {
      isolatedOf(network).filter(ns -> !live.contains(ns)).ifPresent(result::add);
    }
    return result;
  }
}
