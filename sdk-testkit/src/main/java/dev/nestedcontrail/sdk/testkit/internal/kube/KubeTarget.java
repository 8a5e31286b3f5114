package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.List;
import java.util.Optional;

/**
 * What a resource path names: {@code [namespaces/NS/]RESOURCE[/NAME[/SUBRESOURCE]]} below a group
 * version.
 */
public record KubeTarget(KubeResource resource, Optional<String> namespace, Optional<String> name,
    Optional<String> subresource) {

  /** Parses the segments after {@code /api/v1} or {@code /apis/G/V}; 404 for what the fake does not serve. */
  public static KubeTarget parse(String group, String version, List<String> segments) {
    List<String> s = segments;
    Optional<String> namespace = Optional.empty();
    if (s.size() >= 3 && s.get(0).equals("namespaces") && KubeResources.find(group, version, s.get(2)).isPresent()) {
      namespace = Optional.of(s.get(1));
      s = s.subList(2, s.size());
    }
    Optional<KubeResource> resource = s.isEmpty() ? Optional.empty() : KubeResources.find(group, version, s.get(0));
    if (resource.isEmpty() || s.size() > 3 || (namespace.isPresent() && !resource.get().namespaced())) {
      throw notFound();
    }
    Optional<String> sub = s.size() > 2 ? Optional.of(s.get(2)) : Optional.empty();
    boolean subServed = sub.isEmpty() || (sub.get().equals("status") && resource.get().status())
        || (sub.get().equals("binding") && resource.get().kind().equals("Pod"));
    if (!subServed) {
      throw notFound();
    }
    return new KubeTarget(resource.get(), namespace, s.size() > 1 ? Optional.of(s.get(1)) : Optional.empty(), sub);
  }

  /** The 404 the real server gives for a path it does not know. */
  public static KubeApiException notFound() {
    return new KubeApiException(404, "NotFound", "the server could not find the requested resource",
        java.util.Map.of());
  }

  /** The namespace for the store: the path's for namespaced resources, empty for cluster-scoped ones. */
  public String storeNamespace() {
    return resource.namespaced() ? namespace.orElse("") : "";
  }
}
