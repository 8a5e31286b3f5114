package dev.nestedcontrail.sdk.k8s.internal;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.List;
import java.util.Map;

/** The Kubernetes checks of the preflight: the API server answers and nodes are present and Ready. */
public final class KubernetesPreflight {
  static final String REACHABLE = "Kubernetes API reachable";
  static final String NODES = "Kubernetes nodes present";

  private KubernetesPreflight() {}

  public static List<PreflightFinding> check(KubernetesClient client) {
    List<KubernetesObject> nodes;
    try {
      nodes = client.resources("v1", "Node").list();
    } catch (ContrailException e) {
      return List.of(PreflightFinding.failed(REACHABLE, client.context().server() + ": "
          + e.getMessage()));
    }
    PreflightFinding reachable = PreflightFinding.passed(REACHABLE, client.context().server());
    if (nodes.isEmpty()) {
      return List.of(reachable, PreflightFinding.failed(NODES, "the cluster has no nodes"));
    }
    List<String> notReady = nodes.stream().filter(n -> !ready(n)).map(KubernetesObject::name)
        .toList();
    return List.of(reachable, notReady.isEmpty()
        ? PreflightFinding.passed(NODES, nodes.size() + " nodes, all Ready")
        : PreflightFinding.failed(NODES, "not Ready: " + String.join(", ", notReady)));
  }

  private static boolean ready(KubernetesObject node) {
    Object conditions = node.at("status", "conditions").orElse(List.of());
    return conditions instanceof List && ((List<?>) conditions).stream()
        .anyMatch(c -> c instanceof Map && "Ready".equals(((Map<?, ?>) c).get("type"))
            && "True".equals(((Map<?, ?>) c).get("status")));
  }
}
