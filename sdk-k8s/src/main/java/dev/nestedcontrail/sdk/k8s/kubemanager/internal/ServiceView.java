package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a Service that kube-manager reads. */
public final class ServiceView {
  private final KubernetesObject service;

  public ServiceView(KubernetesObject service) {
    this.service = service;
  }

  public String namespace() {
    return service.namespace().orElse("default");
  }

  public String name() {
    return service.name();
  }

  public String uid() {
    return service.uid().orElseThrow(() ->
        new IllegalStateException(service.describe() + " has no uid"));
  }

  /** The dispatch key a Service shares with its Endpoints: {@code Service/<ns>/<name>}. */
  public String key() {
    return key(namespace(), name());
  }

  public static String key(String namespace, String name) {
    return "Service/" + namespace + "/" + name;
  }

  /** {@code spec.clusterIP}; empty when unset, empty or {@code None} (headless). */
  public Optional<String> clusterIp() {
    return service.at("spec", "clusterIP").filter(String.class::isInstance)
        .map(String.class::cast).filter(ip -> !ip.isEmpty() && !ip.equals("None"));
  }

  /**
   * Why kube-manager makes no loadbalancer for this Service: headless ({@code clusterIP: None},
   * which the Python kube-manager skips) or no cluster IP at all (ExternalName; Python would
   * allocate a VIP nobody uses); empty when it gets one.
   */
  public Optional<String> skipReason() {
    Optional<Object> ip = service.at("spec", "clusterIP");
    if (ip.filter("None"::equals).isPresent()) {
      return Optional.of("headless (clusterIP None)");
    }
    if (clusterIp().isEmpty()) {
      return Optional.of("no clusterIP");
    }
    return Optional.empty();
  }

  /** {@code spec.ports}, in order. */
  public List<ServicePort> ports() {
    return ports(service.at("spec", "ports"), true);
  }

  /** Reads a {@code ports} list of a Service spec or an Endpoints subset. */
  static List<ServicePort> ports(Optional<Object> list, boolean withTargetPort) {
    List<ServicePort> result = new ArrayList<>();
    if (list.isEmpty() || !(list.get() instanceof List)) {
      return result;
    }
    for (Object item : (List<?>) list.get()) {
      if (!(item instanceof Map) || !(((Map<?, ?>) item).get("port") instanceof Number)) {
        continue;
      }
      Map<?, ?> port = (Map<?, ?>) item;
      ServicePort.Builder b = ServicePort.builder()
          .port(((Number) port.get("port")).intValue());
      text(port.get("name")).ifPresent(b::name);
      text(port.get("protocol")).ifPresent(b::protocol);
      Object target = port.get("targetPort");
      if (withTargetPort && target instanceof Number) {
        b.targetPort(String.valueOf(((Number) target).intValue()));
      } else if (withTargetPort) {
        text(target).ifPresent(b::targetPort);
      }
      result.add(b.build());
    }
    return result;
  }

  static Optional<String> text(Object value) {
    return value instanceof String && !((String) value).isEmpty()
        ? Optional.of((String) value) : Optional.empty();
  }
}
