package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The resource types the fake serves; immutable. */
public final class KubeResources {
  public static final List<KubeResource> ALL = List.of(
      core("namespaces", "Namespace", false, true, "ns"),
      core("nodes", "Node", false, true, "no"),
      core("pods", "Pod", true, true, "po"),
      core("services", "Service", true, true, "svc"),
      core("endpoints", "Endpoints", true, false, "ep"),
      core("configmaps", "ConfigMap", true, false, "cm"),
      core("secrets", "Secret", true, false),
      core("serviceaccounts", "ServiceAccount", true, false, "sa"),
      core("events", "Event", true, false, "ev"),
      of("apps", "daemonsets", "DaemonSet", true, true, "ds"),
      of("networking.k8s.io", "networkpolicies", "NetworkPolicy", true, false, "netpol"),
      of("rbac.authorization.k8s.io", "clusterroles", "ClusterRole", false, false),
      of("rbac.authorization.k8s.io", "clusterrolebindings", "ClusterRoleBinding", false, false),
      of("rbac.authorization.k8s.io", "roles", "Role", true, false),
      of("rbac.authorization.k8s.io", "rolebindings", "RoleBinding", true, false),
      of("coordination.k8s.io", "leases", "Lease", true, false),
      of("discovery.k8s.io", "endpointslices", "EndpointSlice", true, false));

  private KubeResources() {}

  /** The resource named {@code plural} in group version {@code group}/{@code version}. */
  public static Optional<KubeResource> find(String group, String version, String plural) {
    return ALL.stream().filter(r -> r.group().equals(group) && r.version().equals(version)
        && r.plural().equals(plural)).findFirst();
  }

  /** The resource of {@code kind}. */
  public static Optional<KubeResource> byKind(String kind) {
    return ALL.stream().filter(r -> r.kind().equals(kind)).findFirst();
  }

  public static KubeResource require(String kind) {
    return byKind(kind).orElseThrow(() -> new IllegalArgumentException("kind " + kind + " is not served"));
  }

  /** The API groups other than core, in discovery order. */
  public static Set<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    ALL.stream().map(KubeResource::group).filter(g -> !g.isEmpty()).forEach(groups::add);
    return groups;
  }

  private static KubeResource core(String plural, String kind, boolean namespaced, boolean status,
      String... shortNames) {
    return of("", plural, kind, namespaced, status, shortNames);
  }

  private static KubeResource of(String group, String plural, String kind, boolean namespaced, boolean status,
      String... shortNames) {
    String singular = kind.toLowerCase(java.util.Locale.ROOT);
    return new KubeResource(group, "v1", plural, singular, kind, namespaced, status, List.of(shortNames));
  }
}
