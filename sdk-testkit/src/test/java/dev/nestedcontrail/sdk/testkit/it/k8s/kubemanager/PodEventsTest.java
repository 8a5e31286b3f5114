package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.testkit.FakeNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodEventsTest extends KubeManagerHarness {

  @Test
  void hostNetworkPod_isSkipped() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "host", Map.of(), Map.of("hostNetwork", true, "nodeName", "node-a"));
      createPod("default", "normal", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> podVms().size() == 1);
      manager.awaitIdle(Duration.ofSeconds(5));
      assertThat(podVms()).extracting(vm -> vm.fqName().get(0)).allMatch(n -> n.startsWith("normal__"));
    }
  }

  @Test
  void podWithoutHostIp_isWiredOnceItsNodeAppears() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "late", Map.of(), Map.of("nodeName", "node-c"));
      manager.awaitIdle(Duration.ofSeconds(5));
      assertThat(podVms()).isEmpty();

      kube.addNode(FakeNode.of("node-c", LATE_NODE.get("node-c")));

      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().size() == 1);
      assertThat(subInterfaces().get(0).virtualMachineInterfaceRefs().get(0).uuid())
          .contains(parentVmis.get(LATE_NODE.get("node-c")));
    }
  }

  @Test
  void podDeletedWhileStopped_isRemovedAtRestart() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "gone", Map.of(), Map.of("nodeName", "node-a"));
      createPod("default", "kept", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> manager.awaitIdle(Duration.ofSeconds(1))
          && subInterfaces().size() == 2);
    }
    deletePod("default", "gone");
    try (KubeManager restarted = startKubeManager()) {
      assertThat(restarted.health().healthy()).isTrue();
      assertThat(podVms()).extracting(vm -> vm.fqName().get(0))
          .singleElement().satisfies(n -> assertThat(n).startsWith("kept__"));
      assertThat(subInterfaces()).hasSize(1);
      assertThat(restarted.metrics().lastResync()).isPresent();
    }
  }

  @Test
  void watchDropsAndExpiry_missNoPod() {
    try (KubeManager manager = startKubeManager()) {
      for (int i = 0; i < 30; i++) {
        createPod("default", "w" + i, Map.of(), Map.of("nodeName", "node-a"));
        if (i % 10 == 3) {
          kube.dropWatches();
        }
        if (i % 10 == 7) {
          kube.expireNextWatches(2);
          kube.dropWatches();
        }
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> subInterfaces().size() == 30);
      for (int i = 0; i < 30; i += 2) {
        deletePod("default", "w" + i);
        if (i % 8 == 0) {
          kube.dropWatches();
        }
      }
      await().atMost(Duration.ofSeconds(20)).until(() -> subInterfaces().size() == 15
          && podVms().size() == 15);
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }
}
