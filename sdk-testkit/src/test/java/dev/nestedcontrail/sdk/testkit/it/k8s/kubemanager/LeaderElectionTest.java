package dev.nestedcontrail.sdk.testkit.it.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaderElectionTest extends KubeManagerHarness {

  @Test
  void twoReplicas_onlyTheLeaderWorksAndTheOtherTakesOverAfterClose() {
    KubeManagerConfig config = KubeManagerConfig.builder().from(kubeManagerConfig()).replicas(2)
        .leaseDuration(Duration.ofSeconds(1)).build();
    KubeManager first = startKubeManager(config, "first");
    try (KubeManager second = startKubeManager(config, "second")) {
      assertThat(first.health().state()).isEqualTo(KubeManagerState.RUNNING);
      assertThat(second.health().state()).isEqualTo(KubeManagerState.STANDBY);
      assertThat(holder()).isEqualTo("first");

      createPod("default", "one", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().size() == 1);
      assertThat(second.metrics().restCalls()).isZero();

      first.close();
      await().atMost(Duration.ofSeconds(10))
          .until(() -> second.health().state() == KubeManagerState.RUNNING);
      assertThat(holder()).isEqualTo("second");
      createPod("default", "two", Map.of(), Map.of("nodeName", "node-a"));
      await().atMost(Duration.ofSeconds(10)).until(() -> subInterfaces().size() == 2);
      assertThat(second.metrics().eventErrors()).isZero();
    } finally {
      first.close();
    }
  }

  private String holder() {
    KubernetesObject lease = k8s.resources("coordination.k8s.io/v1", "Lease")
        .inNamespace("kube-system").get("blue-kube-manager").orElseThrow();
    return (String) lease.at("spec", "holderIdentity").orElseThrow();
  }
}
