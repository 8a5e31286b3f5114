package dev.nestedcontrail.sdk.k8s.manifest;

import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.KUBE_MANAGER;
import static dev.nestedcontrail.sdk.k8s.manifest.NestedManifestNames.NAMESPACE;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.list;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.map;
import static dev.nestedcontrail.sdk.k8s.manifest.Tree.metadata;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ConfigMaps, RBAC objects and token Secret of upstream's nested manifest. */
final class ManifestObjects {
  private static final String RBAC = "rbac.authorization.k8s.io/v1";

  private ManifestObjects() {}

  /** Both ConfigMaps, env first; every value is a string. */
  static List<KubernetesObject> configMaps(NestedClusterSpec spec) {
    Map<String, Map<String, Object>> data = new LinkedHashMap<>();
    for (ConfigMapKey key : ConfigMapKey.values()) {
      data.computeIfAbsent(key.configMap(), name -> new LinkedHashMap<>())
          .put(key.name(), key.value(spec));
    }
    return data.entrySet().stream().map(e -> KubernetesObject.of(map(
        "apiVersion", "v1", "kind", "ConfigMap",
        "metadata", metadata(e.getKey(), NAMESPACE),
        "data", e.getValue()))).collect(java.util.stream.Collectors.toList());
  }

  /** ClusterRole, ServiceAccount, ClusterRoleBinding and token Secret, in upstream's order. */
  static List<KubernetesObject> rbacAndToken(ManifestOptions options) {
    List<Object> rules = options.leastPrivilegeRbac() ? leastPrivilegeRules()
        : list(map("apiGroups", list("*"), "resources", list("*"), "verbs", list("*")));
    return List.of(
        KubernetesObject.of(map("kind", "ClusterRole", "apiVersion", RBAC,
            "metadata", metadata(KUBE_MANAGER, NAMESPACE), "rules", rules)),
        KubernetesObject.of(map("apiVersion", "v1", "kind", "ServiceAccount",
            "metadata", metadata(KUBE_MANAGER, NAMESPACE))),
        KubernetesObject.of(map("apiVersion", RBAC, "kind", "ClusterRoleBinding",
            "metadata", map("name", KUBE_MANAGER),
            "roleRef", map("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole",
                "name", KUBE_MANAGER),
            "subjects", list(map("kind", "ServiceAccount", "name", KUBE_MANAGER,
                "namespace", NAMESPACE)))),
        KubernetesObject.of(map("apiVersion", "v1", "kind", "Secret",
            "metadata", map("name", NestedManifestNames.TOKEN_SECRET, "namespace", NAMESPACE,
                "annotations", map("kubernetes.io/service-account.name", KUBE_MANAGER)),
            "type", "kubernetes.io/service-account-token")));
  }

  /**
   * What kube-manager reads and writes (contrail-internals §2.2): it lists and watches namespaces,
   * pods, services and endpoints, network policies and ingresses (extensions/v1beta1 in R5.0,
   * networking.k8s.io later) and network attachment definitions (R2008); it patches services'
   * externalIPs, pod annotations and ingress status; R2008 discovers versions from /openapi/v2.
   */
  private static List<Object> leastPrivilegeRules() {
    List<Object> read = list("get", "list", "watch");
    return list(
        map("apiGroups", list(""), "resources",
            list("namespaces", "pods", "services", "endpoints"), "verbs", read),
        map("apiGroups", list(""), "resources", list("pods", "services"), "verbs", list("patch")),
        map("apiGroups", list("extensions", "networking.k8s.io"),
            "resources", list("networkpolicies", "ingresses"), "verbs", read),
        map("apiGroups", list("extensions", "networking.k8s.io"),
            "resources", list("ingresses/status"), "verbs", list("patch")),
        map("apiGroups", list("k8s.cni.cncf.io"),
            "resources", list("network-attachment-definitions"), "verbs", read),
        map("nonResourceURLs", list("/openapi/v2"), "verbs", list("get")));
  }
}
