package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy discovery documents ({@code /version}, {@code /api}, {@code /apis}, one resource list
 * per group version). Requests for aggregated discovery get these documents as
 * {@code application/json}, which tells clients (kubectl included) to fall back to legacy discovery.
 */
public final class KubeDiscovery {
  private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch",
      "update", "watch");

  private KubeDiscovery() {}

  public static FakeResponse version(FakeRequest request) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("major", "1");
    v.put("minor", "32");
    v.put("gitVersion", "v1.32.0");
    v.put("gitCommit", "fake");
    v.put("gitTreeState", "clean");
    v.put("buildDate", "2026-01-01T00:00:00Z");
    v.put("goVersion", "go1.23.0");
    v.put("compiler", "gc");
    v.put("platform", "linux/amd64");
    return FakeResponse.json(200, v);
  }

  public static FakeResponse coreVersions(FakeRequest request) {
    return FakeResponse.json(200, Map.of("kind", "APIVersions", "versions", List.of("v1"),
        "serverAddressByClientCIDRs", List.of()));
  }

  public static FakeResponse groups(FakeRequest request) {
    List<Object> groups = new ArrayList<>();
    for (String group : KubeResources.groups()) {
      Map<String, Object> version = Map.of("groupVersion", group + "/v1", "version", "v1");
      groups.add(Map.of("name", group, "versions", List.of(version), "preferredVersion", version));
    }
    return FakeResponse.json(200, Map.of("kind", "APIGroupList", "apiVersion", "v1", "groups", groups));
  }

  /** The APIResourceList of {@code group}/{@code version}; 404 for a group version the fake does not serve. */
  public static FakeResponse resources(String group, String version) {
    List<Object> resources = new ArrayList<>();
    for (KubeResource r : KubeResources.ALL) {
      if (!r.group().equals(group) || !r.version().equals(version)) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", r.plural());
      entry.put("singularName", r.singular());
      entry.put("namespaced", r.namespaced());
      entry.put("kind", r.kind());
      entry.put("verbs", VERBS);
      if (!r.shortNames().isEmpty()) {
        entry.put("shortNames", r.shortNames());
      }
      resources.add(entry);
      if (r.status()) {
        resources.add(subresource(r, "status", List.of("get", "patch", "update")));
      }
      if (r.kind().equals("Pod")) {
        resources.add(subresource(r, "binding", List.of("create")));
      }
    }
    if (resources.isEmpty()) {
      return KubeApi.error(KubeTarget.notFound());
    }
    String groupVersion = group.isEmpty() ? version : group + "/" + version;
    return FakeResponse.json(200, Map.of("kind", "APIResourceList", "apiVersion", "v1", "groupVersion", groupVersion,
        "resources", resources));
  }

  private static Map<String, Object> subresource(KubeResource r, String name, List<String> verbs) {
    return Map.of("name", r.plural() + "/" + name, "singularName", "", "namespaced", r.namespaced(),
        "kind", name.equals("binding") ? "Binding" : r.kind(), "verbs", verbs);
  }
}
