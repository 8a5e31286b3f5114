package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A churn of {@link #PODS} pod creations (a third of them deleted again) while the kube-manager
 * is closed and restarted at 10 seeded random points, some of them with events in flight. After
 * a final start the VNC state must be exact.
 */
class ChurnRestartChaosTest extends KubeManagerHarness {
  private static final int PODS = 500;
  private static final long SEED = 20261126L;
  private static final List<String> NODE_NAMES = List.of("node-a", "node-b.lab.example");

  @Test
  void churnWithTenRestarts_endsWithExactGraph() {
    Random random = new Random(SEED);
    Set<Integer> restartPoints = new TreeSet<>();
    while (restartPoints.size() < 10) {
      restartPoints.add(1 + random.nextInt(PODS - 1));
    }
    Set<String> live = new HashSet<>();
    List<String> names = new ArrayList<>();
    KubeManager manager = startKubeManager();
    try {
      for (int i = 0; i < PODS; i++) {
        String name = "c" + i;
        createPod("default", name, Map.of("i", String.valueOf(i)),
            Map.of("nodeName", NODE_NAMES.get(random.nextInt(2))));
        live.add(name);
        names.add(name);
        if (random.nextInt(3) == 0) {
          String victim = names.get(random.nextInt(names.size()));
          if (live.remove(victim)) {
            deletePod("default", victim);
          }
        }
        if (restartPoints.contains(i)) {
          manager.close();
          String victim = names.get(random.nextInt(names.size()));
          if (live.remove(victim)) {
            deletePod("default", victim);
          }
          manager = startKubeManager();
        }
      }
      manager.close();
      manager = startKubeManager();
      assertThat(manager.awaitIdle(Duration.ofSeconds(60))).isTrue();
      assertExact(podUids(live));
    } finally {
      manager.close();
    }
  }

  private Set<String> podUids(Set<String> live) {
    List<KubernetesObject> pods = k8s.resources("v1", "Pod").inNamespace("default").list();
    assertThat(pods).extracting(KubernetesObject::name).containsExactlyInAnyOrderElementsOf(live);
    return pods.stream().map(p -> p.uid().orElseThrow()).collect(Collectors.toSet());
  }

  private void assertExact(Set<String> uids) {
    List<VirtualMachine> vms = podVms();
    assertThat(vms).extracting(vm -> vm.uuid().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(uids);
    List<String> routed = new ArrayList<>();
    for (String router : vrouters.values()) {
      vnc.resources(VirtualRouter.class).read(router).virtualMachineRefs()
          .forEach(r -> routed.add(r.uuid().orElseThrow()));
    }
    assertThat(routed).containsExactlyInAnyOrderElementsOf(uids);

    List<VirtualMachineInterface> subs = subInterfaces();
    assertThat(subs).hasSameSizeAs(uids);
    assertThat(subs).extracting(v -> v.virtualMachineRefs().get(0).uuid().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(uids);
    Map<String, Set<Long>> vlansByParent = new HashMap<>();
    for (VirtualMachineInterface sub : subs) {
      String parent = sub.virtualMachineInterfaceRefs().get(0).uuid().orElseThrow();
      long vlan = sub.virtualMachineInterfaceProperties().orElseThrow().subInterfaceVlanTag()
          .orElseThrow();
      assertThat(vlan).isBetween(1L, 4094L);
      assertThat(vlansByParent.computeIfAbsent(parent, p -> new HashSet<>()).add(vlan))
          .as("VLAN %s used twice on %s", vlan, parent).isTrue();
    }
    Set<String> subUuids = subs.stream().map(s -> s.uuid().orElseThrow())
        .collect(Collectors.toSet());
    Set<String> childRefs = new HashSet<>();
    for (String parent : parentVmis.values()) {
      VirtualMachineInterface parentVmi = vnc.resources(VirtualMachineInterface.class).read(parent);
      assertThat(parentVmi.virtualMachineInterfaceRefs()).as("parent->child refs (off by default)").isEmpty();
      parentVmi.virtualMachineInterfaceBackRefs()
          .forEach(r -> assertThat(childRefs.add(r.uuid().orElseThrow())).isTrue());
    }
    assertThat(childRefs).isEqualTo(subUuids);

    List<InstanceIp> podIps = all(InstanceIp.class).stream()
        .filter(i -> !i.fqName().get(0).startsWith("iip-")).toList();
    assertThat(podIps).hasSameSizeAs(uids);
    assertThat(podIps).extracting(i -> i.virtualMachineInterfaceRefs().get(0).uuid()
        .orElseThrow()).containsExactlyInAnyOrderElementsOf(subUuids);
    assertThat(podIps).extracting(i -> i.instanceIpAddress().orElseThrow())
        .doesNotHaveDuplicates();
    assertThat(all(VirtualMachineInterface.class)).hasSize(subs.size() + parentVmis.size());
    assertThat(podIps).allSatisfy(i -> assertThat(i.virtualNetworkRefs()).extracting(Reference::to)
        .containsExactly(child(PROJECT, "blue-default-pod-network")));
  }
}
