package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager.NestedPodLifecycleTest.annotations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.AddressAllocationModeType;
import dev.nestedcontrail.sdk.vnc.model.ForwardingModeType;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePairs;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.NetworkPolicy;
import dev.nestedcontrail.sdk.vnc.model.PolicyRuleType;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.SequenceType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetworkPolicyType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Namespaces annotated {@code opencontrail.org/isolation: "true"} get networks of their own. */
class IsolatedNamespaceTest extends KubeManagerHarness {
  static final Map<String, String> ISOLATED = Map.of("opencontrail.org/isolation", "true");
  static final List<String> SHOP_POD = child(PROJECT, "blue-shop-pod-network");
  static final List<String> SHOP_SERVICE = child(PROJECT, "blue-shop-service-network");
  static final List<String> SHOP_POLICY = child(PROJECT, "blue-shop-pod-service-np");
  static final List<String> SHOP_SG = child(PROJECT, "blue-shop-default-sg");

  @Test
  void isolatedNamespace_yieldsTheExactNetworksPolicyAndRefs() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", ISOLATED);
      awaitNetwork(manager, SHOP_SERVICE);

      VirtualNetwork pod = network(SHOP_POD).orElseThrow();
      assertThat(pod.addressAllocationMode()).contains(AddressAllocationModeType.FLAT_SUBNET_ONLY);
      assertThat(pod.virtualNetworkProperties().flatMap(p -> p.forwardingMode()))
          .contains(ForwardingModeType.L3);
      assertThat(pod.fabricSnat()).contains(false);
      assertThat(pod.virtualNetworkRefs()).isEmpty();
      assertThat(pod.networkIpamRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-pod-ipam"));
      assertThat(annotations(pod)).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "k8s",
          "cluster", "blue", "project", "k8s-nested", "namespace", "shop", "name", "shop",
          "kind", "Namespace", "isolated", "True"));
      assertThat(pod.networkPolicyRefs()).extracting(Reference::to).containsExactly(SHOP_POLICY,
          child(PROJECT, "blue-default-ip-fabric-np"), child(PROJECT, "blue-default-service-np"),
          child(PROJECT, "blue-nested-underlay-np"));
      assertThat(pod.networkPolicyRefs()).extracting(r -> r.attr().flatMap(
          VirtualNetworkPolicyType::sequence).orElseThrow())
          .containsOnly(SequenceType.builder().major(0L).minor(0L).build());

      VirtualNetwork service = network(SHOP_SERVICE).orElseThrow();
      assertThat(service.networkIpamRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-service-ipam"));
      assertThat(service.networkPolicyRefs()).extracting(Reference::to).containsExactly(
          SHOP_POLICY, child(PROJECT, "blue-default-ip-fabric-np"),
          child(PROJECT, "blue-nested-underlay-np"));
      assertThat(annotations(service)).containsEntry("isolated", "True")
          .containsEntry("namespace", "shop");
      assertThat(List.of(pod, service)).allSatisfy(n ->
          assertThat(PolicyProvisioningTest.tagNames(n)).containsExactly("application=blue"));

      PolicyRuleType rule = vnc.resources(NetworkPolicy.class).readByFqName(SHOP_POLICY)
          .networkPolicyEntries().orElseThrow().policyRule().get(0);
      assertThat(rule.srcAddresses().get(0).virtualNetwork())
          .contains(String.join(":", SHOP_POD));
      assertThat(rule.dstAddresses().get(0).virtualNetwork())
          .contains(String.join(":", SHOP_SERVICE));
      assertThat(rule.protocol()).contains("any");
      assertThat(vnc.resources(SecurityGroup.class).findByFqName(SHOP_SG)).isPresent();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void defaultNamespace_usesTheClusterNetworksAndLeavesTheirAnnotations() {
    try (KubeManager manager = startKubeManager()) {
      VirtualNetwork pod = network(child(PROJECT, "blue-default-pod-network")).orElseThrow();
      assertThat(pod.networkPolicyRefs()).extracting(Reference::to)
          .containsExactlyInAnyOrder(child(PROJECT, "blue-default-ip-fabric-np"),
              child(PROJECT, "blue-default-pod-service-np"),
              child(PROJECT, "blue-default-service-np"), child(PROJECT, "blue-nested-underlay-np"));
      assertThat(annotations(pod)).doesNotContainKey("isolated");
      assertThat(all(VirtualNetwork.class)).extracting(VirtualNetwork::fqName)
          .noneMatch(fq -> fq.get(2).startsWith("blue-kube-system-"));
    }
  }

  @Test
  void snatAnnotation_setsFabricSnatAndFollowsChanges() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", Map.of("opencontrail.org/isolation", "true",
          "opencontrail.org/ip_fabric_snat", "true"));
      awaitNetwork(manager, SHOP_SERVICE);
      assertThat(network(SHOP_POD).orElseThrow().fabricSnat()).contains(true);

      KubernetesObject namespace = kube.object("Namespace", "", "shop").orElseThrow();
      Map<String, Object> content = new java.util.LinkedHashMap<>(namespace.content());
      @SuppressWarnings("unchecked")
      Map<String, Object> metadata =
          new java.util.LinkedHashMap<>((Map<String, Object>) content.get("metadata"));
      metadata.put("annotations", Map.of("opencontrail.org/isolation", "true",
          "opencontrail.org/ip_fabric_snat", "false"));
      content.put("metadata", metadata);
      k8s.replace(KubernetesObject.of(content));

      await().atMost(Duration.ofSeconds(10))
          .until(() -> network(SHOP_POD).orElseThrow().fabricSnat().equals(Optional.of(false)));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void podInIsolatedNamespace_getsItsInterfaceAndAddressOnTheNamespaceNetwork() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", ISOLATED);
      createPod("shop", "cart", Map.of("app", "cart"));
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("cart").isPresent());

      VirtualMachineInterface vmi = subInterfaces().get(0);
      assertThat(vmi.virtualNetworkRefs()).extracting(Reference::to).containsExactly(SHOP_POD);
      assertThat(vmi.securityGroupRefs()).extracting(Reference::to).containsExactly(SHOP_SG);
      InstanceIp iip = podIp("cart").orElseThrow();
      assertThat(iip.virtualNetworkRefs()).extracting(Reference::to).containsExactly(SHOP_POD);
      assertThat(iip.subnetUuid()).contains(podIpamSubnetUuid());
      assertThat(Ipv4Cidr.of("10.32.0.0/12")
          .contains(Ipv4Address.of(iip.instanceIpAddress().orElseThrow()))).isTrue();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void namespaceDelete_removesEverythingItCreated() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", ISOLATED);
      createPod("shop", "cart", Map.of());
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("cart").isPresent());
      deletePod("shop", "cart");
      await().atMost(Duration.ofSeconds(10)).until(() -> podVms().isEmpty());

      k8s.resources("v1", "Namespace").delete("shop");

      await().atMost(Duration.ofSeconds(10)).until(() -> network(SHOP_POD).isEmpty());
      manager.awaitIdle(Duration.ofSeconds(10));
      assertShopIsGone();
      assertThat(network(child(PROJECT, "blue-default-pod-network"))).isPresent();
      assertThat(vnc.resources(NetworkPolicy.class)
          .findByFqName(child(PROJECT, "blue-default-pod-service-np"))).isPresent();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void namespaceDeletedWithItsPods_convergesByTheNextResync() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", ISOLATED);
      createPod("shop", "cart", Map.of());
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("cart").isPresent());

      k8s.resources("v1", "Namespace").delete("shop");
      await().atMost(Duration.ofSeconds(10)).until(() -> podVms().isEmpty()
          && manager.awaitIdle(Duration.ofSeconds(1)));
      manager.resync();
      manager.awaitIdle(Duration.ofSeconds(10));

      assertShopIsGone();
      assertThat(subInterfaces()).isEmpty();
    }
  }

  @Test
  void restart_afterAHalfWrittenNamespace_convergesToTheExactGraph() {
    createNamespace("shop", ISOLATED);
    try (KubeManager manager = startKubeManager()) {
      assertThat(network(SHOP_SERVICE)).isPresent();
    }
    VirtualNetwork pod = network(SHOP_POD).orElseThrow();
    pod.networkPolicyRefs().forEach(r -> vnc.resources(VirtualNetwork.class).removeRef(
        pod.uuid().orElseThrow(), "network-policy", r.uuid().orElseThrow()));
    VirtualNetwork service = network(SHOP_SERVICE).orElseThrow();
    service.networkIpamRefs().forEach(r -> vnc.resources(VirtualNetwork.class).removeRef(
        service.uuid().orElseThrow(), "network-ipam", r.uuid().orElseThrow()));
    vnc.resources(VirtualNetwork.class).delete(service.uuid().orElseThrow());

    try (KubeManager restarted = startKubeManager()) {
      assertThat(network(SHOP_POD).orElseThrow().uuid()).isEqualTo(pod.uuid());
      assertThat(network(SHOP_POD).orElseThrow().networkPolicyRefs()).extracting(Reference::to)
          .containsExactlyInAnyOrderElementsOf(pod.networkPolicyRefs().stream()
              .map(Reference::to).toList());
      assertThat(network(SHOP_SERVICE).orElseThrow().networkPolicyRefs()).hasSize(3);
      assertThat(all(VirtualNetwork.class)).filteredOn(n -> n.fqName().get(2).startsWith(
          "blue-shop-")).hasSize(2);
      assertThat(all(NetworkPolicy.class)).filteredOn(p -> p.fqName().equals(SHOP_POLICY))
          .hasSize(1);
      assertThat(restarted.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void resync_removesOrphanNetworksOfThisClusterOnly() {
    createNamespace("shop", ISOLATED);
    try (KubeManager manager = startKubeManager()) {
      assertThat(network(SHOP_POD)).isPresent();
    }
    VirtualNetwork foreign = vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder()
        .fqName(child(PROJECT, "green-old-pod-network")).parentType("project")
        .annotations(keyValues(Map.of("owner", "k8s", "cluster", "green", "kind", "Namespace",
            "namespace", "old", "isolated", "True"))).build());
    k8s.resources("v1", "Namespace").delete("shop");

    try (KubeManager restarted = startKubeManager()) {
      restarted.awaitIdle(Duration.ofSeconds(10));
      assertShopIsGone();
      assertThat(network(foreign.fqName())).isPresent();
      assertThat(restarted.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void outsideNestedMode_theNamespaceProjectHoldsItsNetworksAndGoesWithThem() {
    KubeManagerConfig flat = KubeManagerConfig.builder().from(kubeManagerConfig())
        .nestedMode(false).build();
    List<String> project = List.of("default-domain", "blue-shop");
    try (KubeManager manager = startKubeManager(flat, "flat")) {
      createNamespace("shop", ISOLATED);
      awaitNetwork(manager, child(project, "blue-shop-service-network"));

      assertThat(annotations(vnc.resources(Project.class).readByFqName(project)))
          .containsEntry("isolated", "True").containsEntry("kind", "Namespace");
      assertThat(network(child(project, "blue-shop-pod-network")).orElseThrow()
          .networkPolicyRefs()).extracting(Reference::to).containsExactly(
              child(project, "blue-shop-pod-service-np"),
              List.of("default-domain", "blue-default", "blue-default-ip-fabric-np"),
              List.of("default-domain", "blue-default", "blue-default-service-np"));

      k8s.resources("v1", "Namespace").delete("shop");
      await().atMost(Duration.ofSeconds(10))
          .until(() -> vnc.resources(Project.class).findByFqName(project).isEmpty());
      assertThat(network(child(project, "blue-shop-pod-network"))).isEmpty();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  private void assertShopIsGone() {
    assertThat(network(SHOP_POD)).isEmpty();
    assertThat(network(SHOP_SERVICE)).isEmpty();
    assertThat(vnc.resources(NetworkPolicy.class).findByFqName(SHOP_POLICY)).isEmpty();
    assertThat(vnc.resources(SecurityGroup.class).findByFqName(SHOP_SG)).isEmpty();
  }

  static KeyValuePairs keyValues(Map<String, String> values) {
    KeyValuePairs.Builder b = KeyValuePairs.builder();
    values.forEach((k, v) -> b.addKeyValuePair(KeyValuePair.builder().key(k).value(v).build()));
    return b.build();
  }

  void awaitNetwork(KubeManager manager, List<String> fqName) {
    await().atMost(Duration.ofSeconds(10)).until(() -> network(fqName).isPresent());
    manager.awaitIdle(Duration.ofSeconds(10));
  }

  Optional<VirtualNetwork> network(List<String> fqName) {
    return vnc.resources(VirtualNetwork.class).findByFqName(fqName);
  }


  String podIpamSubnetUuid() {
    return vnc.resources(NetworkIpam.class).readByFqName(child(PROJECT, "blue-pod-ipam"))
        .ipamSubnets().orElseThrow().subnets().get(0).subnetUuid().orElseThrow();
  }
}
