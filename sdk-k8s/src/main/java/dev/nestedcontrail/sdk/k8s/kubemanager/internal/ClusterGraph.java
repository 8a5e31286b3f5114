package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.AddressAllocationModeType;
import dev.nestedcontrail.sdk.vnc.model.ForwardingModeType;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnets;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.NetworkPolicy;
import dev.nestedcontrail.sdk.vnc.model.PolicyEntriesType;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.PortType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.SubnetMethodType;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetworkType;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster objects kube-manager provisions at start (contrail-internals §2.4) and per
 * namespace (§2.5), as values: flat-subnet IPAMs, l3 flat-subnet-only networks, the policies and
 * which networks carry them, the namespace security group, the SNAT port translation pools.
 */
public final class ClusterGraph {
  public static final String POD = "pod";
  public static final String SERVICE = "service";
  public static final String IP_FABRIC = "ip-fabric";

  private final KubeManagerConfig config;
  private final Names names;

  public ClusterGraph(KubeManagerConfig config) {
    this.config = config;
    this.names = new Names(config);
  }

  public Names names() {
    return names;
  }

  /** The three IPAMs: pod, service and ip-fabric. */
  public List<NetworkIpam> ipams() {
    return List.of(ipam(POD, config.podSubnets()), ipam(SERVICE, config.serviceSubnets()),
        ipam(IP_FABRIC, config.ipFabricSubnets()));
  }

  private NetworkIpam ipam(String kind, List<Ipv4Cidr> subnets) {
    List<String> fq = names.ipam(kind);
    IpamSubnets.Builder s = IpamSubnets.builder();
    for (Ipv4Cidr cidr : subnets) {
      s.addSubnets(IpamSubnetType.builder().subnet(SubnetType.builder()
          .ipPrefix(cidr.network().toString()).ipPrefixLen((long) cidr.prefixLength()).build())
          .build());
    }
    return NetworkIpam.builder().fqName(fq).name(last(fq)).parentType("project")
        .ipamSubnetMethod(SubnetMethodType.FLAT_SUBNET).ipamSubnets(s.build()).build();
  }

  /** The cluster pod network (ip-fabric IPAM when ip_fabric_forwarding). */
  public VirtualNetwork podNetwork() {
    return podNetwork(names.podNetwork(), config.ipFabricForwarding(), config.ipFabricSnat());
  }

  public VirtualNetwork serviceNetwork() {
    return network(names.serviceNetwork(), SERVICE, false);
  }

  /**
   * An isolated namespace's pod network {@code <cluster>-<ns>-pod-network}, with the
   * namespace's own ip_fabric_forwarding and ip_fabric_snat (annotation or global setting).
   */
  public VirtualNetwork namespacePodNetwork(String namespace, boolean forwarding, boolean snat) {
    return podNetwork(names.namespacePodNetwork(namespace), forwarding, snat);
  }

  public VirtualNetwork namespaceServiceNetwork(String namespace) {
    return network(names.namespaceServiceNetwork(namespace), SERVICE, false);
  }

  /**
   * A pod network: with ip_fabric_forwarding on the ip-fabric IPAM and with a ref to the
   * ip-fabric network (its provider), else on the pod IPAM with {@code fabric_snat} as asked.
   */
  private VirtualNetwork podNetwork(List<String> fq, boolean forwarding, boolean snat) {
    VirtualNetwork network = network(fq, forwarding ? IP_FABRIC : POD, snat && !forwarding);
    return forwarding ? VirtualNetwork.builder().from(network)
        .addVirtualNetworkRefs(Reference.toFqName(names.ipFabricNetwork())).build() : network;
  }

  private VirtualNetwork network(List<String> fq, String ipamKind, boolean fabricSnat) {
    return VirtualNetwork.builder().fqName(fq).name(last(fq)).parentType("project")
        .addressAllocationMode(AddressAllocationModeType.FLAT_SUBNET_ONLY)
        .virtualNetworkProperties(VirtualNetworkType.builder()
            .forwardingMode(ForwardingModeType.L3).build())
        .fabricSnat(fabricSnat)
        .addNetworkIpamRefs(Reference.<VnSubnetsType>builder().to(names.ipam(ipamKind))
            .attr(VnSubnetsType.builder().build()).build())
        .build();
  }

