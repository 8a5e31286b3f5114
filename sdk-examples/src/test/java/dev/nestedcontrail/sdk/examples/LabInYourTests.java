package dev.nestedcontrail.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.Fake;
import dev.nestedcontrail.sdk.testkit.FakeServersExtension;
import dev.nestedcontrail.sdk.testkit.LabSnapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How another project tests against the embedded lab: the extension starts one {@link ContrailLab}
 * per test class, injects it, and closes it after the class.
 */
@ExtendWith(FakeServersExtension.class)
class LabInYourTests {
  @Fake
  ContrailLab lab;

  @Test
  void theLabHasAnUnderlayAndAKubernetesClusterWithThreeNodes() {
    // The config API already holds the OpenStack-like underlay...
    assertThat(lab.configApi().count("virtual-machine")).isEqualTo(3);
    // ...and the fake Kubernetes API the VMs as nodes; clients come ready-made.
    try (KubernetesClient kubernetes = lab.kubernetesClient()) {
      assertThat(kubernetes.resources("v1", "Node").list()).hasSize(3);
    }
  }

  @Test
  void snapshotsTellWhetherCodeUnderTestLeftTheLabAsItFoundIt() {
    LabSnapshot before = lab.snapshot();
    // The code under test would run here; this one adds a ConfigMap and removes it again.
    try (KubernetesClient kubernetes = lab.kubernetesClient()) {
      kubernetes.create(KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap",
          "metadata", Map.of("name", "probe", "namespace", "default"))));
      assertThat(lab.snapshot()).isNotEqualTo(before);
      kubernetes.resources("v1", "ConfigMap").inNamespace("default").delete("probe");
    }
    assertThat(lab.snapshot()).isEqualTo(before);
  }
}
