package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.Map;

/**
 * The few defaults the real API server fills that clients rely on: a DaemonSet's update strategy
 * (RollingUpdate, which {@code kubectl rollout status} requires) and revision history limit, and a
 * pod spec's restart policy, DNS policy and scheduler name. Fields already set are kept.
 */
final class Defaults {
  private Defaults() {}

  static void apply(KubeResource resource, Map<String, Object> object) {
    switch (resource.kind()) {
      case "DaemonSet":
        Map<String, Object> spec = Trees.child(object, "spec");
        Map<String, Object> strategy = Trees.child(spec, "updateStrategy");
        strategy.putIfAbsent("type", "RollingUpdate");
        if ("RollingUpdate".equals(strategy.get("type"))) {
          Map<String, Object> rolling = Trees.child(strategy, "rollingUpdate");
          rolling.putIfAbsent("maxUnavailable", 1L);
          rolling.putIfAbsent("maxSurge", 0L);
        }
        spec.putIfAbsent("revisionHistoryLimit", 10L);
        podSpec(Trees.child(Trees.child(spec, "template"), "spec"));
        break;
      case "Pod":
        podSpec(Trees.child(object, "spec"));
        break;
      default:
        break;
    }
  }

  private static void podSpec(Map<String, Object> spec) {
    spec.putIfAbsent("restartPolicy", "Always");
    spec.putIfAbsent("dnsPolicy", "ClusterFirst");
    spec.putIfAbsent("schedulerName", "default-scheduler");
  }
}
