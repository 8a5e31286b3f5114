package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodLabelTagsTest extends KubeManagerHarness {
  static final Map<String, Object> ON_NODE_A = Map.of("nodeName", "node-a");

  @Test
  void newPod_getsItsLabelsAndNamespaceAsTags_inTheVmiCreate_withoutExtraWrites() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "first", Map.of("app", "web"), ON_NODE_A);
      await().atMost(Duration.ofSeconds(10)).until(() -> vmiOf("first").isPresent());
      manager.awaitIdle(Duration.ofSeconds(5));

      long before = config.writeCount();
      int requests = config.requests().size();
      createPod("default", "labelled", Map.of("app", "web", "Tier", "front"), ON_NODE_A);
      await().atMost(Duration.ofSeconds(10)).until(() -> vmiOf("labelled").isPresent()
          && manager.awaitIdle(Duration.ofSeconds(1)));
      long labelledWrites = config.writeCount() - before;
      List<RecordedRequest> labelled = config.requests().subList(requests,
          config.requests().size());

      before = config.writeCount();
      createPod("default", "plain", Map.of(), ON_NODE_A);
      await().atMost(Duration.ofSeconds(10)).until(() -> vmiOf("plain").isPresent()
          && manager.awaitIdle(Duration.ofSeconds(1)));
      long plainWrites = config.writeCount() - before;

      assertThat(tagNames(vmiOf("labelled").orElseThrow()))
          .containsExactlyInAnyOrder("app=web", "tier=front", "namespace=default");
      assertThat(tagNames(vmiOf("plain").orElseThrow())).containsExactly("namespace=default");
      assertThat(labelled).noneMatch(r -> r.path().equals("/set-tag"));
      assertThat(labelled).filteredOn(r -> r.path().equals("/tags")).hasSize(1);
      assertThat(labelledWrites).isEqualTo(plainWrites + 1);
    }
  }

  @Test
  void labelChange_setsTheNewTagsAndDropsTheOldOnes_inOneSetTag() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "web", Map.of("app", "web", "tier", "front"), ON_NODE_A);
      await().atMost(Duration.ofSeconds(10)).until(() -> vmiOf("web").isPresent()
          && manager.awaitIdle(Duration.ofSeconds(1)));
      int requests = config.requests().size();

      relabel("default", "web", Map.of("app", "api"));

      await().atMost(Duration.ofSeconds(10)).until(() -> tagNames(vmiOf("web").orElseThrow())
          .contains("app=api"));
      assertThat(tagNames(vmiOf("web").orElseThrow()))
          .containsExactlyInAnyOrder("app=api", "namespace=default");
      assertThat(config.requests().subList(requests, config.requests().size()))
          .filteredOn(r -> r.path().equals("/set-tag")).singleElement()
          .satisfies(r -> assertThat(r.body()).contains("\"tier\":null")
              .contains("\"app\":{\"value\":\"api\""));
    }
  }

  @Test
  void labelsChangedWhileStopped_areAppliedAtRestart() {
    try (KubeManager manager = startKubeManager()) {
      createPod("default", "web", Map.of("app", "web"), ON_NODE_A);
      await().atMost(Duration.ofSeconds(10)).until(() -> vmiOf("web").isPresent()
          && manager.awaitIdle(Duration.ofSeconds(1)));
    }
    relabel("default", "web", Map.of("app", "shop"));
    try (KubeManager restarted = startKubeManager()) {
      assertThat(tagNames(vmiOf("web").orElseThrow()))
          .containsExactlyInAnyOrder("app=shop", "namespace=default");
    }
  }

  Optional<VirtualMachineInterface> vmiOf(String pod) {
    return subInterfaces().stream().filter(v -> v.name().orElse("").startsWith(pod + "__"))
        .findFirst();
  }

  static List<String> tagNames(VirtualMachineInterface vmi) {
    return PolicyProvisioningTest.tagNames(vmi);
  }
}
