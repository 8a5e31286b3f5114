package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.SeedTopologies;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpecFromPlanTest {
  private static final List<String> DERIVED = List.of("CONTROLLER_NODES", "CONFIG_NODES",
      "RABBITMQ_NODES", "RABBITMQ_NODE_PORT", "ZOOKEEPER_SERVERS", "KEYSTONE_AUTH_HOST",
      "KEYSTONE_AUTH_ADMIN_PORT", "KUBEMANAGER_NESTED_MODE", "KUBERNESTES_NESTED_VROUTER_VIP");
  private static final String OPTION2 =
      SeedTopologies.option2Yaml("192.168.1.30", "192.168.1.40", "192.168.1.50");
  private static final String OPTION1 = SeedTopologies.option1().toYaml();

  private static ConnectivityPlan plan(String topology) {
    return LinkLocalPlanner.plan(UnderlayTopology.parse(topology));
  }

  private static List<KubernetesObject> render(ConnectivityPlan plan) {
    return NestedManifest.render(NestedClusterSpec.fromPlan(plan)
        .contrailRegistry("hub.juniper.net/contrail").kubernetesApiServer("192.168.100.5")
        .build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(List<KubernetesObject> objects, int index) {
    return (Map<String, Object>) objects.get(index).at("data").orElseThrow();
  }

  /**
   * The env ConfigMap's plan-derived keys, then every key of the kube-manager-config ConfigMap, as
   * {@code KEY=value} in their rendered order.
   */
  private static List<String> derived(List<KubernetesObject> objects) {
    return Stream.concat(
            data(objects, 0).entrySet().stream().filter(e -> DERIVED.contains(e.getKey())),
            data(objects, 1).entrySet().stream())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toList());
  }

  @Test
  void fromPlan_option2_rendersTheServiceIpsOfTheSeedsTable() {
    List<KubernetesObject> objects = render(plan(OPTION2));

    assertThat(derived(objects)).containsExactly("KEYSTONE_AUTH_HOST=10.10.10.4",
        "KEYSTONE_AUTH_ADMIN_PORT=35357", "CONTROLLER_NODES=10.10.10.1,10.10.10.2",
        "CONFIG_NODES=10.10.10.1", "RABBITMQ_NODES=10.10.10.1", "RABBITMQ_NODE_PORT=5673",
        "ZOOKEEPER_SERVERS=10.10.10.1", "KUBEMANAGER_NESTED_MODE=1",
        "KUBERNESTES_NESTED_VROUTER_VIP=10.10.10.5", "KUBERNETES_API_SERVER=192.168.100.5",
        "KUBERNETES_API_SECURE_PORT=6443", "K8S_TOKEN_FILE=/tmp/serviceaccount/token");
    assertThat(data(objects, 0)).containsEntry("CONFIG_API_VIP", "10.10.10.1");
  }

  @Test
  void fromPlan_option1_rendersTheUnderlayIpsAndTheCniVip() {
    assertThat(derived(render(plan(OPTION1)))).containsExactly("KEYSTONE_AUTH_HOST=192.168.1.200",
        "KEYSTONE_AUTH_ADMIN_PORT=35357", "CONTROLLER_NODES=192.168.1.100,192.168.1.101",
        "CONFIG_NODES=192.168.1.100", "RABBITMQ_NODES=192.168.1.100", "RABBITMQ_NODE_PORT=5673",
        "ZOOKEEPER_SERVERS=192.168.1.100", "KUBEMANAGER_NESTED_MODE=1",
        "KUBERNESTES_NESTED_VROUTER_VIP=10.10.10.5", "KUBERNETES_API_SERVER=192.168.100.5",
        "KUBERNETES_API_SECURE_PORT=6443", "K8S_TOKEN_FILE=/tmp/serviceaccount/token");
  }

  @Test
  void fromPlan_withPortOverrides_carriesTheMessageQueueAndKeystonePorts() {
    String ports = "ports: { msgQueue: 5674, keystone: 5000 }\n";
    Map<String, Object> option2 = data(render(plan(OPTION2 + ports)), 0);
    Map<String, Object> option1 = data(render(plan(OPTION1 + ports)), 0);

    assertThat(option2.get("RABBITMQ_NODE_PORT")).isEqualTo("5674");
    assertThat(option2.get("KEYSTONE_AUTH_ADMIN_PORT")).isEqualTo("5000");
    assertThat(option2.get("KEYSTONE_AUTH_HOST")).isEqualTo("10.10.10.4");
    assertThat(option1.get("RABBITMQ_NODE_PORT")).isEqualTo("5674");
    assertThat(option1.get("KEYSTONE_AUTH_ADMIN_PORT")).isEqualTo("5000");
  }

  @Test
  void fromPlan_withPortsTheTemplateCannotCarry_listsEveryOne() {
    ConnectivityPlan plan = plan(OPTION2
        + "ports: { config: 8083, analytics: 8087, configDb: 9162, vrouter: 9092 }\n");

    assertThatThrownBy(() -> NestedClusterSpec.fromPlan(plan))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).problems()).asList().containsExactly(
            "ports.config: 8083 cannot be rendered, the nested manifest has no variable for it"
                + " and kube-manager always uses 8082 (CONFIG_API_PORT)",
            "ports.analytics: 8087 cannot be rendered, the nested manifest has no variable for it"
                + " and kube-manager always uses 8086 for the collectors",
            "ports.configDb: 9162 cannot be rendered, the nested manifest has no variable for it"
                + " and kube-manager always uses 9161 for Cassandra",
            "ports.vrouter: 9092 cannot be rendered, the nested manifest has no variable for it"
                + " and cni-init always uses 9091 (VROUTER_PORT)");
  }

  @Test
  void fromPlan_withoutTheRolesTheManifestNeeds_namesTheVariables() {
    ConnectivityPlan plan = plan("connectivity: fabric-snat\nserviceIps: [10.10.10.5]\n"
        + "nodeNetwork: default-domain:admin:k8s-vm-net\nvrouters: [192.168.1.30]\n");

    assertThatThrownBy(() -> NestedClusterSpec.fromPlan(plan))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).problems()).asList().containsExactly(
            "config: the topology lists no node, but CONFIG_NODES needs at least one address",
            "analytics: the topology lists no node, but CONTROLLER_NODES needs at least one address",
            "msgQueue: the topology lists no node, but RABBITMQ_NODES needs at least one address");
  }

  @Test
  void fromPlan_configNodeWithoutConfigDb_isRejected() {
    ConnectivityPlan plan = plan(OPTION1.replace(
        "configDb: [192.168.1.100, 192.168.1.101, 192.168.1.102]", "configDb: [192.168.1.101]"));

    assertThatThrownBy(() -> NestedClusterSpec.fromPlan(plan))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid nested cluster spec from the connectivity plan: configDb: "
            + "192.168.1.100 (a config node) is not a config DB endpoint [192.168.1.101], but "
            + "kube-manager reaches Cassandra at the CONFIG_NODES addresses on port 9161");
  }

  @Test
  void fromPlan_takesTheNestedSamplesValuesForWhatThePlanDoesNotDecide() {
    for (String topology : List.of(OPTION1, OPTION2)) {
      Map<String, Object> env = data(render(plan(topology)), 0);

      assertThat(env).containsEntry("CLOUD_ORCHESTRATOR", "kubernetes")
          .containsEntry("KUBERNETES_CLUSTER_NAME", "k8s")
          .containsEntry("KUBERNETES_IP_FABRIC_FORWARDING", "false")
          .containsEntry("KUBERNETES_IP_FABRIC_SNAT", "false")
          .containsEntry("LOG_LEVEL", "SYS_NOTICE").containsEntry("AUTH_MODE", "noauth");
      assertThat(env.get("CONFIG_API_VIP")).isEqualTo(env.get("CONFIG_NODES"));
    }
  }

  @Test
  void fromPlan_cniNetworkConfig_usesThePlansVrouterVipInMacvlanMode() {
    NestedClusterSpec spec = NestedClusterSpec.fromPlan(plan(OPTION1))
        .contrailRegistry("hub.juniper.net/contrail").kubernetesApiServer("k8s-master").build();

    CniNetworkConfig cni = NestedManifest.cniNetworkConfig(spec, "ens3");

    assertThat(cni.vrouterIp()).isEqualTo("10.10.10.5");
    assertThat(cni.vifType()).isEqualTo(VifType.MACVLAN);
    assertThat(cni.parentInterface()).isEqualTo("ens3");
    assertThat(cni.clusterName()).contains("k8s");
  }

  @Test
  void fromPlan_withoutKeystone_leavesTheKeystoneHostUnset() {
    ConnectivityPlan plan = plan(OPTION1.replace("keystone: [192.168.1.200]\n", ""));

    NestedClusterSpec spec = NestedClusterSpec.fromPlan(plan)
        .contrailRegistry("hub.juniper.net/contrail").kubernetesApiServer("k8s-master").build();

    assertThat(spec.keystoneAuthHost()).isEmpty();
    assertThat(spec.keystoneAdminPort()).isEmpty();
  }
}
