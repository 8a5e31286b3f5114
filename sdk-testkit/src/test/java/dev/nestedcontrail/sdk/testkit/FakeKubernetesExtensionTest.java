package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeServersExtension.class)
class FakeKubernetesExtensionTest {
  @Fake FakeKubernetesApi api;
  @Fake(FakeKubernetesApi.class) String url;

  @Test
  void extension_injectsTheFakeAndItsUrl_andLeasesWorkForLeaderElection() {
    assertThat(url).isEqualTo(api.baseUrl());
    try (KubeHttp http = new KubeHttp(api)) {
      String leases = "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases";
      Map<String, Object> lease = Map.of("apiVersion", "coordination.k8s.io/v1", "kind", "Lease",
          "metadata", Map.of("name", "kube-manager"), "spec", Map.of("holderIdentity", "a", "leaseDurationSeconds", 15));
      KubeHttp.Reply created = http.post(leases, lease);
      assertThat(created.status()).isEqualTo(201);
      Map<String, Object> takeover = Map.of("apiVersion", "coordination.k8s.io/v1", "kind", "Lease",
          "metadata", Map.of("name", "kube-manager", "resourceVersion", created.string("metadata", "resourceVersion")),
          "spec", Map.of("holderIdentity", "b"));
      assertThat(http.put(leases + "/kube-manager", takeover).status()).isEqualTo(200);
      assertThat(http.put(leases + "/kube-manager", takeover).status()).as("a second writer with the same version loses")
          .isEqualTo(409);
    }
  }
}