  /** The cluster policies, by fq_name, with their rules. */
  public Map<List<String>, PolicyEntriesType> policies() {
    Map<List<String>, PolicyEntriesType> result = new LinkedHashMap<>();
    List<String> ipFabricNp = names.policy("default-ip-fabric-np");
    List<String> serviceNp = names.policy("default-service-np");
    List<String> podServiceNp = names.policy("default-pod-service-np");
    result.put(ipFabricNp, PolicyRules.policyToNetwork(ipFabricNp, names.ipFabricNetwork()));
    result.put(serviceNp, PolicyRules.policyToNetwork(serviceNp, names.serviceNetwork()));
    result.put(podServiceNp,
        PolicyRules.networkToNetwork(names.podNetwork(), names.serviceNetwork()));
    if (config.nestedMode()) {
      List<String> underlay = names.policy("nested-underlay-np");
      result.put(underlay, PolicyRules.policyToNetwork(underlay, names.clusterNetwork()));
    }
    return result;
  }

  /**
   * An isolated namespace's policy {@code <cluster>-<ns>-pod-service-np} in the namespace's
   * project, between its pod and service networks.
   */
  public NetworkPolicy namespacePolicy(String namespace) {
    return policy(names.namespacePolicy(namespace), PolicyRules.networkToNetwork(
        names.namespacePodNetwork(namespace), names.namespaceServiceNetwork(namespace)));
  }

  /**
   * Which policies an isolated namespace's networks carry, as {@code _create_attach_policy}
   * attaches them: the pod network its own policy, ip-fabric-np, service-np and (nested)
   * nested-underlay-np; the service network the same without service-np.
   */
  public Map<List<String>, List<List<String>>> namespaceAttachments(String namespace) {
    List<List<String>> pod = new ArrayList<>(List.of(names.namespacePolicy(namespace),
        names.policy("default-ip-fabric-np"), names.policy("default-service-np")));
    List<List<String>> service = new ArrayList<>(List.of(names.namespacePolicy(namespace),
        names.policy("default-ip-fabric-np")));
    if (config.nestedMode()) {
      pod.add(names.policy("nested-underlay-np"));
      service.add(names.policy("nested-underlay-np"));
    }
    Map<List<String>, List<List<String>>> result = new LinkedHashMap<>();
    result.put(names.namespacePodNetwork(namespace), pod);
    result.put(names.namespaceServiceNetwork(namespace), service);
    return result;
  }

  public NetworkPolicy policy(List<String> fq, PolicyEntriesType rules) {
    return NetworkPolicy.builder().fqName(fq).name(last(fq)).parentType("project")
        .networkPolicyEntries(rules).build();
  }

  /** Which policies each network carries: network fq_name to policy fq_names. */
  public Map<List<String>, List<List<String>>> attachments() {
    Map<List<String>, List<List<String>>> result = new LinkedHashMap<>();
    List<String> ipFabricNp = names.policy("default-ip-fabric-np");
    List<String> serviceNp = names.policy("default-service-np");
    List<String> podServiceNp = names.policy("default-pod-service-np");
    List<List<String>> pod = new ArrayList<>(List.of(ipFabricNp, podServiceNp));
    result.put(names.ipFabricNetwork(), List.of(ipFabricNp));
    result.put(names.serviceNetwork(), List.of(ipFabricNp, serviceNp, podServiceNp));
    if (config.nestedMode()) {
      List<String> underlay = names.policy("nested-underlay-np");
      pod.add(underlay);
      result.put(names.clusterNetwork(), List.of(underlay));
    }
    result.put(names.podNetwork(), pod);
    return result;
  }

  /** The namespace's default security group, allowing everything. */
  public SecurityGroup securityGroup(String namespace) {
    List<String> fq = names.securityGroup(namespace);
    return SecurityGroup.builder().fqName(fq).name(last(fq)).parentType("project")
        .securityGroupEntries(PolicyRules.allowAll()).build();
  }

  /**
   * The SNAT port translation pools (tcp 56000-57023, udp 57024-58047) merged into the existing
   * ones: pools of other protocols are kept, ours replace those of the same protocol.
   */
  public static PortTranslationPools portTranslationPools(List<PortTranslationPool> existing) {
    PortTranslationPools.Builder b = PortTranslationPools.builder();
    existing.stream().filter(p -> !p.protocol().filter(x -> x.equals("tcp") || x.equals("udp"))
        .isPresent()).forEach(b::addPortTranslationPool);
    b.addPortTranslationPool(pool("tcp", 56000, 57023));
    b.addPortTranslationPool(pool("udp", 57024, 58047));
    return b.build();
  }

  private static PortTranslationPool pool(String protocol, long start, long end) {
    return PortTranslationPool.builder().protocol(protocol)
        .portRange(PortType.builder().startPort(start).endPort(end).build()).build();
  }

  static String last(List<String> fq) {
    return fq.get(fq.size() - 1);
  }
}
