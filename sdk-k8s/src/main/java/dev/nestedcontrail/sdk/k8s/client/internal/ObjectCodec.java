package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.client.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns API answers into {@link KubernetesObject}s of a known resource type. */
public final class ObjectCodec {
  private ObjectCodec() {}

  /**
   * The object in {@code content}; list items carry no {@code apiVersion} and {@code kind}, so
   * those of {@code type} are filled in when missing.
   */
  public static KubernetesObject object(Map<?, ?> content, ResourceType type) {
    Map<String, Object> filled = new LinkedHashMap<>();
    if (!content.containsKey("apiVersion")) {
      filled.put("apiVersion", type.apiVersion());
    }
    if (!content.containsKey("kind")) {
      filled.put("kind", type.kind());
    }
    content.forEach((k, v) -> filled.put(String.valueOf(k), v));
    return KubernetesObject.of(filled);
  }

  /** The items of a list answer. */
  public static List<KubernetesObject> items(Map<String, Object> list, ResourceType type) {
    List<KubernetesObject> result = new ArrayList<>();
    Object items = list.get("items");
    if (items instanceof List) {
      for (Object item : (List<?>) items) {
        if (item instanceof Map) {
          result.add(object((Map<?, ?>) item, type));
        }
      }
    }
    return result;
  }

  /** {@code metadata.resourceVersion} of any answer (object, list, bookmark), or empty. */
  public static String resourceVersion(Map<?, ?> content) {
    Object metadata = content.get("metadata");
    Object version = metadata instanceof Map ? ((Map<?, ?>) metadata).get("resourceVersion") : null;
    return version == null ? "" : String.valueOf(version);
  }

  /** The cache key: {@code namespace/name}, or {@code name} for cluster-scoped objects. */
  public static String key(KubernetesObject object) {
    return key(object.namespace().orElse(""), object.name());
  }

  public static String key(String namespace, String name) {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }
}
