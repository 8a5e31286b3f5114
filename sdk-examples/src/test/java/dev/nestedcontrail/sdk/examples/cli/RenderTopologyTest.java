package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class RenderTopologyTest {
  /** The seed's Option 2 example, with the vrouters at .30/.40/.50. */
  private static final String OPTION2 = String.join("\n",
      "connectivity: link-local-only", "serviceIpPool: 10.10.10.0/24",
      "config:    [192.168.1.100]", "analytics: [192.168.1.100, 192.168.1.101]",
      "msgQueue:  [192.168.1.100]", "configDb:  [192.168.1.100, 192.168.1.101, 192.168.1.102]",
      "keystone:  [192.168.1.200]", "vrouters:  [192.168.1.30, 192.168.1.40, 192.168.1.50]", "");

  @TempDir
  Path dir;

  private final CapturedCli cli = new CapturedCli();

  private String topology(String text) throws IOException {
    return Files.writeString(dir.resolve("topology.yaml"), text).toString();
  }

  private List<Map<?, ?>> documents() {
    List<Map<?, ?>> result = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(cli.out())
        .forEach(d -> result.add((Map<?, ?>) d));
    return result;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> data(int document) {
    return (Map<String, Object>) documents().get(document).get("data");
  }

  @Test
  void render_topology_derivesTheAddressesFromThePlanAndTheRestFromTheOptions()
      throws IOException {
    int code = cli.run("render", "--topology", topology(OPTION2),
        "--kubernetes-api", "192.168.100.5:6444", "--registry", "hub.juniper.net/contrail",
        "--tag", "1912.32", "--pull-secret", "contrail-registry-secret");

    assertThat(cli.err()).isEmpty();
    assertThat(code).isZero();
    assertThat(documents()).hasSize(8);
    Map<String, Object> env = data(0);
    assertThat(env).contains(
        entry("CONFIG_NODES", "10.10.10.1"),
        entry("CONTROLLER_NODES", "10.10.10.1,10.10.10.2"),
        entry("KEYSTONE_AUTH_HOST", "10.10.10.4"),
        entry("KUBERNESTES_NESTED_VROUTER_VIP", "10.10.10.5"),
        entry("AUTH_MODE", "noauth"),
        entry("CLOUD_ORCHESTRATOR", "kubernetes"),
        entry("CONFIG_API_VIP", "10.10.10.1"),
        entry("KUBERNETES_CLUSTER_NAME", "k8s"),
        entry("KUBERNETES_POD_SUBNETS", "10.32.0.0/12"),
        entry("KUBERNETES_SERVICE_SUBNETS", "10.96.0.0/12"),
        entry("KUBERNETES_IP_FABRIC_SUBNETS", "10.64.0.0/12"));
    assertThat(data(1)).contains(
        entry("KUBERNETES_API_SERVER", "192.168.100.5"),
        entry("KUBERNETES_API_SECURE_PORT", "6444"));
    assertThat(cli.out())
        .contains("image: hub.juniper.net/contrail/contrail-kubernetes-kube-manager:1912.32")
        .contains("- name: contrail-registry-secret");
  }

  @Test
  void render_topologyWithKeystoneOptions_rendersTheCredentialsAndDefaults() throws IOException {
    Path password = Files.writeString(dir.resolve("password"), "s3cret\n");

    int code = cli.run("render", "--topology", topology(OPTION2 + "podSubnet: 10.48.0.0/12\n"),
        "--kubernetes-api", "k8s-master", "--registry", "registry.local:5000/contrail",
        "--cluster-name", "nested-1", "--service-subnet", "10.112.0.0/12",
        "--auth-mode", "keystone", "--keystone-tenant", "admin", "--keystone-user", "admin",
        "--keystone-password-file", password.toString(), "--keystone-url-version", "/v3",
        "--reveal-secrets");

    assertThat(cli.err()).isEmpty();
    assertThat(code).isZero();
    Map<String, Object> env = data(0);
    assertThat(env).contains(
        entry("AUTH_MODE", "keystone"),
        entry("KEYSTONE_AUTH_ADMIN_TENANT", "admin"),
        entry("KEYSTONE_AUTH_ADMIN_USER", "admin"),
        entry("KEYSTONE_AUTH_ADMIN_PASSWORD", "s3cret"),
        entry("KEYSTONE_AUTH_URL_VERSION", "/v3"),
        entry("KUBERNETES_CLUSTER_NAME", "nested-1"),
        entry("KUBERNETES_POD_SUBNETS", "10.48.0.0/12"),
        entry("KUBERNETES_SERVICE_SUBNETS", "10.112.0.0/12"));
    assertThat(data(1)).contains(
        entry("KUBERNETES_API_SERVER", "k8s-master"),
        entry("KUBERNETES_API_SECURE_PORT", "6443"));
    assertThat(cli.out())
        .contains("image: registry.local:5000/contrail/contrail-kubernetes-kube-manager:dev\n")
        .doesNotContain("imagePullSecrets");
  }

  @Test
  void render_topologyWithoutTheValuesUpstreamWouldGuess_namesBothAndExitsWithOne()
      throws IOException {
    int code = cli.run("render", "--topology", topology(OPTION2));

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEqualTo("error: invalid render options: 2 problems\n"
        + "  - --kubernetes-api: required with --topology; upstream would use the IP it detects "
        + "on the machine that renders (HOST_IP), which is never guessed\n"
        + "  - --registry: required with --topology; upstream would use HOST_IP:5000 with the "
        + "IP it detects on the machine that renders, which is never guessed\n");
  }

  @Test
  void render_badOptionValues_areAllReportedAndExitWithOne() throws IOException {
    int code = cli.run("render", "--topology", topology(OPTION2 + "podSubnet: 10.48.0.0/12\n"),
        "--kubernetes-api", "a:b:c", "--registry", "r", "--pod-subnet", "10.32.0.0/12",
        "--service-subnet", "10.96.0.1/12", "--auth-mode", "ldap");

    assertThat(code).isEqualTo(1);
    assertThat(cli.err()).startsWith("error: invalid render options: 4 problems\n")
        .contains("  - --pod-subnet: 10.32.0.0/12 differs from the topology's 10.48.0.0/12; "
            + "give it in one place\n")
        .contains("  - --service-subnet: 10.96.0.1/12 is not an IPv4 network: host bits are set "
            + "(did you mean 10.96.0.0/12?)\n")
        .contains("  - --auth-mode: 'ldap' is not noauth or keystone\n")
        .contains("  - --kubernetes-api: 'a:b:c' is not HOST or HOST:PORT\n");
  }

  @Test
  void render_podSubnetOverlappingThePool_isRejectedByThePlanner() throws IOException {
    int code = cli.run("render", "--topology", topology(OPTION2), "--kubernetes-api", "10.0.1.4",
        "--registry", "r", "--pod-subnet", "10.0.0.0/8");

    assertThat(code).isEqualTo(1);
    assertThat(cli.err()).startsWith("error: invalid underlay topology: ")
        .contains("10.0.0.0/8");
  }

  @Test
  void render_topologyPortTheManifestCannotCarry_exitsWithOne() throws IOException {
    int code = cli.run("render", "--topology", topology(OPTION2 + "ports: { config: 8083 }\n"),
        "--kubernetes-api", "10.0.1.4", "--registry", "r");

    assertThat(code).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("error: invalid nested cluster spec from the "
        + "connectivity plan: ports.config: 8083 cannot be rendered, the nested manifest has no "
        + "variable for it and kube-manager always uses 8082 (CONFIG_API_PORT)\n");
  }

  @Test
  void render_envAndTopologyTogether_areMutuallyExclusiveInEitherOrder() throws IOException {
    String env = Files.writeString(dir.resolve("common.env"), "CONTRAIL_REGISTRY=r\n").toString();

    assertThat(cli.run("render", "--env", env, "--topology", topology(OPTION2))).isEqualTo(1);
    assertThat(cli.run("render", "--topology", topology(OPTION2), "--env", env)).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err().split("\n")).filteredOn(l -> l.startsWith("Error: ")).containsExactly(
        "Error: --env=FILE, --topology=FILE are mutually exclusive (specify only one)",
        "Error: --env=FILE, --topology=FILE are mutually exclusive (specify only one)");
  }

  @Test
  void render_topologyOptionsWithEnv_areRejected() throws IOException {
    String env = Files.writeString(dir.resolve("common.env"), "CONTRAIL_REGISTRY=r\n").toString();

    int code = cli.run("render", "--env", env, "--kubernetes-api", "10.0.1.4", "--tag", "dev");

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEqualTo("error: invalid render options: --kubernetes-api, --tag "
        + "apply only with --topology, not --env\n");
  }
}
