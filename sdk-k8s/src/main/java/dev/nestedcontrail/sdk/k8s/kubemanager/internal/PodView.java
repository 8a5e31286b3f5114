package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.Map;
import java.util.Optional;

/** The fields of a Pod that kube-manager reads. */
public final class PodView {
  private final KubernetesObject pod;

  public PodView(KubernetesObject pod) {
    this.pod = pod;
  }

  public String namespace() {
    return pod.namespace().orElse("default");
  }

  public String name() {
    return pod.name();
  }

  public String uid() {
    return pod.uid().orElseThrow(() -> new IllegalStateException(pod.describe() + " has no uid"));
  }

  public Map<String, String> labels() {
    return pod.labels();
  }

  public Map<String, String> annotations() {
    return pod.annotations();
  }

  public boolean hostNetwork() {
    return pod.at("spec", "hostNetwork").filter(Boolean.TRUE::equals).isPresent();
  }

  public Optional<String> nodeName() {
    return text("spec", "nodeName");
  }

  public Optional<String> hostIp() {
    return text("status", "hostIP");
  }

  /**
   * Why kube-manager does not wire this pod (yet): host network, not scheduled, or no host IP;
   * empty when it is ready to be wired.
   */
  public Optional<String> skipReason() {
    if (hostNetwork()) {
      return Optional.of("hostNetwork");
    }
    if (nodeName().isEmpty()) {
      return Optional.of("no spec.nodeName yet");
    }
    if (hostIp().isEmpty()) {
      return Optional.of("no status.hostIP yet");
    }
    return Optional.empty();
  }

  private Optional<String> text(String... path) {
    return pod.at(path).filter(String.class::isInstance).map(String.class::cast)
        .filter(s -> !s.isEmpty());
  }
}
