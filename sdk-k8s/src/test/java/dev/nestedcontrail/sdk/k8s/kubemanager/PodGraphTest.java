package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Annotations;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Names;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.PodGraph;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.PodObjects;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.PodPlacement;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.PodView;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.VrouterMatch;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.ServerType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodGraphTest {
  static final KubeManagerConfig CONFIG = KubeManagerConfig.parse(KubeManagerConfigTest.NESTED_CONF);
  static final String UID = "6f1a2b3c-0000-4000-8000-000000000001";

  static KubernetesObject pod(String name, Map<String, Object> spec, Map<String, Object> status) {
    return KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "Pod",
        "metadata", Map.of("name", name, "namespace", "shop", "uid", UID,
            "labels", Map.of("app", "web")),
        "spec", spec, "status", status));
  }

  @Test
  void build_nestedPod_namesAndAnnotatesLikeKubeManager() {
    PodView pod = new PodView(pod("web-1", Map.of("nodeName", "node-a"),
        Map.of("hostIP", "192.168.1.10")));
    PodPlacement placement = PodPlacement.builder().parentInterfaceUuid("parent-vmi").vlan(7)
        .network(List.of("default-domain", "k8s-nested", "blue-default-pod-network"))
        .subnetUuid("subnet-1")
        .securityGroup(List.of("default-domain", "k8s-nested", "blue-shop-default-sg")).build();

    PodObjects objects = new PodGraph(CONFIG).build(pod, placement);

    assertThat(objects.virtualMachine().uuid()).contains(UID);
    assertThat(objects.virtualMachine().fqName()).containsExactly("web-1__" + UID);
    assertThat(objects.virtualMachine().displayName()).contains("shop__web-1");
    assertThat(objects.virtualMachine().serverType()).contains(ServerType.CONTAINER);
    assertThat(Annotations.value(objects.virtualMachine(), "labels")).contains("{\"app\": \"web\"}");
    assertThat(Annotations.value(objects.virtualMachine(), "k8s_uuid")).contains(UID);
    assertThat(Annotations.ownedBy(objects.virtualMachine(), "k8s", "blue")).isTrue();
    assertThat(Annotations.value(objects.virtualMachine(), "project")).contains("k8s-nested");

    VirtualMachineInterface vmi = objects.virtualMachineInterface();
    String vmiUuid = Names.podVmiUuid(UID);
    assertThat(vmi.uuid()).contains(vmiUuid);
    assertThat(vmi.fqName()).containsExactly("default-domain", "k8s-nested", "web-1__" + vmiUuid);
    assertThat(vmi.virtualMachineInterfaceProperties().flatMap(p -> p.subInterfaceVlanTag()))
        .contains(7L);
    assertThat(vmi.virtualMachineInterfaceRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly("parent-vmi");
    assertThat(vmi.virtualMachineRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(UID);
    assertThat(vmi.virtualNetworkRefs()).extracting(Reference::to)
        .containsExactly(List.of("default-domain", "k8s-nested", "blue-default-pod-network"));
    assertThat(vmi.portSecurityEnabled()).contains(true);
    assertThat(vmi.virtualMachineInterfaceMacAddresses()).isEmpty();
    assertThat(Annotations.value(vmi, "kind")).contains("Pod");

    assertThat(objects.instanceIp().fqName()).containsExactly("web-1__" + vmiUuid);
    assertThat(objects.instanceIp().subnetUuid()).contains("subnet-1");
    assertThat(objects.instanceIp().virtualMachineInterfaceRefs())
        .extracting(r -> r.uuid().orElseThrow()).containsExactly(vmiUuid);
  }

  @Test
  void build_samePodTwice_givesTheSameObjects() {
    PodView pod = new PodView(pod("web-1", Map.of("nodeName", "n"), Map.of("hostIP", "1.2.3.4")));
    PodPlacement placement = PodPlacement.builder().parentInterfaceUuid("p").vlan(1)
        .network(List.of("d", "p", "n")).subnetUuid("s").securityGroup(List.of("d", "p", "sg"))
        .build();
    assertThat(new PodGraph(CONFIG).build(pod, placement))
        .isEqualTo(new PodGraph(CONFIG).build(pod, placement));
  }

  @Test
  void skipReason_hostNetworkOrUnscheduledOrNoHostIp() {
    assertThat(new PodView(pod("a", Map.of("hostNetwork", true, "nodeName", "n"),
        Map.of("hostIP", "1.2.3.4"))).skipReason()).contains("hostNetwork");
    assertThat(new PodView(pod("a", Map.of(), Map.of())).skipReason())
        .contains("no spec.nodeName yet");
    assertThat(new PodView(pod("a", Map.of("nodeName", "n"), Map.of())).skipReason())
        .contains("no status.hostIP yet");
    assertThat(new PodView(pod("a", Map.of("nodeName", "n"), Map.of("hostIP", "1.2.3.4")))
        .skipReason()).isEmpty();
  }

  @Test
  void vrouterMatch_exactThenShortThenReverseFallback() {
    assertThat(VrouterMatch.find("node-a", List.of("node-a", "node-a.lab"))).contains("node-a");
    assertThat(VrouterMatch.find("node-a.lab.example", List.of("node-a", "node-b")))
        .contains("node-a");
    assertThat(VrouterMatch.find("node-a", List.of("node-b.lab", "node-a.lab")))
        .contains("node-a.lab");
    assertThat(VrouterMatch.find("node-c", List.of("node-a", "node-b"))).isEmpty();
  }
}
