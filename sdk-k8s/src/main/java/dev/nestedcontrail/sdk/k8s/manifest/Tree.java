package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the insertion-ordered maps a {@code KubernetesObject} is made of. */
final class Tree {
  private Tree() {}

  /** A map of alternating keys and values, in order. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      result.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return result;
  }

  static List<Object> list(Object... items) {
    return List.of(items);
  }

  static Map<String, Object> metadata(String name, String namespace) {
    return map("name", name, "namespace", namespace);
  }

  static Map<String, Object> exists(String key) {
    return map("key", key, "operator", "Exists", "effect", "NoSchedule");
  }
}
