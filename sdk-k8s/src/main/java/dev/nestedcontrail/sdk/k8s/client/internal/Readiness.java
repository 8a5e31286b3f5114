package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rollout and readiness conditions: each says what is still missing, or empty when met. */
public final class Readiness {
  private Readiness() {}

  /**
   * A DaemonSet is rolled out when {@code status.observedGeneration >= metadata.generation},
   * {@code numberReady == desiredNumberScheduled} and, when reported,
   * {@code updatedNumberScheduled == desiredNumberScheduled}.
   */
  public static Optional<String> daemonSetPending(KubernetesObject daemonSet) {
    if (daemonSet.at("status").isEmpty()) {
      return Optional.of("no status reported yet");
    }
    List<String> missing = new ArrayList<>();
    long desired = number(daemonSet, "status", "desiredNumberScheduled").orElse(0L);
    long ready = number(daemonSet, "status", "numberReady").orElse(0L);
    if (ready != desired) {
      missing.add(ready + " of " + desired + " ready");
    }
    Optional<Long> updated = number(daemonSet, "status", "updatedNumberScheduled");
    if (updated.isPresent() && updated.get() != desired) {
      missing.add(updated.get() + " of " + desired + " updated");
    }
    long generation = number(daemonSet, "metadata", "generation").orElse(0L);
    long observed = number(daemonSet, "status", "observedGeneration").orElse(0L);
    if (observed < generation) {
      missing.add("observedGeneration " + observed + " < generation " + generation);
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
  }

  /** A Pod is ready when its {@code Ready} condition is {@code True}. */
  public static Optional<String> podPending(KubernetesObject pod) {
    String phase = pod.at("status", "phase").map(String::valueOf).orElse("unknown");
    Object conditions = pod.at("status", "conditions").orElse(List.of());
    if (conditions instanceof List) {
      for (Object condition : (List<?>) conditions) {
        if (condition instanceof Map && "Ready".equals(((Map<?, ?>) condition).get("type"))) {
          Object status = ((Map<?, ?>) condition).get("status");
          if ("True".equals(status)) {
            return Optional.empty();
          }
          return Optional.of("condition Ready is " + status + " (phase " + phase + ")");
        }
      }
    }
    return Optional.of("no Ready condition yet (phase " + phase + ")");
  }

  private static Optional<Long> number(KubernetesObject object, String... path) {
    return object.at(path).filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
  }
}
