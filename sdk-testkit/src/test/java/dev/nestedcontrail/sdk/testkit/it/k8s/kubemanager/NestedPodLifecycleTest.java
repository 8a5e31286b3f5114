package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.KeyValuePair;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.NetworkPolicy;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NestedPodLifecycleTest extends KubeManagerHarness {

  @Test
  void start_provisionsTheClusterObjects() {
    try (KubeManager manager = startKubeManager()) {
      assertThat(manager.health().healthy()).isTrue();
      assertThat(all(NetworkIpam.class)).extracting(VncResource::fqName).contains(
          child(PROJECT, "blue-pod-ipam"), child(PROJECT, "blue-service-ipam"),
          child(PROJECT, "blue-ip-fabric-ipam"));
      VirtualNetwork pod = vnc.resources(VirtualNetwork.class)
          .readByFqName(child(PROJECT, "blue-default-pod-network"));
      assertThat(pod.networkIpamRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-pod-ipam"));
      assertThat(all(NetworkPolicy.class)).extracting(VncResource::fqName)
          .contains(child(PROJECT, "blue-nested-underlay-np"));
      VirtualNetwork cluster = vnc.resources(VirtualNetwork.class).readByFqName(CLUSTER_NETWORK);
      assertThat(cluster.networkPolicyRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-nested-underlay-np"));
    }
  }

  @Test
  void podLifecycle_yieldsTheExactGraphAndDeleteLeavesNothing() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject created = createPod("default", "web-1", Map.of("app", "web"));
      String uid = created.uid().orElseThrow();
      await().atMost(Duration.ofSeconds(10)).until(() -> podVms().size() == 1
          && !vnc.resources(VirtualMachine.class).read(uid).virtualRouterBackRefs().isEmpty());
      KubernetesObject pod = k8s.resources("v1", "Pod").inNamespace("default").get("web-1")
          .orElseThrow();
      String hostIp = (String) pod.at("status", "hostIP").orElseThrow();
      String parent = parentVmis.get(hostIp);

      VirtualMachine vm = vnc.resources(VirtualMachine.class).read(uid);
      assertThat(vm.fqName()).containsExactly("web-1__" + uid);
      assertThat(vm.displayName()).contains("default__web-1");
      assertThat(annotations(vm)).containsEntry("owner", "k8s").containsEntry("cluster", "blue")
          .containsEntry("namespace", "default").containsEntry("name", "web-1")
          .containsEntry("kind", "Pod").containsEntry("k8s_uuid", uid)
          .containsEntry("labels", "{\"app\": \"web\"}");
      assertThat(vm.virtualRouterBackRefs()).extracting(r -> r.uuid().orElseThrow())
          .containsExactly(vrouters.get(hostIp));

      List<VirtualMachineInterface> subs = subInterfaces();
      assertThat(subs).hasSize(1);
      VirtualMachineInterface vmi = subs.get(0);
      assertThat(vmi.fqName().get(2)).startsWith("web-1__");
      assertThat(vmi.fqName().subList(0, 2)).isEqualTo(PROJECT);
      assertThat(vmi.virtualMachineInterfaceProperties().flatMap(p -> p.subInterfaceVlanTag()))
          .contains(1L);
      assertThat(vmi.virtualMachineInterfaceRefs()).extracting(r -> r.uuid().orElseThrow())
          .containsExactly(parent);
      assertThat(vmi.virtualMachineRefs()).extracting(r -> r.uuid().orElseThrow())
          .containsExactly(uid);
      assertThat(vmi.virtualNetworkRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-pod-network"));
      assertThat(vmi.securityGroupRefs()).extracting(Reference::to)
          .containsExactly(child(PROJECT, "blue-default-default-sg"));
      assertThat(vmi.virtualMachineInterfaceMacAddresses()).isPresent();
      VirtualMachineInterface parentVmi =
          vnc.resources(VirtualMachineInterface.class).read(parent);
      assertThat(parentVmi.virtualMachineInterfaceBackRefs()).extracting(r -> r.uuid().orElseThrow())
          .containsExactly(vmi.uuid().orElseThrow());
      assertThat(parentVmi.virtualMachineInterfaceRefs()).isEmpty();

      List<InstanceIp> podIps = all(InstanceIp.class).stream()
          .filter(i -> i.fqName().get(0).startsWith("web-1__")).toList();
      assertThat(podIps).hasSize(1);
      assertThat(podIps.get(0).fqName()).containsExactly(vmi.fqName().get(2));
      assertThat(podIps.get(0).instanceIpAddress().orElseThrow()).startsWith("10.");
      assertThat(dev.nestedcontrail.sdk.core.Ipv4Cidr.of("10.32.0.0/12").contains(
          dev.nestedcontrail.sdk.core.Ipv4Address.of(podIps.get(0).instanceIpAddress()
              .orElseThrow()))).isTrue();

      deletePod("default", "web-1");
      await().atMost(Duration.ofSeconds(10)).until(() -> podVms().isEmpty());
      manager.awaitIdle(Duration.ofSeconds(10));
      assertThat(subInterfaces()).isEmpty();
      assertThat(all(InstanceIp.class)).noneMatch(i -> i.fqName().get(0).startsWith("web-1__"));
      assertThat(vnc.resources(VirtualMachineInterface.class).read(parent)
          .virtualMachineInterfaceRefs()).isEmpty();
      assertThat(vnc.resources(VirtualRouter.class).read(vrouters.get(hostIp))
          .virtualMachineRefs()).isEmpty();
      assertThat(all(SecurityGroup.class)).extracting(VncResource::fqName)
          .contains(child(PROJECT, "blue-default-default-sg"));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  static Map<String, String> annotations(VncResource resource) {
    return resource.annotations().stream().flatMap(a -> a.keyValuePair().stream())
        .collect(Collectors.toMap(p -> p.key().orElseThrow(), p -> p.value().orElse(""),
            (a, b) -> b));
  }

  static String value(KeyValuePair pair) {
    return pair.value().orElse("");
  }
}
