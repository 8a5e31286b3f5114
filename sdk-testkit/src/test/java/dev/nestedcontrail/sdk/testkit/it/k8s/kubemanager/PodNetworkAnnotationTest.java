package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annotation {@code opencontrail.org/network} on pods and namespaces. */
class PodNetworkAnnotationTest extends KubeManagerHarness {
  static final List<String> USER_NET = child(PROJECT, "user-net");
  static final String USER_NET_JSON =
      "{\"domain\": \"default-domain\", \"project\": \"k8s-nested\", \"name\": \"user-net\"}";
  static final Ipv4Cidr USER_SUBNET = Ipv4Cidr.of("172.20.0.0/24");

  @BeforeEach
  void createUserNetwork() {
    vnc.resources(VirtualNetwork.class).create(VirtualNetwork.builder().fqName(USER_NET)
        .parentType("project").addNetworkIpamRefs(Reference.<VnSubnetsType>builder()
            .to(List.of("default-domain", "default-project", "default-network-ipam"))
            .attr(VnSubnetsType.builder().addIpamSubnets(IpamSubnetType.builder()
                .subnet(SubnetType.builder().ipPrefix("172.20.0.0").ipPrefixLen(24L).build())
                .build()).build()).build()).build());
  }

  @Test
  void podAnnotation_putsThePodOnThatNetwork() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "annotated", Map.of(), Map.of(),
          Map.of("opencontrail.org/network", USER_NET_JSON));
      createPod("default", "plain", Map.of());
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("annotated").isPresent()
          && podIp("plain").isPresent());

      assertOnUserNetwork("annotated");
      assertThat(vmi("plain").virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-pod-network"));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void namespaceAnnotation_putsItsPodsOnThatNetworkUnlessThePodNamesAnother() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("team", Map.of("opencontrail.org/network",
          "{'domain': 'default-domain', 'project': 'k8s-nested', 'name': 'user-net'}"));
      createPod("team", "member", Map.of());
      createPod("team", "rebel", Map.of(), Map.of(), Map.of("opencontrail.org/network",
          "{\"domain\": \"default-domain\", \"project\": \"k8s-nested\", "
              + "\"name\": \"blue-default-pod-network\"}"));
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("member").isPresent()
          && podIp("rebel").isPresent());

      assertOnUserNetwork("member");
      assertThat(vmi("rebel").virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-pod-network"));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void podAnnotationInAnIsolatedNamespace_winsOverTheNamespaceNetwork() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("shop", IsolatedNamespaceTest.ISOLATED);
      createPod("shop", "annotated", Map.of(), Map.of(),
          Map.of("opencontrail.org/network", USER_NET_JSON));
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("annotated").isPresent());
      assertOnUserNetwork("annotated");
    }
  }

  @Test
  void forwardingAnnotation_putsTheIsolatedNamespacePodsOnTheIpFabricSubnet() {
    try (KubeManager manager = startKubeManager()) {
      createNamespace("fab", Map.of("opencontrail.org/isolation", "true",
          "opencontrail.org/ip_fabric_forwarding", "true"));
      createPod("fab", "direct", Map.of());
      await().atMost(Duration.ofSeconds(10)).until(() -> podIp("direct").isPresent());

      VirtualNetwork pod = vnc.resources(VirtualNetwork.class)
          .readByFqName(child(PROJECT, "blue-fab-pod-network"));
      assertThat(pod.networkIpamRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-ip-fabric-ipam"));
      assertThat(pod.virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(List.of("default-domain", "default-project", "ip-fabric"));
      InstanceIp iip = podIp("direct").orElseThrow();
      assertThat(iip.subnetUuid()).contains(vnc.resources(NetworkIpam.class)
          .readByFqName(child(PROJECT, "blue-ip-fabric-ipam")).ipamSubnets().orElseThrow()
          .subnets().get(0).subnetUuid().orElseThrow());
      assertThat(Ipv4Cidr.of("10.64.0.0/12")
          .contains(Ipv4Address.of(iip.instanceIpAddress().orElseThrow()))).isTrue();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void unreadableAnnotation_isAnErrorNamingPodAnnotationAndValueAndWritesNothing() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "bad", Map.of(), Map.of(),
          Map.of("opencontrail.org/network", "user-net"));

      await().atMost(Duration.ofSeconds(10))
          .until(() -> manager.health().lastError().isPresent());
      assertThat(manager.health().lastError().orElseThrow())
          .contains("pod default/bad annotation opencontrail.org/network")
          .contains("user-net is not a network");
      assertThat(manager.metrics().eventErrors()).isPositive();
      assertNothingWritten(manager);
    }
  }

  @Test
  void annotationNamingAMissingNetwork_isAnErrorAndWritesNothing() {
    try (KubeManager manager = startKubeManager()) {
      String ghost = "{'domain': 'default-domain', 'project': 'k8s-nested', 'name': 'ghost'}";
      createPod("default", "haunted", Map.of(), Map.of(), Map.of("opencontrail.org/network", ghost));

      await().atMost(Duration.ofSeconds(10))
          .until(() -> manager.health().lastError().isPresent());
      assertThat(manager.health().lastError().orElseThrow())
          .contains("pod default/haunted annotation opencontrail.org/network " + ghost)
          .contains("virtual-network default-domain:k8s-nested:ghost does not exist");
      assertNothingWritten(manager);
    }
  }

  @Test
  void namespaceAnnotationNamingAMissingNetwork_failsTheNamespaceAndItsPods() {
    try (KubeManager manager = startKubeManager()) {
      String ghost = "{\"domain\": \"default-domain\", \"project\": \"k8s-nested\", "
          + "\"name\": \"ghost\"}";
      createNamespace("haunted", Map.of("opencontrail.org/network", ghost));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> manager.health().lastError().isPresent());
      assertThat(manager.health().lastError().orElseThrow())
          .contains("namespace haunted annotation opencontrail.org/network " + ghost);

      createPod("haunted", "p", Map.of());
      await().atMost(Duration.ofSeconds(10)).until(() -> manager.health().lastError()
          .orElseThrow().contains("pod haunted/p (namespace haunted)"));
      assertNothingWritten(manager);
    }
  }

  private void assertNothingWritten(KubeManager manager) {
    manager.awaitIdle(Duration.ofSeconds(10));
    assertThat(podVms()).isEmpty();
    assertThat(subInterfaces()).isEmpty();
    assertThat(all(InstanceIp.class)).noneMatch(i -> i.fqName().get(0).contains("__"));
  }

  private void assertOnUserNetwork(String pod) {
    assertThat(vmi(pod).virtualNetworkRefs()).extracting(Reference::to).containsExactly(USER_NET);
    InstanceIp iip = podIp(pod).orElseThrow();
    assertThat(iip.virtualNetworkRefs()).extracting(Reference::to).containsExactly(USER_NET);
    assertThat(USER_SUBNET.contains(Ipv4Address.of(iip.instanceIpAddress().orElseThrow())))
        .isTrue();
  }

  VirtualMachineInterface vmi(String pod) {
    return subInterfaces().stream().filter(v -> v.fqName().get(2).startsWith(pod + "__"))
        .findFirst().orElseThrow();
  }
}
