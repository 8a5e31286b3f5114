package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Field paths as server-side apply tracks them: {@code f:name} steps into a map field,
 * {@code k:{"name":"x"}} into the item of a named list. A list is named (merged item by item) when
 * every item is a map with the same key field: {@code name}, else {@code mountPath},
 * {@code containerPort}, {@code port} or {@code devicePath}; every other list is atomic (one leaf).
 */
public final class FieldPaths {
  private static final List<String> LIST_KEYS = List.of("name", "mountPath", "containerPort", "port", "devicePath");
  private static final Set<String> SERVER_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
      "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp");

  private FieldPaths() {}

  /** The leaf paths of an object's fields, without apiVersion, kind, status and server-set metadata. */
  public static Set<List<String>> leaves(Map<String, Object> object) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (Map.Entry<String, Object> e : object.entrySet()) {
      String field = e.getKey();
      if (field.equals("apiVersion") || field.equals("kind") || field.equals("status")) {
        continue;
      }
      if (field.equals("metadata") && e.getValue() instanceof Map) {
        for (Map.Entry<?, ?> m : ((Map<?, ?>) e.getValue()).entrySet()) {
          if (!SERVER_METADATA.contains(String.valueOf(m.getKey()))) {
            walk(m.getValue(), List.of("f:metadata", "f:" + m.getKey()), out);
          }
        }
        continue;
      }
      walk(e.getValue(), List.of("f:" + field), out);
    }
    return out;
  }

  private static void walk(Object value, List<String> path, Set<List<String>> out) {
    if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
      ((Map<?, ?>) value).forEach((k, v) -> walk(v, append(path, "f:" + k), out));
      return;
    }
    if (value instanceof List && listKey((List<?>) value).isPresent()) {
      String key = listKey((List<?>) value).get();
      for (Object item : (List<?>) value) {
        walk(item, append(path, itemStep(key, ((Map<?, ?>) item).get(key))), out);
      }
      return;
    }
    out.add(path);
  }

  /** The key field of a named list; empty for an atomic list. */
  public static Optional<String> listKey(List<?> items) {
    if (items.isEmpty() || !items.stream().allMatch(Map.class::isInstance)) {
      return Optional.empty();
    }
    return LIST_KEYS.stream().filter(k -> items.stream().allMatch(i -> ((Map<?, ?>) i).get(k) != null)).findFirst();
  }

  /** The step into the item whose {@code key} is {@code value}: {@code k:{"name":"x"}}. */
  public static String itemStep(String key, Object value) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(key, value);
    return "k:" + JsonCodec.write(json);
  }

  /** The value at {@code path}; empty when something on the way is missing. */
  public static Optional<Object> valueAt(Object root, List<String> path) {
    Object current = root;
    for (String step : path) {
      Optional<Object> next = step(current, step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  /** Removes the field at {@code path} and then the maps and list items it leaves empty on the way. */
  public static void remove(Map<String, Object> root, List<String> path) {
    List<Object> parents = new ArrayList<>();
    Object current = root;
    for (String step : path.subList(0, path.size() - 1)) {
      parents.add(current);
      Optional<Object> next = step(current, step);
      if (next.isEmpty()) {
        return;
      }
      current = next.get();
    }
    removeStep(current, path.get(path.size() - 1));
    for (int i = parents.size() - 1; i >= 0; i--) {
      if (!isEmptyNode(current)) {
        return;
      }
      removeStep(parents.get(i), path.get(i));
      current = parents.get(i);
    }
  }

  private static boolean isEmptyNode(Object node) {
    return node instanceof Map ? ((Map<?, ?>) node).isEmpty() : node instanceof List && ((List<?>) node).isEmpty();
  }

  private static Optional<Object> step(Object node, String step) {
    if (step.startsWith("f:") && node instanceof Map) {
      return Optional.ofNullable(((Map<?, ?>) node).get(step.substring(2)));
    }
    if (step.startsWith("k:") && node instanceof List) {
      return findItem((List<?>) node, step).map(Object.class::cast);
    }
    return Optional.empty();
  }

  private static void removeStep(Object node, String step) {
    if (step.startsWith("f:") && node instanceof Map) {
      ((Map<?, ?>) node).remove(step.substring(2));
    } else if (step.startsWith("k:") && node instanceof List) {
      findItem((List<?>) node, step).ifPresent(((List<?>) node)::remove);
    }
  }

  private static Optional<Map<?, ?>> findItem(List<?> items, String step) {
    Map<?, ?> key = (Map<?, ?>) Trees.copy(JsonCodec.parse(step.substring(2)).orElse(Map.of()), true);
    if (key.size() != 1) {
      return Optional.empty();
    }
    Map.Entry<?, ?> k = key.entrySet().iterator().next();
    for (Object item : items) {
      if (item instanceof Map && k.getValue().equals(Trees.copy(((Map<?, ?>) item).get(k.getKey()), true))) {
        return Optional.of((Map<?, ?>) item);
      }
    }
    return Optional.empty();
  }

  /** The {@code fieldsV1} tree of a set of paths: each step a key, each leaf an empty object. */
  public static Map<String, Object> toFieldsV1(Set<List<String>> paths) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (List<String> path : paths) {
      Map<String, Object> node = root;
      for (String step : path) {
        node = Trees.child(node, step);
      }
    }
    return root;
  }

  /** The leaf paths of a {@code fieldsV1} tree ({@code .} entries are skipped). */
  public static Set<List<String>> fromFieldsV1(Map<?, ?> fields) {
    Set<List<String>> out = new LinkedHashSet<>();
    collect(fields, List.of(), out);
    return out;
  }

  private static void collect(Map<?, ?> node, List<String> path, Set<List<String>> out) {
    boolean leaf = true;
    for (Iterator<? extends Map.Entry<?, ?>> it = node.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<?, ?> e = it.next();
      if (e.getKey().equals(".") || !(e.getValue() instanceof Map)) {
        continue;
      }
      leaf = false;
      collect((Map<?, ?>) e.getValue(), append(path, String.valueOf(e.getKey())), out);
    }
    if (leaf && !path.isEmpty()) {
      out.add(path);
    }
  }

  private static List<String> append(List<String> path, String step) {
    List<String> out = new ArrayList<>(path);
    out.add(step);
    return List.copyOf(out);
  }
}
