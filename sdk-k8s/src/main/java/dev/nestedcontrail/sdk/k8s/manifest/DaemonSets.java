package dev.nestedcontrail.sdk.k8s.manifest;

import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.CNI_AGENT;
import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.CONFIG_NODE_LABEL;
import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.KUBE_MANAGER;
import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.NAMESPACE;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.exists;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.list;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.map;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The two DaemonSets of upstream's nested manifest, with fixes 1 to 3 applied. */
final class DaemonSets {
  private DaemonSets() {}

  /** kube-manager on every node labelled config, the tainted master included. */
  static KubernetesObject kubeManager(NestedClusterSpec spec, ManifestOptions options) {
    Map<String, Object> container = map(
        "name", KUBE_MANAGER,
        "image", image(spec, NestedManifestNames.KUBE_MANAGER_IMAGE,
            options.kubeManagerImageDigest()),
        "imagePullPolicy", "",
        "envFrom", list(configMapRef(NestedManifestNames.ENV_CONFIG_MAP),
            configMapRef(NestedManifestNames.KUBE_MANAGER_CONFIG_MAP)),
        "volumeMounts", list(
            map("mountPath", "/var/log/contrail", "name", "kube-manager-logs"),
            map("mountPath", NestedManifestNames.TOKEN_MOUNT_PATH, "name", "pod-secret")));
    options.kubeManagerResources().ifPresent(r -> container.put("resources", r.toMap()));
    Map<String, Object> podSpec = map(
        "affinity", affinity(map("key", CONFIG_NODE_LABEL, "operator", "Exists")),
        "tolerations", list(exists("node-role.kubernetes.io/master"),
            exists("node.kubernetes.io/not-ready")),
        "automountServiceAccountToken", false,
        "hostNetwork", true,
        "containers", list(container));
    pullSecrets(spec, podSpec);
    podSpec.put("volumes", list(
        map("name", "kube-manager-logs",
            "hostPath", map("path", "/var/log/contrail/kube-manager")),
        map("name", "pod-secret",
            "secret", map("secretName", NestedManifestNames.TOKEN_SECRET))));
    return daemonSet(KUBE_MANAGER, KUBE_MANAGER, podSpec);
  }

  /** The CNI installer on every node not labelled config=true. */
  static KubernetesObject cniAgent(NestedClusterSpec spec, ManifestOptions options) {
    Map<String, Object> container = map(
        "name", NestedManifestNames.CNI_INIT_CONTAINER,
        "image", image(spec, NestedManifestNames.CNI_INIT_IMAGE, options.cniInitImageDigest()),
        "imagePullPolicy", "",
        "securityContext", map("privileged", true),
        "envFrom", list(configMapRef(NestedManifestNames.ENV_CONFIG_MAP)),
        "volumeMounts", list(
            map("mountPath", "/host/etc_cni", "name", "etc-cni"),
            map("mountPath", "/host/opt_cni_bin", "name", "opt-cni-bin"),
            map("mountPath", "/var/lib/contrail", "name", "var-lib-contrail")));
    options.cniInitResources().ifPresent(r -> container.put("resources", r.toMap()));
    Map<String, Object> podSpec = map(
        "affinity", affinity(map("key", CONFIG_NODE_LABEL, "operator", "NotIn",
            "values", list("true"))),
        "automountServiceAccountToken", false,
        "tolerations", list(exists("node.kubernetes.io/not-ready")),
        "hostNetwork", true,
        "containers", list(container));
    pullSecrets(spec, podSpec);
    podSpec.put("volumes", list(
        map("name", "etc-cni", "hostPath", map("path", "/etc/cni")),
        map("name", "opt-cni-bin", "hostPath", map("path", "/opt/cni/bin")),
        map("name", "var-lib-contrail", "hostPath", map("path", "/var/lib/contrail"))));
    return daemonSet(CNI_AGENT, NestedManifestNames.CNI_POD_APP_LABEL, podSpec);
  }

  private static KubernetesObject daemonSet(String name, String podApp,
      Map<String, Object> podSpec) {
    Map<String, Object> podLabels = map("app", podApp);
    return KubernetesObject.of(map(
        "apiVersion", "apps/v1", "kind", "DaemonSet",
        "metadata", map("name", name, "namespace", NAMESPACE, "labels", map("app", name)),
        "spec", map(
            "selector", map("matchLabels", podLabels),
            "template", map("metadata", map("labels", podLabels), "spec", podSpec))));
  }

  private static String image(NestedClusterSpec spec, String repository, Optional<String> digest) {
    return spec.contrailRegistry() + "/" + repository + ":" + spec.contrailContainerTag()
        + digest.map(d -> "@" + d).orElse("");
  }

  private static void pullSecrets(NestedClusterSpec spec, Map<String, Object> podSpec) {
    spec.pullSecretName().ifPresent(name ->
        podSpec.put("imagePullSecrets", list(map("name", name))));
  }

  private static Map<String, Object> configMapRef(String name) {
    return map("configMapRef", map("name", name));
  }

  private static Map<String, Object> affinity(Map<String, Object> expression) {
    return map("nodeAffinity", map("requiredDuringSchedulingIgnoredDuringExecution",
        map("nodeSelectorTerms", list(map("matchExpressions", list(expression))))));
  }
}
