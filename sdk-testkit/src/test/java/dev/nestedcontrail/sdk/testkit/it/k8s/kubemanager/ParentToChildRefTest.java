package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link KubeManagerConfig#parentToChildRef()}: the Python graph's extra parent→child ref. */
class ParentToChildRefTest extends KubeManagerHarness {

  @Test
  void parentToChildRef_whenOn_addsTheRefWithOneMoreWrite_andDeleteRemovesIt() {
    KubeManagerConfig config = KubeManagerConfig.builder().from(kubeManagerConfig())
        .parentToChildRef(true).build();
    try (KubeManager manager = startKubeManager(config, "only")) {
      long refUpdatesBefore = manager.metrics().restCallsByKind().getOrDefault("ref-update", 0L);
      createPod("default", "web-1", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().size() == 1
          && manager.awaitIdle(Duration.ofSeconds(1)));
      String child = subInterfaces().get(0).uuid().orElseThrow();
      String parent = parentVmis.get(NODES.get("node-a"));

      assertThat(refs(parent)).containsExactly(child);
      assertThat(manager.metrics().restCallsByKind().get("ref-update") - refUpdatesBefore)
          .as("parent->child and vrouter->VM").isEqualTo(2);

      deletePod("default", "web-1");
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().isEmpty());
      assertThat(refs(parent)).isEmpty();
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  @Test
  void parentToChildRef_whenOff_deleteStillRemovesARefLeftByAnEarlierRun() {
    try (KubeManager manager = startKubeManager()) {
      KubernetesObject pod = createPod("default", "web-2", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().size() == 1
          && manager.awaitIdle(Duration.ofSeconds(1)));
      String child = subInterfaces().get(0).uuid().orElseThrow();
      String parent = parentVmis.get(NODES.get("node-a"));
      assertThat(refs(parent)).isEmpty();
      vnc.resources(VirtualMachineInterface.class).ensureRef(parent, "virtual-machine-interface", child);

      deletePod("default", "web-2");
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().isEmpty());

      assertThat(refs(parent)).isEmpty();
      assertThat(podVms()).noneMatch(vm -> vm.uuid().equals(pod.uid()));
      assertThat(manager.metrics().eventErrors()).isZero();
    }
  }

  private java.util.List<String> refs(String vmi) {
    return vnc.resources(VirtualMachineInterface.class).read(vmi).virtualMachineInterfaceRefs().stream()
        .map(r -> r.uuid().orElseThrow()).toList();
  }
}
