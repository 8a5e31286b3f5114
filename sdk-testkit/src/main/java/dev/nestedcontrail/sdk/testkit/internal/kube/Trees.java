package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mutable JSON trees (maps, lists, strings, longs, doubles, booleans) as the fake keeps objects. */
public final class Trees {
  private Trees() {}

  /**
   * A deep, mutable copy of {@code value} where whole-number doubles (as the JSON parser gives them)
   * become longs; with {@code keepNulls} false, null map values and list items are dropped, as the
   * API server drops them when it decodes an object.
   */
  public static Object copy(Object value, boolean keepNulls) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (e.getValue() != null || keepNulls) {
          copy.put(String.valueOf(e.getKey()), e.getValue() == null ? null : copy(e.getValue(), keepNulls));
        }
      }
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) {
        if (item != null || keepNulls) {
          copy.add(item == null ? null : copy(item, keepNulls));
        }
      }
      return copy;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return (long) d;
      }
      return d;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return value;
  }

  /** A deep mutable copy of an object without null entries. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> copyObject(Map<String, ?> object) {
    return (Map<String, Object>) copy(object, false);
  }

  /** The child map at {@code key}, created (and put) when absent or not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> child(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    parent.put(key, created);
    return created;
  }

  /** The value at a path of map keys; empty when a step is missing or not a map. */
  public static Optional<Object> at(Object root, String... path) {
    Object current = root;
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

  /** The string at a path; empty when absent or not a string. */
  public static Optional<String> string(Object root, String... path) {
    return at(root, path).filter(String.class::isInstance).map(String.class::cast);
  }

  /** The map at a path; empty when absent or not a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object root, String... path) {
    return at(root, path).filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).orElse(Map.of());
  }

  /** The list at a path; empty when absent or not a list. */
  public static List<?> list(Object root, String... path) {
    return at(root, path).filter(List.class::isInstance).map(l -> (List<?>) l).orElse(List.of());
  }

  /** The maps in the list at a path (other items skipped). */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> maps(Object root, String... path) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object item : list(root, path)) {
      if (item instanceof Map) {
        out.add((Map<String, Object>) item);
      }
    }
    return out;
  }

  /** The string values of the map at a path. */
  public static Map<String, String> strings(Object root, String... path) {
    Map<String, String> out = new LinkedHashMap<>();
    map(root, path).forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  /** {@code metadata} of an object, created when absent. */
  public static Map<String, Object> metadata(Map<String, Object> object) {
    return child(object, "metadata");
  }
}
