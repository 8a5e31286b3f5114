package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** PATCH: JSON patch, JSON merge patch, strategic merge patch (see {@link Merges}) and server-side apply. */
final class KubePatches {
  static final String APPLY = "application/apply-patch+yaml";
  static final String MERGE = "application/merge-patch+json";
  static final String STRATEGIC = "application/strategic-merge-patch+json";
  static final String JSON_PATCH = "application/json-patch+json";

  private KubePatches() {}

  @SuppressWarnings("unchecked")
  static FakeResponse patch(KubeStore store, FakeRequest request, KubeTarget t, String name, String manager) {
    String type = request.header("content-type").map(c -> c.split(";")[0].trim()).orElse("");
    if (type.equals(APPLY)) {
      return apply(store, request, t, name);
    }
    if (!type.equals(MERGE) && !type.equals(STRATEGIC) && !type.equals(JSON_PATCH)) {
      throw new KubeApiException(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
          + "accepted media types include: " + JSON_PATCH + ", " + MERGE + ", " + APPLY + ", " + STRATEGIC, Map.of());
    }
    Object patch = request.json().filter(p -> type.equals(JSON_PATCH) ? p instanceof List : p instanceof Map)
        .orElseThrow(() -> KubeApiException.badRequest("the body of the request was not a JSON "
            + (type.equals(JSON_PATCH) ? "array" : "object")));
    boolean status = t.subresource().isPresent();
    Map<String, Object> result = store.update(t.resource(), t.storeNamespace(), name, current -> {
      Map<String, Object> merged;
      if (patch instanceof List) {
        merged = Trees.copyObject(JsonPatch.apply(current, (List<?>) patch));
      } else {
        KubeApi.checkPrecondition(t, name, Trees.copyObject((Map<String, Object>) patch), current);
        merged = Trees.copyObject((Map<String, Object>) Merges.merge(current, patch, type.equals(STRATEGIC)));
      }
      KubeApi.checkKind(merged, t);
      if (status) {
        current.put("status", merged.getOrDefault("status", Map.of()));
        return current;
      }
      if (t.resource().status()) {
        restoreStatus(current, merged);
      }
      ManagedFields.recordUpdate(Optional.of(current), merged, manager, t.resource().apiVersion(), store.now());
      return merged;
    });
    return FakeResponse.json(200, result);
  }

  private static FakeResponse apply(KubeStore store, FakeRequest request, KubeTarget t, String name) {
    String manager = request.queryParameter("fieldManager").filter(m -> !m.isEmpty()).orElseThrow(() ->
        KubeApiException.badRequest("PATCH /apply requires a non-empty fieldManager query parameter"));
    boolean force = KubeApi.isTrue(request, "force");
    Map<String, Object> applied = parse(request.body());
    KubeApi.checkKind(applied, t);
    if (!KubeStore.nameOf(applied).equals(name)) {
      throw KubeApiException.badRequest("the name of the object (" + KubeStore.nameOf(applied)
          + ") does not match the name on the URL (" + name + ")");
    }
    KubeApi.checkName(t.resource(), name);
    synchronized (store) {
      Optional<Map<String, Object>> live = store.get(t.resource(), t.storeNamespace(), name);
      if (live.isEmpty()) {
        Map<String, Object> created = ManagedFields.apply(Optional.empty(), applied, manager, force, t.resource(),
            store.now());
        KubeApi.initialStatus(t.resource(), created);
        return FakeResponse.json(201, store.create(t.resource(), created));
      }
      return FakeResponse.json(200, store.update(t.resource(), t.storeNamespace(), name, current -> {
        Map<String, Object> merged = ManagedFields.apply(Optional.of(current), applied, manager, force,
            t.resource(), store.now());
        if (t.resource().status()) {
          restoreStatus(current, merged);
        }
        return merged;
      }));
    }
  }

  private static void restoreStatus(Map<String, Object> current, Map<String, Object> merged) {
    merged.remove("status");
    if (current.containsKey("status")) {
      merged.put("status", current.get("status"));
    }
  }

  /** An apply body: JSON (what kubectl sends) or YAML. */
  private static Map<String, Object> parse(String body) {
    Optional<Object> json = body.strip().startsWith("{") ? JsonCodec.parse(body) : Optional.empty();
    Object parsed = json.isPresent() ? json.get() : yaml(body);
    if (!(parsed instanceof Map)) {
      throw KubeApiException.badRequest("the body of the request was not a YAML or JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = Trees.copyObject((Map<String, Object>) parsed);
    return object;
  }

  private static Object yaml(String body) {
    try {
      Object loaded = new Load(LoadSettings.builder().build()).loadFromString(body);
      return loaded == null ? Map.of() : loaded;
    } catch (RuntimeException e) {
      throw KubeApiException.badRequest("error decoding YAML: " + e.getMessage());
    }
  }
}
