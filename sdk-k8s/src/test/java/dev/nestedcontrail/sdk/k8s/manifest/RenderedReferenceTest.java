package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our ConfigMaps, read the way the upstream containers read their environment (empty means unset,
 * then the image default applies), lead to the files those containers wrote for the reference;
 * {@link NestedManifest#cniNetworkConfig} is the 10-contrail.conf cni-init wrote.
 */
class RenderedReferenceTest {

  static List<Path> envFiles() {
    return ReferenceData.envFiles();
  }

  /** The environment a container gets through envFrom: env, then kube-manager-config. */
  private static Map<String, String> environment(Path envFile) {
    List<KubernetesObject> objects = ReferenceData.render(envFile);
    Map<String, String> environment = new HashMap<>();
    for (KubernetesObject configMap : objects.subList(0, 2)) {
      ((Map<?, ?>) configMap.at("data").orElseThrow()).forEach((k, v) -> {
        if (!((String) v).isEmpty()) {
          environment.put((String) k, (String) v);
        }
      });
    }
    return environment;
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void kubeManagerConf_followsFromOurConfigMaps(Path envFile) {
    Map<String, String> env = environment(envFile);

    Map<String, String> conf = RenderedReference.forEnv(envFile).kubeManagerConf();

    assertThat(conf).containsEntry("orchestrator", env.get("CLOUD_ORCHESTRATOR"))
        .containsEntry("log_level", env.get("LOG_LEVEL"))
        .containsEntry("nested_mode", env.getOrDefault("KUBEMANAGER_NESTED_MODE", "0"))
        .containsEntry("kubernetes_api_server", env.get("KUBERNETES_API_SERVER"))
        .containsEntry("kubernetes_api_secure_port", env.get("KUBERNETES_API_SECURE_PORT"))
        .containsEntry("cluster_name", env.getOrDefault("KUBERNETES_CLUSTER_NAME", "k8s"))
        .containsEntry("cluster_network", env.getOrDefault("KUBERNETES_CLUSTER_NETWORK", "{}"))
        .containsEntry("pod_subnets", env.getOrDefault("KUBERNETES_POD_SUBNETS", "10.32.0.0/12"))
        .containsEntry("ip_fabric_subnets",
            env.getOrDefault("KUBERNETES_IP_FABRIC_SUBNETS", "10.64.0.0/12"))
        .containsEntry("service_subnets",
            env.getOrDefault("KUBERNETES_SERVICE_SUBNETS", "10.96.0.0/12"))
        .containsEntry("ip_fabric_forwarding",
            env.getOrDefault("KUBERNETES_IP_FABRIC_FORWARDING", "false"))
        .containsEntry("ip_fabric_snat", env.getOrDefault("KUBERNETES_IP_FABRIC_SNAT", "false"))
        .containsEntry("public_fip_pool", env.getOrDefault("KUBERNETES_PUBLIC_FIP_POOL", "{}"))
        .containsEntry("vnc_endpoint_ip", env.get("CONFIG_NODES"))
        .containsEntry("rabbit_server", env.get("RABBITMQ_NODES"))
        .containsEntry("rabbit_port", env.get("RABBITMQ_NODE_PORT"))
        .containsEntry("zk_server_ip", env.get("ZOOKEEPER_SERVERS"));
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void cniNetworkConfig_forTheReferenceParentInterface_isTheFileCniInitWrote(Path envFile) {
    String written = RenderedReference.forEnv(envFile).cniConfText();
    CniNetworkConfig reference = CniNetworkConfig.parse(written);

    CniNetworkConfig ours =
        NestedManifest.cniNetworkConfig(ReferenceData.spec(envFile), reference.parentInterface());

    assertThat(ours).isEqualTo(reference);
    assertThat(ours.toJson()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("envFiles")
  void cniNetworkConfig_otherParentInterface_changesOnlyThatKey(Path envFile) {
    CniNetworkConfig reference =
        CniNetworkConfig.parse(RenderedReference.forEnv(envFile).cniConfText());

    CniNetworkConfig ours = NestedManifest.cniNetworkConfig(ReferenceData.spec(envFile), "ens3");

    assertThat(ours.parentInterface()).isEqualTo("ens3");
    assertThat(ours).isEqualTo(CniNetworkConfig.builder().from(reference)
        .parentInterface("ens3").build());
  }
}
