package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class NestedManifestTest {
  private static final String ENV = String.join("\n",
      "CONTRAIL_REGISTRY=hub.example.net/contrail", "CONTRAIL_CONTAINER_TAG=2011.138",
      "KUBERNETES_SECRET_CONTRAIL_REPO=registry-secret",
      "CONTROLLER_NODES=172.16.10.11,172.16.10.12", "AUTH_MODE=keystone",
      "KEYSTONE_AUTH_HOST=172.16.10.10", "KEYSTONE_AUTH_ADMIN_PASSWORD='p@ss: \"w#rd\"'",
      "KEYSTONE_AUTH_ADMIN_PORT=35357", "KUBERNETES_API_SERVER=192.168.100.5",
      "KUBEMANAGER_NESTED_MODE=1", "KUBERNESTES_NESTED_VROUTER_VIP=10.10.10.5",
      "KUBERNETES_CLUSTER_NAME=yes", "KUBERNETES_POD_SUBNETS='10.32.0.0/12 10.48.0.0/12'",
      "KUBERNETES_IP_FABRIC_SNAT=true",
      "KUBERNETES_CLUSTER_NETWORK=\"{'domain': 'default-domain', 'project': 'k8s', 'name': 'vn'}\"");

  private static final ManifestOptions REVEAL = ManifestOptions.builder().revealSecrets(true).build();

  private static NestedClusterSpec spec() {
    return NestedClusterSpec.fromEnv(CommonEnv.parse(ENV));
  }

  /** Renders with the spec's Keystone password allowed in ConfigMap env. */
  private static List<KubernetesObject> render(NestedClusterSpec spec) {
    return NestedManifest.render(spec, REVEAL);
  }

  @Test
  void render_returnsUpstreamsEightObjectsInOrder() {
    assertThat(render(spec())).extracting(KubernetesObject::describe).containsExactly(
        "ConfigMap kube-system/env", "ConfigMap kube-system/kube-manager-config",
        "DaemonSet kube-system/contrail-kube-manager",
        "DaemonSet kube-system/contrail-kubernetes-cni-agent",
        "ClusterRole kube-system/contrail-kube-manager",
        "ServiceAccount kube-system/contrail-kube-manager",
        "ClusterRoleBinding contrail-kube-manager",
        "Secret kube-system/contrail-kube-manager-token");
  }

  @Test
  void render_envConfigMap_hasTheTwentyFiveKeysInUpstreamOrder() {
    Map<?, ?> data = (Map<?, ?>) render(spec()).get(0).at("data").orElseThrow();
    List<String> keys = data.keySet().stream().map(String::valueOf).collect(Collectors.toList());

    assertThat(data).hasSize(25);
    assertThat(keys).startsWith("AUTH_MODE", "KEYSTONE_AUTH_HOST")
        .endsWith("KUBERNETES_PUBLIC_FIP_POOL", "KUBERNESTES_NESTED_VROUTER_VIP");
    assertThat(data.values()).allMatch(String.class::isInstance);
    assertThat(data.get("KUBERNETES_POD_SUBNETS")).isEqualTo("10.32.0.0/12 10.48.0.0/12");
    assertThat(data.get("KUBEMANAGER_NESTED_MODE")).isEqualTo("1");
  }

  @Test
  void toYaml_parsedBack_equalsTheRenderedObjects() {
    List<KubernetesObject> objects = render(spec());

    List<Object> parsed = new ArrayList<>();
    new Load(LoadSettings.builder().build())
        .loadAllFromString(NestedManifest.toYaml(objects)).forEach(parsed::add);

    assertThat(parsed).isEqualTo(
        objects.stream().map(KubernetesObject::content).collect(Collectors.toList()));
  }

  @Test
  void toYaml_configMapValues_areDoubleQuotedStrings() {
    String yaml = NestedManifest.toYaml(render(spec()));

    assertThat(yaml).contains("  KUBERNETES_CLUSTER_NAME: \"yes\"\n",
        "  KEYSTONE_AUTH_ADMIN_PORT: \"35357\"\n", "  CONFIG_API_VIP: \"\"\n",
        "  KUBERNETES_API_SECURE_PORT: \"6443\"\n");
    assertThat(yaml.split("\n")).filteredOn(l -> l.equals("---")).hasSize(8);
  }

  @Test
  void toYaml_stringsAYaml11ReaderWouldRetype_areQuotedOutsideConfigMapsToo() {
    NestedClusterSpec spec = NestedClusterSpec.builder().from(spec()).pullSecretName("0755")
        .contrailContainerTag("1.10").build();

    String yaml = NestedManifest.toYaml(render(spec));

    assertThat(yaml).contains("      - name: \"0755\"\n")
        .contains("contrail-kubernetes-cni-init:1.10\n").contains("      - \"true\"\n");
  }

  @Test
  void toYaml_isByteStable() {
    byte[] first = NestedManifest.toYaml(render(spec()))
        .getBytes(StandardCharsets.UTF_8);
    byte[] second = NestedManifest.toYaml(render(spec()))
        .getBytes(StandardCharsets.UTF_8);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void render_withPullSecret_referencesItInBothDaemonSets() {
    List<KubernetesObject> objects = render(spec());

    for (KubernetesObject daemonSet : objects.subList(2, 4)) {
      assertThat(daemonSet.at("spec", "template", "spec", "imagePullSecrets"))
          .contains(List.of(Map.of("name", "registry-secret")));
    }
  }

  @Test
  void explain_listsOnlyTheFixesThatApplyToTheSpec() {
    assertThat(NestedManifest.explain(spec())).extracting(Object::toString).containsExactly(
        "KUBE_MANAGER_SELECTOR_KEPT: " + UpstreamFix.KUBE_MANAGER_SELECTOR_KEPT.description(),
        "CNI_SELECTOR_MATCHES_POD_LABELS: "
            + UpstreamFix.CNI_SELECTOR_MATCHES_POD_LABELS.description(),
        "CONFIG_MAP_VALUES_ARE_STRINGS: upstream would not give strings for env.CONFIG_API_VIP "
            + "(null), env.KUBERNETES_CLUSTER_NAME (yes), env.KUBERNETES_IP_FABRIC_SUBNETS (null), "
            + "env.KUBERNETES_SERVICE_SUBNETS (null)");
  }

  @Test
  void render_leastPrivilege_replacesTheWildcardRole() {
    ManifestOptions options = ManifestOptions.builder().from(REVEAL).leastPrivilegeRbac(true).build();

    KubernetesObject role = NestedManifest.render(spec(), options).get(4);

    assertThat(role.kind()).isEqualTo("ClusterRole");
    assertThat(role.content().get("rules").toString()).doesNotContain("*")
        .contains("resources=[namespaces, pods, services, endpoints], verbs=[get, list, watch]")
        .contains("resources=[pods, services], verbs=[patch]")
        .contains("resources=[networkpolicies, ingresses], verbs=[get, list, watch]")
        .contains("resources=[ingresses/status], verbs=[patch]");
    assertThat(render(spec()).get(4).content().get("rules").toString())
        .isEqualTo("[{apiGroups=[*], resources=[*], verbs=[*]}]");
  }

  @Test
  void render_resourcesAndDigests_areAddedOnlyWhenAskedFor() {
    String digest = "sha256:" + "ab".repeat(32);
    String cniDigest = "sha256:" + "cd".repeat(32);
    ManifestOptions options = ManifestOptions.builder().from(REVEAL)
        .kubeManagerResources(ContainerResources.builder().cpuRequest("100m")
            .memoryLimit("512Mi").build())
        .cniInitResources(ContainerResources.builder().memoryRequest("64Mi").build())
        .kubeManagerImageDigest(digest).cniInitImageDigest(cniDigest).build();

    List<KubernetesObject> objects = NestedManifest.render(spec(), options);
    Map<?, ?> container = firstContainer(objects.get(2));
    Map<?, ?> cniInit = firstContainer(objects.get(3));

    assertThat(container.get("image")).isEqualTo(
        "hub.example.net/contrail/contrail-kubernetes-kube-manager:2011.138@" + digest);
    assertThat(container.get("resources")).isEqualTo(
        Map.of("requests", Map.of("cpu", "100m"), "limits", Map.of("memory", "512Mi")));
    assertThat(cniInit.get("image")).isEqualTo(
        "hub.example.net/contrail/contrail-kubernetes-cni-init:2011.138@" + cniDigest);
    assertThat(cniInit.get("resources")).isEqualTo(
        Map.of("requests", Map.of("memory", "64Mi")));
    assertThat(NestedManifest.toYaml(render(spec()))).doesNotContain("requests")
        .doesNotContain("@sha256");
  }

  private static Map<?, ?> firstContainer(KubernetesObject daemonSet) {
    return (Map<?, ?>) ((List<?>) daemonSet.at("spec", "template", "spec", "containers")
        .orElseThrow()).get(0);
  }

  @Test
  void render_keystonePasswordWithoutRevealSecrets_failsNamingTheFlagButNotThePassword() {
    assertThatThrownBy(() -> NestedManifest.render(spec()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("keystoneAdminPassword").hasMessageContaining("revealSecrets(true)")
        .hasMessageContaining("--reveal-secrets").hasMessageNotContaining("w#rd");
  }

  @Test
  void render_keystonePasswordWithRevealSecrets_putsItInConfigMapEnv() {
    Map<?, ?> data = (Map<?, ?>) render(spec()).get(0).at("data").orElseThrow();

    assertThat(data.get("KEYSTONE_AUTH_ADMIN_PASSWORD")).isEqualTo("p@ss: \"w#rd\"");
  }

  @Test
  void render_withoutKeystonePassword_needsNoOptIn() {
    NestedClusterSpec noauth = NestedClusterSpec.builder().from(spec())
        .keystoneAdminPassword(Optional.empty()).build();

    Map<?, ?> data = (Map<?, ?>) NestedManifest.render(noauth).get(0).at("data").orElseThrow();

    assertThat(data.get("KEYSTONE_AUTH_ADMIN_PASSWORD")).isEqualTo("");
  }

  @Test
  void manifestOptions_badDigestAndQuantity_areRejected() {
    assertThatThrownBy(() -> ManifestOptions.builder().cniInitImageDigest("latest").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("cniInitImageDigest");
    assertThatThrownBy(() -> ContainerResources.builder().cpuLimit("lots").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("cpuLimit: 'lots'");
  }
}
