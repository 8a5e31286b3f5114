package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Loadbalancer;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerListener;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerMember;
import dev.nestedcontrail.sdk.vnc.model.LoadbalancerProtocolType;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLoadbalancerTest extends ServiceHarness {
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void clusterIpService_withTwoPortsAndTwoPods_yieldsTheExactGraph() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      KubernetesObject web2 = wiredPod("web-2");
      String uid = putService("web", CLUSTER_IP, List.of(HTTP, METRICS)).uid().orElseThrow();
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1),
          podAddress(podAddressOf("web-2"), web2)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      await().atMost(WAIT).until(() -> members().size() == 4);
      assertThat(manager.awaitIdle(WAIT)).isTrue();

      Loadbalancer lb = vnc.resources(Loadbalancer.class).read(uid);
      assertThat(lb.fqName()).isEqualTo(child(PROJECT, "web__" + uid));
      assertThat(lb.displayName()).contains("default__web");
      assertThat(lb.loadbalancerProvider()).contains("native");
      assertThat(lb.loadbalancerProperties().orElseThrow().provisioningStatus()).contains("ACTIVE");
      assertThat(lb.loadbalancerProperties().orElseThrow().operatingStatus()).contains("ONLINE");
      assertThat(lb.loadbalancerProperties().orElseThrow().vipAddress()).contains(CLUSTER_IP);
      assertThat(annotations(lb)).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "k8s",
          "cluster", "blue", "project", "k8s-nested", "namespace", "default", "name", "web",
          "kind", "Service"));

      assertThat(lb.virtualMachineInterfaceRefs()).hasSize(1);
      VirtualMachineInterface vmi = vnc.resources(VirtualMachineInterface.class)
          .read(lb.virtualMachineInterfaceRefs().get(0).uuid().orElseThrow());
      assertThat(vmi.fqName()).isEqualTo(child(PROJECT, "blue__Service__web__" + uid));
      assertThat(vmi.virtualMachineInterfaceDeviceOwner()).contains("K8S:LOADBALANCER");
      assertThat(vmi.virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-service-network"));
      assertThat(vmi.instanceIpBackRefs()).hasSize(1);
      InstanceIp iip = vnc.resources(InstanceIp.class)
          .read(vmi.instanceIpBackRefs().get(0).uuid().orElseThrow());
      assertThat(iip.fqName()).singleElement().isEqualTo("web__" + iip.uuid().orElseThrow());
      assertThat(iip.instanceIpAddress()).contains(CLUSTER_IP);
      assertThat(iip.virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-service-network"));
      NetworkIpam serviceIpam = vnc.resources(NetworkIpam.class)
          .readByFqName(child(PROJECT, "blue-service-ipam"));
      assertThat(iip.subnetUuid()).isEqualTo(serviceIpam.ipamSubnets().orElseThrow().subnets()
          .get(0).subnetUuid());
      assertThat(vmi.securityGroupRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-default-sg"));

      assertThat(listeners()).hasSize(2).allSatisfy(l -> {
        String port = String.valueOf(l.loadbalancerListenerProperties().orElseThrow()
            .protocolPort().orElseThrow());
        assertThat(l.fqName().get(2)).matches("web__" + uid + "-TCP-" + port + "-" + UUID)
            .endsWith(l.uuid().orElseThrow());
        assertThat(l.loadbalancerListenerProperties().orElseThrow().protocol())
            .contains(LoadbalancerProtocolType.TCP);
        assertThat(l.loadbalancerRefs()).extracting(r -> r.uuid().orElseThrow())
            .containsExactly(uid);
      });
      assertThat(listeners()).extracting(ServiceLoadbalancerTest::annotations).containsExactlyInAnyOrder(
          Map.of("targetPort", "8080", "portName", "http"),
          Map.of("targetPort", "metrics", "portName", "metrics"));
      assertThat(pools()).hasSize(2).allSatisfy(p -> {
        LoadbalancerListener listener = vnc.resources(LoadbalancerListener.class)
            .read(p.loadbalancerListenerRefs().get(0).uuid().orElseThrow());
        assertThat(p.fqName()).isEqualTo(listener.fqName());
        assertThat(p.loadbalancerPoolProperties().orElseThrow().protocol())
            .contains(LoadbalancerProtocolType.TCP);
      });

      Map<String, String> vmOfVmi = Map.of(podVmi(web1), web1.uid().orElseThrow(),
          podVmi(web2), web2.uid().orElseThrow());
      for (int[] ports : new int[][] {{80, 8080}, {9090, 9091}}) {
        List<LoadbalancerMember> members = membersOfPort(ports[0]);
        assertThat(members).hasSize(2).allSatisfy(m -> {
          assertThat(m.fqName().get(m.fqName().size() - 1)).isEqualTo(m.uuid().orElseThrow());
          assertThat(m.loadbalancerMemberProperties().orElseThrow().protocolPort())
              .contains((long) ports[1]);
          assertThat(m.loadbalancerMemberProperties().orElseThrow().address()).isEmpty();
          Map<String, String> a = annotations(m);
          assertThat(a).containsOnlyKeys("vmi", "vm");
          assertThat(vmOfVmi).containsEntry(a.get("vmi"), a.get("vm"));
        });
        assertThat(members).extracting(m -> annotations(m).get("vmi"))
            .containsExactlyInAnyOrderElementsOf(vmOfVmi.keySet());
      }
      assertThat(manager.metrics().restCallsByKind()).containsKeys("create loadbalancer",
          "create loadbalancer-listener", "create loadbalancer-pool",
          "create loadbalancer-member");
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void modifiedServiceWithoutAPort_losesItsListenerPoolAndMembers() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putService("web", CLUSTER_IP, List.of(HTTP, METRICS));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      await().atMost(WAIT).until(() -> members().size() == 2);

      putService("web", CLUSTER_IP, List.of(HTTP));

      await().atMost(WAIT).until(() -> listeners().size() == 1);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(listeners().get(0).loadbalancerListenerProperties().orElseThrow().protocolPort())
          .contains(80L);
      assertThat(pools()).hasSize(1);
      assertThat(members()).singleElement().satisfies(m -> assertThat(
          m.loadbalancerMemberProperties().orElseThrow().protocolPort()).contains(8080L));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void endpointsWithoutAPod_loseItsMembers() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      KubernetesObject web2 = wiredPod("web-2");
      putService("web", CLUSTER_IP, List.of(HTTP));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1),
          podAddress(podAddressOf("web-2"), web2)), List.of(endpointPort("http", 8080)));
      await().atMost(WAIT).until(() -> members().size() == 2);

      putEndpoints("web", List.of(podAddress(podAddressOf("web-2"), web2)),
          List.of(endpointPort("http", 8080)));

      await().atMost(WAIT).until(() -> members().size() == 1);
      assertThat(annotations(members().get(0))).containsEntry("vmi", podVmi(web2))
          .containsEntry("vm", web2.uid().orElseThrow());

      deleteEndpoints("web");
      await().atMost(WAIT).until(() -> members().isEmpty());
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(loadbalancers()).hasSize(1);
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void endpointsBeforeTheirService_becomeMembersWhenTheServiceArrives() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080)));
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(loadbalancers()).isEmpty();

      putService("web", CLUSTER_IP, List.of(HTTP));

      await().atMost(WAIT).until(() -> members().size() == 1);
      assertThat(annotations(members().get(0))).containsEntry("vmi", podVmi(web1));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void hostNetworkEndpoint_isAMemberOnTheNodeVmInterface() {
    try (KubeManager manager = startKubeManager()) {
      String nodeIp = NODES.get("node-a");
      putService("apiserver", "10.96.0.1", List.of(port("https", "TCP", 443, 6443)));
      putEndpoints("apiserver", List.of(Map.of("ip", nodeIp)),
          List.of(endpointPort("https", 6443)));

      await().atMost(WAIT).until(() -> members().size() == 1);
      String nodeVmi = parentVmis.get(nodeIp);
      String nodeVm = vnc.resources(VirtualMachineInterface.class).read(nodeVmi)
          .virtualMachineRefs().get(0).uuid().orElseThrow();
      assertThat(annotations(members().get(0))).containsEntry("vmi", nodeVmi)
          .containsEntry("vm", nodeVm);
      assertThat(members().get(0).loadbalancerMemberProperties().orElseThrow().protocolPort())
          .contains(6443L);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void serviceDelete_leavesNothingBehind() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      int instanceIps = all(InstanceIp.class).size();
      putService("web", CLUSTER_IP, List.of(HTTP, METRICS));
      putEndpoints("web", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("http", 8080), endpointPort("metrics", 9091)));
      await().atMost(WAIT).until(() -> members().size() == 2);

      deleteService("web");
      deleteEndpoints("web");

      await().atMost(WAIT).until(() -> loadbalancers().isEmpty());
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(listeners()).isEmpty();
      assertThat(pools()).isEmpty();
      assertThat(members()).isEmpty();
      assertThat(loadbalancerInterfaces()).isEmpty();
      assertThat(all(InstanceIp.class)).hasSize(instanceIps)
          .noneMatch(i -> i.instanceIpAddress().filter(CLUSTER_IP::equals).isPresent());
      assertThat(subInterfaces()).hasSize(1);
      assertThat(manager.metrics().restCallsByKind()).containsKeys("delete loadbalancer",
          "delete loadbalancer-member");
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void headlessService_getsNoLoadbalancer() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject web1 = wiredPod("web-1");
      putService("db", "None", List.of(port("pg", "TCP", 5432, 5432)));
      putEndpoints("db", List.of(podAddress(podAddressOf("web-1"), web1)),
          List.of(endpointPort("pg", 5432)));
      putService("web", CLUSTER_IP, List.of(HTTP));
      await().atMost(WAIT).until(() -> loadbalancers().size() == 1);
      assertThat(manager.awaitIdle(WAIT)).isTrue();
      assertThat(loadbalancers()).extracting(VncResource::displayName)
          .containsExactly(java.util.Optional.of("default__web"));
      assertThat(members()).isEmpty();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  static Map<String, String> annotations(VncResource resource) {
    return NestedPodLifecycleTest.annotations(resource);
  }
}
