package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.k8s.client.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps kinds to resource types by asking the server ({@code GET /api/v1}, {@code /apis},
 * {@code /apis/<group>/<version>}). Each group version is fetched once per client.
 */
public final class Discovery {
  private final ApiHttp http;
  private final Map<String, Map<String, ResourceType>> byGroupVersion = new ConcurrentHashMap<>();
  private final Map<String, ResourceType> byKind = new ConcurrentHashMap<>();

  public Discovery(ApiHttp http) {
    this.http = http;
  }

  public ResourceType resolve(String apiVersion, String kind) {
    return kinds(apiVersion).map(m -> m.get(kind)).orElseThrow(() -> ValidationException.of(
        "resource kind", kind + " (" + apiVersion + ") is not served by " + http.endpoint()));
  }

  /** Finds a kind in the core group, then in each group's preferred version. */
  public ResourceType resolve(String kind) {
    ResourceType known = byKind.get(kind);
    if (known != null) {
      return known;
    }
    ResourceType found = search(kind);
    byKind.put(kind, found);
    return found;
  }

  private ResourceType search(String kind) {
    Optional<ResourceType> core = kinds("v1").map(m -> m.get(kind));
    if (core.isPresent()) {
      return core.get();
    }
    Map<String, Object> groups = JsonTrees.parseObject(
        http.send("GET", http.url("/apis", Map.of()), null, ApiHttp.JSON));
    for (Object group : list(groups.get("groups"))) {
      Object preferred = group instanceof Map ? ((Map<?, ?>) group).get("preferredVersion") : null;
      Object groupVersion = preferred instanceof Map
          ? ((Map<?, ?>) preferred).get("groupVersion") : null;
      if (groupVersion instanceof String) {
        Optional<ResourceType> found = kinds((String) groupVersion).map(m -> m.get(kind));
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw ValidationException.of("resource kind", kind + " is not served by " + http.endpoint());
  }

  private Optional<Map<String, ResourceType>> kinds(String apiVersion) {
    Map<String, ResourceType> cached = byGroupVersion.get(apiVersion);
    if (cached != null) {
      return Optional.of(cached);
    }
    String path = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
    Optional<String> body = http.sendOrEmptyIfNotFound("GET", http.url(path, Map.of()));
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Map<String, ResourceType> kinds = parse(apiVersion, JsonTrees.parseObject(body.get()));
    byGroupVersion.put(apiVersion, kinds);
    return Optional.of(kinds);
  }

  private static Map<String, ResourceType> parse(String apiVersion, Map<String, Object> list) {
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = apiVersion.substring(slash + 1);
    Map<String, ResourceType> kinds = new LinkedHashMap<>();
    for (Object item : list(list.get("resources"))) {
      if (!(item instanceof Map)) {
        continue;
      }
      Map<?, ?> resource = (Map<?, ?>) item;
      Object name = resource.get("name");
      Object kind = resource.get("kind");
      if (name instanceof String && kind instanceof String && !((String) name).contains("/")) {
        kinds.putIfAbsent((String) kind, ResourceType.builder().group(group).version(version)
            .kind((String) kind).plural((String) name)
            .namespaced(Boolean.TRUE.equals(resource.get("namespaced"))).build());
      }
    }
    return Map.copyOf(kinds);
  }

  private static List<?> list(Object value) {
    return value instanceof List ? (List<?>) value : List.of();
  }
}
