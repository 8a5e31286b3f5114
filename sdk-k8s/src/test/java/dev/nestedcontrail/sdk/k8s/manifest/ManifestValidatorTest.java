package dev.nestedcontrail.sdk.k8s.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One test per rule, each breaking one field of an otherwise valid rendered manifest. */
class ManifestValidatorTest {
  private static final NestedClusterSpec SPEC = NestedClusterSpec.builder()
      .contrailRegistry("reg.example/contrail").kubernetesApiServer("10.0.1.4")
      .addControllerNodes(Ipv4Address.of("10.0.0.10")).build();

  /** The rendered manifest with object {@code index} changed by {@code change} (a deep copy). */
  private static List<KubernetesObject> with(int index, Consumer<Map<String, Object>> change) {
    List<KubernetesObject> objects = new ArrayList<>(NestedManifest.render(SPEC));
    Map<String, Object> copy = mutable(objects.get(index).content());
    change.accept(copy);
    objects.set(index, KubernetesObject.of(copy));
    return objects;
  }

  @SuppressWarnings("unchecked")
  private static <T> T mutable(T value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((k, v) -> copy.put(k, mutable(v)));
      return (T) copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) value).forEach(v -> copy.add(mutable(v)));
      return (T) copy;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> map, String... path) {
    Map<String, Object> current = map;
    for (String key : path) {
      current = (Map<String, Object>) current.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstContainer(Map<String, Object> daemonSet) {
    return ((List<Map<String, Object>>) at(daemonSet, "spec", "template", "spec")
        .get("containers")).get(0);
  }

  @Test
  void renderedManifest_isValid() {
    assertThat(ManifestValidator.problems(NestedManifest.render(SPEC))).isEmpty();
  }

  @Test
  void selectorNotMatchingTemplateLabels_isReported() {
    List<KubernetesObject> objects = with(3, ds ->
        at(ds, "spec", "selector", "matchLabels").put("app", "config-zookeeper"));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: spec.selector.matchLabels "
            + "app=config-zookeeper does not match the template labels {app=contrail-agent}");
  }

  @Test
  void missingSelector_isReported() {
    List<KubernetesObject> objects = with(2, ds -> at(ds, "spec").remove("selector"));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kube-manager: spec.selector.matchLabels: missing "
            + "(required by apps/v1)");
  }

  @Test
  void nameNotDns1123_isReported() {
    List<KubernetesObject> objects = with(5, sa -> at(sa, "metadata").put("name", "Kube_Manager"));

    assertThat(ManifestValidator.problems(objects)).singleElement().asString()
        .contains("metadata.name: 'Kube_Manager' is not a DNS-1123 name");
  }

  @Test
  void missingRequiredImage_isReported() {
    List<KubernetesObject> objects = with(2, ds -> firstContainer(ds).remove("image"));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kube-manager: container contrail-kube-manager: "
            + "image missing");
  }

  @Test
  void emptyImagePullSecretName_isReported() {
    List<KubernetesObject> objects = with(3, ds -> at(ds, "spec", "template", "spec")
        .put("imagePullSecrets", List.of(Map.of("name", ""))));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: imagePullSecrets name: "
            + "name missing");
  }

  @Test
  void nonStringConfigMapValue_isReported() {
    List<KubernetesObject> objects = with(1, cm -> at(cm, "data").put("KUBERNETES_API_SECURE_PORT",
        6443));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "ConfigMap kube-system/kube-manager-config: data.KUBERNETES_API_SECURE_PORT: 6443 is "
            + "not a string");
  }

  @Test
  void keyInBothConfigMapsOfOneContainer_isReported() {
    List<KubernetesObject> objects = with(1, cm -> at(cm, "data").put("LOG_LEVEL", "SYS_DEBUG"));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kube-manager: container contrail-kube-manager: "
            + "environment key LOG_LEVEL comes from both ConfigMap env and ConfigMap "
            + "kube-manager-config");
  }

  @Test
  void duplicateObject_isReported() {
    List<KubernetesObject> objects = new ArrayList<>(NestedManifest.render(SPEC));
    objects.add(objects.get(5));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "ServiceAccount kube-system/contrail-kube-manager: defined twice");
  }

  @Test
  void duplicateVolumeAndMountOfUnknownVolume_areReported() {
    List<KubernetesObject> objects = with(3, ds -> {
      List<Object> volumes = new ArrayList<>(
          (List<?>) at(ds, "spec", "template", "spec").get("volumes"));
      volumes.add(Map.of("name", "etc-cni", "hostPath", Map.of("path", "/tmp")));
      at(ds, "spec", "template", "spec").put("volumes", volumes);
      firstContainer(ds).put("volumeMounts", List.of(Map.of("name", "logs", "mountPath", "/l")));
    });

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: volume etc-cni: defined twice",
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: container "
            + "contrail-kubernetes-cni-init: volumeMount logs names no volume of the pod");
  }

  @Test
  void namespaceNotDns1123Label_isReported() {
    List<KubernetesObject> objects = with(5, sa -> at(sa, "metadata").put("namespace", "Kube.System"));

    assertThat(ManifestValidator.problems(objects)).singleElement().asString()
        .contains("metadata.namespace: 'Kube.System'");
  }

  @Test
  void invalidConfigMapKey_isReported() {
    List<KubernetesObject> objects = with(1, cm -> at(cm, "data").put("BAD KEY", "x"));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "ConfigMap kube-system/kube-manager-config: data key 'BAD KEY' is not a valid ConfigMap key");
  }

  @Test
  void duplicateContainerName_isReported() {
    List<KubernetesObject> objects = with(2, ds -> {
      Map<String, Object> pod = at(ds, "spec", "template", "spec");
      List<Object> containers = new ArrayList<>((List<?>) pod.get("containers"));
      containers.add(mutable(containers.get(0)));
      pod.put("containers", containers);
    });

    assertThat(ManifestValidator.problems(objects)).contains(
        "DaemonSet kube-system/contrail-kube-manager: container contrail-kube-manager: "
            + "defined twice");
  }

  @Test
  void mountWithoutPathAndPathMountedTwice_areReported() {
    List<KubernetesObject> objects = with(3, ds -> firstContainer(ds).put("volumeMounts", List.of(
        Map.of("name", "var-lib-contrail", "mountPath", "/m"),
        Map.of("name", "etc-cni", "mountPath", "/m"),
        Map.of("name", "opt-cni-bin"))));

    assertThat(ManifestValidator.problems(objects)).containsExactly(
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: container "
            + "contrail-kubernetes-cni-init: mountPath /m is mounted twice",
        "DaemonSet kube-system/contrail-kubernetes-cni-agent: container "
            + "contrail-kubernetes-cni-init: volumeMount opt-cni-bin has no mountPath");
  }

  @Test
  void validate_severalProblems_throwsOneExceptionListingAll() {
    List<KubernetesObject> objects = with(3, ds -> {
      at(ds, "spec", "selector", "matchLabels").put("app", "config-zookeeper");
      firstContainer(ds).put("name", "CNI");
    });

    assertThatThrownBy(() -> ManifestValidator.validate(objects))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2));
  }
}
