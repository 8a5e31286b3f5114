package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ClusterGraph;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Names;
import dev.nestedcontrail.sdk.vnc.model.AddressAllocationModeType;
import dev.nestedcontrail.sdk.vnc.model.ForwardingModeType;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPool;
import dev.nestedcontrail.sdk.vnc.model.PortTranslationPools;
import dev.nestedcontrail.sdk.vnc.model.SubnetMethodType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterGraphTest {
  private final ClusterGraph graph = new ClusterGraph(PodGraphTest.CONFIG);

  @Test
  void ipams_areFlatSubnetWithTheConfiguredCidrs() {
    List<NetworkIpam> ipams = graph.ipams();
    assertThat(ipams).extracting(NetworkIpam::fqName).containsExactly(
        List.of("default-domain", "k8s-nested", "blue-pod-ipam"),
        List.of("default-domain", "k8s-nested", "blue-service-ipam"),
        List.of("default-domain", "k8s-nested", "blue-ip-fabric-ipam"));
    assertThat(ipams).allMatch(i -> i.ipamSubnetMethod().equals(
        java.util.Optional.of(SubnetMethodType.FLAT_SUBNET)));
    assertThat(ipams.get(0).ipamSubnets().orElseThrow().subnets())
        .extracting(s -> s.subnet().orElseThrow().ipPrefix().orElseThrow())
        .containsExactly("10.32.0.0", "10.48.0.0");
  }

  @Test
  void podNetwork_isL3FlatSubnetOnlyWithSnatWhenConfigured() {
    VirtualNetwork pod = graph.podNetwork();
    assertThat(pod.fqName())
        .containsExactly("default-domain", "k8s-nested", "blue-default-pod-network");
    assertThat(pod.addressAllocationMode()).contains(AddressAllocationModeType.FLAT_SUBNET_ONLY);
    assertThat(pod.virtualNetworkProperties().flatMap(p -> p.forwardingMode()))
        .contains(ForwardingModeType.L3);
    assertThat(pod.fabricSnat()).contains(true);
    assertThat(pod.networkIpamRefs()).extracting(r -> r.to())
        .containsExactly(List.of("default-domain", "k8s-nested", "blue-pod-ipam"));
    assertThat(graph.serviceNetwork().fabricSnat()).contains(false);
  }

  @Test
  void policies_includeTheNestedUnderlayPolicyOnTheClusterNetwork() {
    assertThat(graph.policies().keySet()).extracting(fq -> fq.get(2)).containsExactly(
        "blue-default-ip-fabric-np", "blue-default-service-np", "blue-default-pod-service-np",
        "blue-nested-underlay-np");
    assertThat(graph.attachments().get(List.of("default-domain", "k8s-nested", "k8s-vm-net")))
        .containsExactly(List.of("default-domain", "k8s-nested", "blue-nested-underlay-np"));
    assertThat(graph.policies().get(List.of("default-domain", "k8s-nested",
        "blue-nested-underlay-np")).policyRule().get(0).dstAddresses().get(0).virtualNetwork())
        .contains("default-domain:k8s-nested:k8s-vm-net");
  }

  @Test
  void namespacePodNetwork_withForwarding_usesTheIpFabricIpamAndProviderWithoutSnat() {
    VirtualNetwork pod = graph.namespacePodNetwork("shop", true, true);
    assertThat(pod.fqName())
        .containsExactly("default-domain", "k8s-nested", "blue-shop-pod-network");
    assertThat(pod.networkIpamRefs()).extracting(r -> r.to())
        .containsExactly(List.of("default-domain", "k8s-nested", "blue-ip-fabric-ipam"));
    assertThat(pod.virtualNetworkRefs()).extracting(r -> r.to())
        .containsExactly(List.of("default-domain", "default-project", "ip-fabric"));
    assertThat(pod.fabricSnat()).contains(false);
    VirtualNetwork snat = graph.namespacePodNetwork("shop", false, true);
    assertThat(snat.virtualNetworkRefs()).isEmpty();
    assertThat(snat.fabricSnat()).contains(true);
  }

  @Test
  void namespacePolicy_joinsTheNamespaceNetworksAndIsAttachedAsTheAnchorDoes() {
    List<String> project = List.of("default-domain", "k8s-nested");
    assertThat(graph.namespacePolicy("shop").fqName())
        .containsExactly("default-domain", "k8s-nested", "blue-shop-pod-service-np");
    assertThat(graph.namespacePolicy("shop").networkPolicyEntries().orElseThrow().policyRule()
        .get(0).srcAddresses().get(0).virtualNetwork())
        .contains("default-domain:k8s-nested:blue-shop-pod-network");
    assertThat(graph.namespaceAttachments("shop")).containsExactly(
        Map.entry(Names.child(project, "blue-shop-pod-network"), List.of(
            Names.child(project, "blue-shop-pod-service-np"), Names.child(project, "blue-default-ip-fabric-np"),
            Names.child(project, "blue-default-service-np"), Names.child(project, "blue-nested-underlay-np"))),
        Map.entry(Names.child(project, "blue-shop-service-network"), List.of(
            Names.child(project, "blue-shop-pod-service-np"), Names.child(project, "blue-default-ip-fabric-np"),
            Names.child(project, "blue-nested-underlay-np"))));
  }

  @Test
  void portTranslationPools_keepOtherProtocolsAndReplaceTcpUdp() {
    PortTranslationPools pools = ClusterGraph.portTranslationPools(List.of(
        PortTranslationPool.builder().protocol("icmp").portCount(10L).build(),
        PortTranslationPool.builder().protocol("tcp").portCount(5L).build()));
    assertThat(pools.portTranslationPool()).extracting(p -> p.protocol().orElseThrow())
        .containsExactly("icmp", "tcp", "udp");
    assertThat(pools.portTranslationPool().get(1).portRange().orElseThrow().startPort())
        .contains(56000L);
  }
}
