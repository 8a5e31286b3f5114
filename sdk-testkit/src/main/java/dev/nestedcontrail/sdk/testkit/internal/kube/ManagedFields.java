package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Field ownership in {@code metadata.managedFields} and server-side apply. Each entry is one
 * manager and operation ({@code Apply} or {@code Update}) with its leaf {@link FieldPaths}.
 *
 * <p>Apply: a field the applied config sets that another entry owns with a different live value is
 * a conflict (409, unless forced; forcing takes the field over). Fields this manager applied before
 * and no longer applies are removed when nobody else owns them. The config is then merged into the
 * object ({@link Merges}, named lists item by item) and the manager owns exactly its applied fields
 * (the entry's time changes only when that set does, so re-applying the same config writes nothing).
 * Update (create, PUT, patches): the manager takes over every field whose value it changed; fields it
 * removed are dropped from every entry.
 */
public final class ManagedFields {
  public static final String APPLY = "Apply";
  public static final String UPDATE = "Update";

  private ManagedFields() {}

  private record Entry(String manager, String operation, String apiVersion, String time, Set<List<String>> fields) {
    boolean is(String m, String op) {
      return manager.equals(m) && operation.equals(op);
    }

    Map<String, Object> toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("manager", manager);
      json.put("operation", operation);
      json.put("apiVersion", apiVersion);
      json.put("time", time);
      json.put("fieldsType", "FieldsV1");
      json.put("fieldsV1", FieldPaths.toFieldsV1(fields));
      return json;
    }
  }

  /**
   * The object {@code manager} applying {@code applied} makes of {@code live} (absent: a new object).
   * Throws a 409 Conflict listing every conflicting field unless {@code force}.
   */
  public static Map<String, Object> apply(Optional<Map<String, Object>> live, Map<String, Object> applied,
      String manager, boolean force, KubeResource resource, String now) {
    Map<String, Object> base = live.map(Trees::copyObject).orElseGet(LinkedHashMap::new);
    List<Entry> entries = read(base);
    Set<List<String>> paths = FieldPaths.leaves(applied);
    List<Map<String, Object>> causes = new ArrayList<>();
    List<Entry> updated = new ArrayList<>();
    for (Entry e : entries) {
      if (e.is(manager, APPLY)) {
        continue;
      }
      Set<List<String>> kept = new LinkedHashSet<>(e.fields());
      for (List<String> p : e.fields()) {
        if (paths.contains(p) && !FieldPaths.valueAt(base, p).equals(FieldPaths.valueAt(applied, p))) {
          causes.add(Map.of("type", "FieldManagerConflict", "message", "conflict with \"" + e.manager() + "\"",
              "field", dotted(p)));
          kept.remove(p);
        }
      }
      updated.add(new Entry(e.manager(), e.operation(), e.apiVersion(), e.time(), kept));
    }
    String name = KubeStore.nameOf(applied);
    if (!causes.isEmpty() && !force) {
      StringBuilder message = new StringBuilder("Apply failed with " + causes.size() + " conflict"
          + (causes.size() == 1 ? "" : "s") + ":");
      causes.forEach(c -> message.append(" ").append(c.get("message")).append(": ").append(c.get("field")));
      Map<String, Object> details = new LinkedHashMap<>(KubeApiException.details(resource, name));
      details.put("causes", causes);
      throw new KubeApiException(409, "Conflict", message.toString(), details);
    }
    Optional<Entry> mine = entries.stream().filter(e -> e.is(manager, APPLY)).findFirst();
    if (mine.isPresent()) {
      for (List<String> p : mine.get().fields()) {
        if (!paths.contains(p) && updated.stream().noneMatch(e -> e.fields().contains(p))) {
          FieldPaths.remove(base, p);
        }
      }
    }
    Map<String, Object> config = Trees.copyObject(applied);
    config.remove("status");
    Map<String, Object> metadata = Trees.metadata(config);
    List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields").forEach(metadata::remove);
    @SuppressWarnings("unchecked")
    Map<String, Object> merged = (Map<String, Object>) Merges.merge(base, config, true);
    String time = mine.filter(e -> e.fields().equals(paths)).map(Entry::time).orElse(now);
    updated.add(new Entry(manager, APPLY, resource.apiVersion(), time, paths));
    write(merged, updated);
    return merged;
  }

  /** Records in {@code updated} that {@code manager} changed {@code old} (absent: created) into it. */
  public static void recordUpdate(Optional<Map<String, Object>> old, Map<String, Object> updated, String manager,
      String apiVersion, String now) {
    List<Entry> entries = old.map(ManagedFields::read).orElse(List.of());
    Set<List<String>> newPaths = FieldPaths.leaves(updated);
    Set<List<String>> changed = new LinkedHashSet<>();
    for (List<String> p : newPaths) {
      if (old.isEmpty() || !FieldPaths.valueAt(old.get(), p).equals(FieldPaths.valueAt(updated, p))) {
        changed.add(p);
      }
    }
    Set<List<String>> removed = new LinkedHashSet<>(old.map(FieldPaths::leaves).orElse(Set.of()));
    removed.removeAll(newPaths);
    if (changed.isEmpty() && removed.isEmpty()) {
      write(updated, entries);
      return;
    }
    List<Entry> result = new ArrayList<>();
    Set<List<String>> mine = new LinkedHashSet<>(changed);
    for (Entry e : entries) {
      Set<List<String>> kept = new LinkedHashSet<>(e.fields());
      kept.removeAll(removed);
      if (e.is(manager, UPDATE)) {
        mine.addAll(kept);
        continue;
      }
      kept.removeAll(changed);
      result.add(new Entry(e.manager(), e.operation(), e.apiVersion(), e.time(), kept));
    }
    result.add(new Entry(manager, UPDATE, apiVersion, now, mine));
    write(updated, result);
  }

  /** The leaf paths {@code manager} owns through {@code operation} in {@code object}. */
  public static Set<List<String>> owned(Map<String, Object> object, String manager, String operation) {
    return read(object).stream().filter(e -> e.is(manager, operation)).findFirst()
        .map(Entry::fields).orElse(Set.of());
  }

  private static List<Entry> read(Map<String, Object> object) {
    List<Entry> entries = new ArrayList<>();
    for (Map<String, Object> m : Trees.maps(object, "metadata", "managedFields")) {
      entries.add(new Entry(Trees.string(m, "manager").orElse(""), Trees.string(m, "operation").orElse(UPDATE),
          Trees.string(m, "apiVersion").orElse(""), Trees.string(m, "time").orElse(""),
          FieldPaths.fromFieldsV1(Trees.map(m, "fieldsV1"))));
    }
    return entries;
  }

  private static void write(Map<String, Object> object, List<Entry> entries) {
    List<Object> json = new ArrayList<>();
    entries.stream().filter(e -> !e.fields().isEmpty()).forEach(e -> json.add(e.toJson()));
    Map<String, Object> metadata = Trees.metadata(object);
    if (json.isEmpty()) {
      metadata.remove("managedFields");
    } else {
      metadata.put("managedFields", json);
    }
  }

  /** A path as the real server prints it: {@code .spec.containers[name="c"].image}. */
  static String dotted(List<String> path) {
    StringBuilder s = new StringBuilder();
    for (String step : path) {
      if (step.startsWith("f:")) {
        s.append('.').append(step.substring(2));
      } else {
        Map<?, ?> key = (Map<?, ?>) dev.nestedcontrail.sdk.testkit.internal.JsonCodec.parse(step.substring(2))
            .orElse(Map.of());
        key.forEach((k, v) -> s.append('[').append(k).append('=')
            .append(v instanceof String ? "\"" + v + "\"" : Objects.toString(Trees.copy(v, true))).append(']'));
      }
    }
    return s.toString();
  }
}
