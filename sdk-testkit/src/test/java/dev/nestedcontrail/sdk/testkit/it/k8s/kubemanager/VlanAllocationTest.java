package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VlanAllocationTest extends KubeManagerHarness {
  private static final Map<String, Object> ON_A = Map.of("nodeName", "node-a");

  @Test
  void vlans_lowestFreeReusedAfterDeleteAndRebuiltAfterRestart() {
    try (KubeManager manager = startKubeManager()) {
      for (int i = 1; i <= 3; i++) {
        createPod("default", "p" + i, Map.of(), ON_A);
        awaitWired(manager, i);
      }
      assertThat(vlansByPod()).containsExactly(Map.entry("p1", 1L), Map.entry("p2", 2L),
          Map.entry("p3", 3L));

      deletePod("default", "p2");
      awaitWired(manager, 2);
      createPod("default", "p4", Map.of(), ON_A);
      awaitWired(manager, 3);
      assertThat(vlansByPod()).containsEntry("p4", 2L);
    }
    createPod("default", "p5", Map.of(), ON_A);
    try (KubeManager restarted = startKubeManager()) {
      awaitWired(restarted, 4);
      assertThat(vlansByPod()).containsExactly(Map.entry("p1", 1L), Map.entry("p3", 3L),
          Map.entry("p4", 2L), Map.entry("p5", 4L));
      assertThat(restarted.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void vlans_areCountedPerParent() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "a1", Map.of(), ON_A);
      createPod("default", "b1", Map.of(), Map.of("nodeName", "node-b.lab.example"));
      awaitWired(manager, 2);
      assertThat(vlansByPod()).containsExactly(Map.entry("a1", 1L), Map.entry("b1", 1L));
      assertThat(manager.metrics().restCallsByKind()).containsEntry("create virtual-machine", 2L)
          .containsEntry("create security-group", 4L);
    }
  }
}
