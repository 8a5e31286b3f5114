package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kubernetes object of any kind, as the API server sees it: an insertion-ordered tree of maps,
 * lists, strings, numbers and booleans. It is immutable: {@link #content()} and everything below
 * it are unmodifiable copies. Typed views (a DaemonSet's selector, a ConfigMap's data) read from
 * this tree; the manifest renders into it and the client applies it.
 */
public final class KubernetesObject {
  private final Map<String, Object> content;

  private KubernetesObject(Map<String, Object> content) {
    this.content = content;
  }

  /**
   * Wraps a deep copy of {@code content}, which must have {@code apiVersion}, {@code kind} and
   * {@code metadata.name} strings.
   */
  public static KubernetesObject of(Map<String, ?> content) {
    Objects.requireNonNull(content, "content == null");
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) deepCopy(content, "");
    KubernetesObject object = new KubernetesObject(copy);
    List<String> problems = new java.util.ArrayList<>();
    for (String key : List.of("apiVersion", "kind")) {
      if (!(copy.get(key) instanceof String) || ((String) copy.get(key)).isEmpty()) {
        problems.add(key + ": missing (a non-empty string is required)");
      }
    }
    if (object.metadataString("name").isEmpty()) {
      problems.add("metadata.name: missing (a non-empty string is required)");
    }
    ValidationException.throwIfAny("Kubernetes object", problems);
    return object;
  }

  public String apiVersion() {
    return (String) content.get("apiVersion");
  }

  public String kind() {
    return (String) content.get("kind");
  }

  public String name() {
    return metadataString("name").orElseThrow();
  }

  /** The namespace; absent for cluster-scoped objects or when the server default applies. */
  public Optional<String> namespace() {
    return metadataString("namespace");
  }

  /** {@code metadata.resourceVersion}; absent on objects not read from a server. */
  public Optional<String> resourceVersion() {
    return metadataString("resourceVersion");
  }

  /** {@code metadata.uid}; absent on objects not read from a server. */
  public Optional<String> uid() {
    return metadataString("uid");
  }

  public Map<String, String> labels() {
    return stringMap("labels");
  }

  public Map<String, String> annotations() {
    return stringMap("annotations");
  }

  /** The whole object, unmodifiable and in insertion order. */
  public Map<String, Object> content() {
    return content;
  }

  /**
   * The value at a path of map keys, such as {@code at("spec", "selector", "matchLabels")}; empty
   * when any step is missing or is not a map.
   */
  public Optional<Object> at(String... path) {
    Object current = content;
    for (String key : path) {
      if (!(current instanceof Map)) {
        return Optional.empty();
      }
      current = ((Map<?, ?>) current).get(key);
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.of(current);
  }

  /** A short identity such as {@code DaemonSet kube-system/contrail-kube-manager}. */
  public String describe() {
    return kind() + " " + namespace().map(ns -> ns + "/").orElse("") + name();
  }

  private Optional<String> metadataString(String key) {
    return at("metadata", key).filter(String.class::isInstance).map(String.class::cast)
        .filter(s -> !s.isEmpty());
  }

  private Map<String, String> stringMap(String key) {
    Optional<Object> value = at("metadata", key);
    if (value.isEmpty() || !(value.get() instanceof Map)) {
      return Map.of();
    }
    Map<String, String> result = new LinkedHashMap<>();
    ((Map<?, ?>) value.get()).forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
    return Collections.unmodifiableMap(result);
  }

  private static Object deepCopy(Object value, String path) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw ValidationException.of("Kubernetes object",
              path + ": map key " + e.getKey() + " is not a string");
        }
        String key = (String) e.getKey();
        copy.put(key, deepCopy(e.getValue(), path.isEmpty() ? key : path + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new java.util.ArrayList<>();
      int i = 0;
      for (Object item : (List<?>) value) {
        copy.add(deepCopy(item, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value == null || value instanceof String || value instanceof Number
        || value instanceof Boolean) {
      if (value == null) {
        throw ValidationException.of("Kubernetes object", path + ": null values are not allowed");
      }
      return value;
    }
    throw ValidationException.of("Kubernetes object",
        path + ": unsupported value type " + value.getClass().getName());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesObject && ((KubernetesObject) other).content.equals(content);
  }

  @Override
  public int hashCode() {
    return content.hashCode();
  }

  @Override
  public String toString() {
    return "KubernetesObject{" + describe() + "}";
  }
}
