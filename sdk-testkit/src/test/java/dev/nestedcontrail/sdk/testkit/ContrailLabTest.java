package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.client.Kubeconfig;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeServersExtension.class)
class ContrailLabTest {
  private static final String MASTER_VM = "b0000001-0000-4000-8000-000000000001";
  private static final String MASTER_VMI = "b0000002-0000-4000-8000-000000000001";
  private static final TestHttp http = new TestHttp();

  @Fake
  ContrailLab lab;

  @AfterAll
  static void closeHttp() {
    http.close();
  }

  @Test
  void start_preloadsTheUnderlayIntoTheConfigApi() {
    FakeConfigApi config = lab.configApi();

    assertThat(config.count("virtual-machine")).isEqualTo(3);
    assertThat(config.count("virtual-machine-interface")).isEqualTo(3);
    assertThat(config.count("instance-ip")).isEqualTo(3);
    assertThat(config.count("virtual-router")).isEqualTo(3);
    TestHttp.Answer network = http.post(lab.baseUrl() + "/fqname-to-id",
        "{\"type\":\"virtual-network\",\"fq_name\":[\"default-domain\",\"admin\",\"k8s-vm-net\"]}");
    assertThat(network.status()).isEqualTo(200);
    assertThat(http.post(lab.baseUrl() + "/fqname-to-id", "{\"type\":\"virtual-network\","
        + "\"fq_name\":[\"default-domain\",\"default-project\",\"__link_local__\"]}").status())
        .isEqualTo(200);
  }

  @Test
  void kubernetes_hasTheThreeVmsAsNodes_withTheirInstanceIps() {
    assertThat(lab.kubernetes().objects("Node")).extracting(KubernetesObject::name,
        node -> ((Map<?, ?>) ((List<?>) node.at("status", "addresses").orElseThrow()).get(0))
            .get("address"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("k8s-master", "10.0.0.3"),
            org.assertj.core.groups.Tuple.tuple("k8s-minion-1", "10.0.0.4"),
            org.assertj.core.groups.Tuple.tuple("k8s-minion-2", "10.0.0.5"));
  }

  @Test
  void vrouterAgent_answersVmCfgForTheVmBoundToItsCompute() {
    String compute1 = lab.vrouterAgent("compute-1").orElseThrow().baseUrl();
    String compute2 = lab.vrouterAgent("compute-2").orElseThrow().baseUrl();

    List<?> byUuid = (List<?>) JsonCodec.parse(http.get(compute1 + "/vm-cfg/" + MASTER_VM).body())
        .orElseThrow();
    List<?> byName = (List<?>) JsonCodec.parse(http.get(compute1 + "/vm-cfg/k8s-master").body())
        .orElseThrow();
    TestHttp.Answer elsewhere = http.get(compute2 + "/vm-cfg/" + MASTER_VM);

    assertThat(byUuid).hasSize(1).isEqualTo(byName);
    assertThat(first(byUuid)).containsEntry("id", MASTER_VMI)
        .containsEntry("vm-uuid", MASTER_VM).containsEntry("mac-address", "02:00:00:00:00:01")
        .containsEntry("vn-name", "default-domain:admin:k8s-vm-net")
        .containsEntry("sub-interface", false);
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.body()).contains("\"error\"").contains("Retry");
  }

  @Test
  void vrouterAgent_answersVmWithTheInstanceIpAndSubnet() {
    String compute1 = lab.vrouterAgent("compute-1").orElseThrow().baseUrl();

    List<?> status = (List<?>) JsonCodec.parse(http.get(compute1 + "/vm/" + MASTER_VM + "/"
        + MASTER_VMI).body()).orElseThrow();

    assertThat(first(status)).containsEntry("ip-address", "10.0.0.3")
        .containsEntry("plen", 24L).containsEntry("gateway", "10.0.0.1")
        .containsEntry("dns-server", "10.0.0.2");
  }

  @Test
  void files_describeTheFakeKubernetesAndTheUnderlay() {
    try (KubernetesClient client = KubernetesClient.builder()
        .kubeconfig(Kubeconfig.load(lab.kubeconfig())).build()) {
      assertThat(client.resources("v1", "Node").list()).hasSize(3);
    }
    UnderlayTopology topology = UnderlayTopology.load(lab.topologyFile());
    assertThat(topology).isEqualTo(lab.topology());
    assertThat(topology.nodeNetwork()).contains("default-domain:admin:k8s-vm-net");
    assertThat(lab.describeAsJson()).contains("\"configApi\":\"" + lab.baseUrl() + "\"")
        .contains("\"kubeconfig\":\"" + lab.kubeconfig() + "\"").contains("\"auth\":\"noauth\"");
  }

  @Test
  void snapshot_isEqualUntilSomethingChanges() {
    LabSnapshot before = lab.snapshot();
    assertThat(lab.snapshot()).isEqualTo(before);

    KubernetesObject configMap = KubernetesObject.of(Map.of("apiVersion", "v1", "kind",
        "ConfigMap", "metadata", Map.of("name", "snapshot-probe", "namespace", "default")));
    lab.kubernetes().create(configMap);
    assertThat(lab.snapshot()).isNotEqualTo(before);

    try (KubernetesClient client = lab.kubernetesClient()) {
      client.resources("v1", "ConfigMap").inNamespace("default").delete("snapshot-probe");
    }
    assertThat(lab.snapshot()).isEqualTo(before);
  }

  @Test
  void keystoneAuth_protectsTheConfigApiButNotTheAgents() {
    try (ContrailLab secured = ContrailLab.builder().keystoneAuth(true).start()) {
      assertThat(http.get(secured.baseUrl() + "/virtual-networks").status()).isEqualTo(401);
      assertThat(secured.configApi().count("virtual-machine")).isEqualTo(3);
      String agent = secured.vrouterAgent("compute-2").orElseThrow().baseUrl();
      assertThat(http.get(agent + "/vm-cfg/k8s-minion-1").body())
          .contains("\"mac-address\":\"02:00:00:00:00:02\"");
      assertThat(secured.describeAsJson()).contains("\"auth\":\"keystone\"");
    }
  }

  @Test
  void close_stopsTheServersAndDeletesTheFiles() {
    ContrailLab own = ContrailLab.start();
    Path kubeconfig = own.kubeconfig();
    String config = own.baseUrl();

    own.close();
    own.close();

    assertThat(Files.exists(kubeconfig)).isFalse();
    assertThat(Files.exists(kubeconfig.getParent())).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.get(config + "/"))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(List<?> entries) {
    return (Map<String, Object>) entries.get(0);
  }
}
