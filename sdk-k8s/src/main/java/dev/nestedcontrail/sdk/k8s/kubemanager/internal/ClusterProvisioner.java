package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.NetworkPolicy;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.SequenceType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetworkPolicyType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster provisioning at start (contrail-internals §2.4), every step create-or-get: the default
 * and kube-system projects, the pod/service/ip-fabric IPAMs, the pod and service networks, the
 * cluster policies attached to their networks (including {@code <cluster>-nested-underlay-np} on
 * the cluster network), the SNAT port translation pools when {@code ip_fabric_snat} is on, and
 * the application policy set with its default firewall policies ({@link PolicyProvisioner}).
 */
public final class ClusterProvisioner {
  private static final Logger logger = LoggerFactory.getLogger(ClusterProvisioner.class);
  private static final List<String> GLOBAL_VROUTER_CONFIG =
      List.of("default-global-system-config", "default-global-vrouter-config");

  private final KubeManagerConfig config;
  private final ClusterGraph graph;
  private final VncOps vnc;
  private final TagCache tags;

  public ClusterProvisioner(KubeManagerConfig config, VncOps vnc, TagCache tags) {
    this.config = config;
    this.graph = new ClusterGraph(config);
    this.vnc = vnc;
    this.tags = tags;
  }

  public ClusterState provision() {
    Names names = graph.names();
    for (List<String> project : new LinkedHashSet<>(
        List.of(names.project("default"), names.project("kube-system")))) {
      vnc.createOrGet(Project.builder().fqName(project).name(project.get(1)).build());
    }
    Map<String, NetworkIpam> ipams = new LinkedHashMap<>();
    for (NetworkIpam ipam : graph.ipams()) {
      ipams.put(ipam.fqName().get(2), withSubnetUuids(vnc.createOrGet(ipam)));
    }
    Map<List<String>, String> networks = new LinkedHashMap<>();
    VirtualNetwork pod = vnc.createOrGet(graph.podNetwork());
    networks.put(pod.fqName(), pod.uuid().orElseThrow());
    VirtualNetwork service = vnc.createOrGet(graph.serviceNetwork());
    networks.put(service.fqName(), service.uuid().orElseThrow());
    Optional<String> clusterNetwork = Optional.empty();
    if (config.nestedMode()) {
      clusterNetwork = vnc.findByFqName(VirtualNetwork.class, names.clusterNetwork())
          .flatMap(VirtualNetwork::uuid);
      clusterNetwork.ifPresent(u -> networks.put(names.clusterNetwork(), u));
    }
    vnc.findByFqName(VirtualNetwork.class, names.ipFabricNetwork()).flatMap(VirtualNetwork::uuid)
        .ifPresent(u -> networks.put(names.ipFabricNetwork(), u));
    attachPolicies(networks);
    if (config.ipFabricSnat()) {
      provisionPortTranslationPools();
    }
    ClusterPolicies policies = new PolicyProvisioner(config, vnc, tags)
        .provision(List.of(pod, service));
    NetworkIpam podIpam = ipams.get(config.clusterName()
        + (config.ipFabricForwarding() ? "-ip-fabric-ipam" : "-pod-ipam"));
    return ClusterState.builder().podNetwork(pod.fqName()).podNetworkUuid(pod.uuid().orElseThrow())
        .podSubnetUuid(subnetUuid(pod, podIpam)).clusterNetworkUuid(clusterNetwork)
        .serviceNetwork(service.fqName())
        .serviceSubnetUuid(subnetUuid(service, ipams.get(config.clusterName() + "-service-ipam")))
        .policies(policies).build();
  }

  private void attachPolicies(Map<List<String>, String> networks) {
    Map<List<String>, String> policies = new LinkedHashMap<>();
    graph.policies().forEach((fq, rules) -> policies.put(fq,
        vnc.createOrGet(graph.policy(fq, rules)).uuid().orElseThrow()));
    VirtualNetworkPolicyType attr = VirtualNetworkPolicyType.builder()
        .sequence(SequenceType.builder().major(0L).minor(0L).build()).build();
    graph.attachments().forEach((network, attached) -> {
      String networkUuid = networks.get(network);
      if (networkUuid == null) {
        logger.warn("network {} does not exist; policies {} not attached", network, attached);
        return;
      }
      for (List<String> policy : attached) {
        vnc.ensureRef(VirtualNetwork.class, networkUuid, "network-policy", policies.get(policy),
            Optional.of(attr));
      }
    });
  }

  private void provisionPortTranslationPools() {
    Optional<GlobalVrouterConfig> current =
        vnc.findByFqName(GlobalVrouterConfig.class, GLOBAL_VROUTER_CONFIG);
    if (current.isEmpty()) {
      logger.warn("{} does not exist; no port translation pools", GLOBAL_VROUTER_CONFIG);
      return;
    }
    PortTranslationPools pools = ClusterGraph.portTranslationPools(current.get()
        .portTranslationPools().map(PortTranslationPools::portTranslationPool).orElse(List.of()));
    if (!current.get().portTranslationPools().equals(Optional.of(pools))) {
      vnc.update(current.get(), GlobalVrouterConfig.builder().from(current.get())
          .portTranslationPools(pools).build());
    }
  }

  /**
   * The IPAM with the {@code subnet_uuid}s the server gave its subnets: a create answer carries
   * only the identity, so a new IPAM is read back once.
   */
  private NetworkIpam withSubnetUuids(NetworkIpam ipam) {
    boolean complete = ipam.ipamSubnets().stream().flatMap(s -> s.subnets().stream())
        .allMatch(s -> s.subnetUuid().isPresent());
    return complete ? ipam : vnc.findByFqName(NetworkIpam.class, ipam.fqName()).orElse(ipam);
  }

  private static Optional<String> subnetUuid(VirtualNetwork network, NetworkIpam ipam) {
    Optional<String> fromRef = network.networkIpamRefs().stream()
        .flatMap(r -> r.attr().stream()).flatMap(a -> a.ipamSubnets().stream())
        .flatMap(s -> s.subnetUuid().stream()).findFirst();
    return fromRef.or(() -> ipam.ipamSubnets().stream().flatMap(s -> s.subnets().stream())
        .map(IpamSubnetType::subnetUuid).flatMap(Optional::stream).findFirst());
  }
}
