package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an Endpoints object that kube-manager reads, as the Python kube-manager reads
 * them: the ports of the FIRST subset only, and the ready addresses of every subset.
 */
public final class EndpointsView {
  private final KubernetesObject endpoints;

  public EndpointsView(KubernetesObject endpoints) {
    this.endpoints = endpoints;
  }

  public String namespace() {
    return endpoints.namespace().orElse("default");
  }

  public String name() {
    return endpoints.name();
  }

  /** The key of the Service of the same name, whose tasks these events share. */
  public String key() {
    return ServiceView.key(namespace(), name());
  }

  /** The ports of the first subset. */
  public List<ServicePort> ports() {
    return subsets().stream().findFirst()
        .map(s -> ServiceView.ports(Optional.ofNullable(s.get("ports")), false))
        .orElse(List.of());
  }

  /**
   * The {@code addresses} of all subsets: with the pod UID when {@code targetRef} is a Pod,
   * without one when there is no {@code targetRef}; addresses referring to anything else are left
   * out.
   */
  public List<EndpointAddress> addresses() {
    List<EndpointAddress> result = new ArrayList<>();
    for (Map<?, ?> subset : subsets()) {
      Object addresses = subset.get("addresses");
      if (!(addresses instanceof List)) {
        continue;
      }
      for (Object item : (List<?>) addresses) {
        if (!(item instanceof Map)) {
          continue;
        }
        Map<?, ?> address = (Map<?, ?>) item;
        Optional<String> ip = ServiceView.text(address.get("ip"));
        Object ref = address.get("targetRef");
        if (ip.isEmpty()) {
          continue;
        }
        if (!(ref instanceof Map)) {
          result.add(EndpointAddress.of(ip.get(), Optional.empty()));
        } else if ("Pod".equals(((Map<?, ?>) ref).get("kind"))) {
          ServiceView.text(((Map<?, ?>) ref).get("uid"))
              .ifPresent(uid -> result.add(EndpointAddress.of(ip.get(), Optional.of(uid))));
        }
      }
    }
    return result;
  }

  private List<Map<?, ?>> subsets() {
    List<Map<?, ?>> result = new ArrayList<>();
    endpoints.at("subsets").filter(List.class::isInstance).ifPresent(list -> {
      for (Object subset : (List<?>) list) {
        if (subset instanceof Map) {
          result.add((Map<?, ?>) subset);
        }
      }
    });
    return result;
  }
}
