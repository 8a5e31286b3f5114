package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a pod spec fits a node: {@code nodeSelector}, required node affinity terms
 * ({@code matchExpressions} with In, NotIn, Exists, DoesNotExist, Gt, Lt; {@code matchFields} on
 * {@code metadata.name}) and NoSchedule/NoExecute taints against the tolerations. DaemonSet pods
 * also tolerate the {@code node.kubernetes.io/*} condition taints, as the DaemonSet controller adds
 * those tolerations.
 */
public final class NodeMatcher {
  private NodeMatcher() {}

  public static boolean fits(Map<String, Object> podSpec, Map<String, Object> node, boolean daemon) {
    Map<String, String> labels = Trees.strings(node, "metadata", "labels");
    for (Map.Entry<String, String> e : Trees.strings(podSpec, "nodeSelector").entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    List<Map<String, Object>> terms = Trees.maps(podSpec, "affinity", "nodeAffinity",
        "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
    Map<String, String> fields = Map.of("metadata.name", KubeStore.nameOf(node));
    if (!terms.isEmpty() && terms.stream().noneMatch(t -> allMatch(t, "matchExpressions", labels)
        && allMatch(t, "matchFields", fields))) {
      return false;
    }
    List<Map<String, Object>> tolerations = Trees.maps(podSpec, "tolerations");
    for (Map<String, Object> taint : Trees.maps(node, "spec", "taints")) {
      String effect = Trees.string(taint, "effect").orElse("");
      String key = Trees.string(taint, "key").orElse("");
      boolean blocks = effect.equals("NoSchedule") || effect.equals("NoExecute");
      boolean daemonTolerated = daemon && key.startsWith("node.kubernetes.io/");
      if (blocks && !daemonTolerated && tolerations.stream().noneMatch(t -> tolerates(t, taint))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the node's {@code Ready} condition is {@code True}. */
  public static boolean ready(Map<String, Object> node) {
    return Trees.maps(node, "status", "conditions").stream().anyMatch(c -> "Ready".equals(c.get("type"))
        && "True".equals(c.get("status")));
  }

  /** The node's {@code InternalIP} address. */
  public static Optional<String> internalIp(Map<String, Object> node) {
    return Trees.maps(node, "status", "addresses").stream().filter(a -> "InternalIP".equals(a.get("type")))
        .map(a -> String.valueOf(a.get("address"))).findFirst();
  }

  private static boolean allMatch(Map<String, Object> term, String field, Map<String, String> values) {
    return Trees.maps(term, field).stream().allMatch(r -> matches(r, values));
  }

  private static boolean matches(Map<String, Object> requirement, Map<String, String> labels) {
    String key = Trees.string(requirement, "key").orElse("");
    String value = labels.get(key);
    List<String> values = Trees.list(requirement, "values").stream().map(String::valueOf).toList();
    switch (Trees.string(requirement, "operator").orElse("")) {
      case "In":
        return value != null && values.contains(value);
      case "NotIn":
        return value == null || !values.contains(value);
      case "Exists":
        return value != null;
      case "DoesNotExist":
        return value == null;
      case "Gt":
        return value != null && values.size() == 1 && compare(value, values.get(0)) > 0;
      case "Lt":
        return value != null && values.size() == 1 && compare(value, values.get(0)) < 0;
      default:
        return false;
    }
  }

  private static int compare(String a, String b) {
    try {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean tolerates(Map<String, Object> toleration, Map<String, Object> taint) {
    String effect = Trees.string(toleration, "effect").orElse("");
    if (!effect.isEmpty() && !effect.equals(Trees.string(taint, "effect").orElse(""))) {
      return false;
    }
    String key = Trees.string(toleration, "key").orElse("");
    String operator = Trees.string(toleration, "operator").orElse("Equal");
    if (operator.equals("Exists")) {
      return key.isEmpty() || key.equals(Trees.string(taint, "key").orElse(""));
    }
    return key.equals(Trees.string(taint, "key").orElse(""))
        && Trees.string(toleration, "value").orElse("").equals(Trees.string(taint, "value").orElse(""));
  }
}
