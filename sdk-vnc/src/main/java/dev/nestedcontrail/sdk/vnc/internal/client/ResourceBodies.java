package dev.nestedcontrail.sdk.vnc.internal.client;

import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.BackRefField;
import dev.nestedcontrail.sdk.vnc.model.ChildField;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies built from resources and the schema metadata: create bodies, the changed fields
 * of an update (with {@code "x_refs": []} for a ref list that became empty), and ref lists.
 */
public final class ResourceBodies {
  /** Members the server sets, or that a PUT may not change. */
  private static final Set<String> IDENTITY = Set.of("uuid", "name", "fq_name", "parent_type");
  private static final Set<String> SERVER_SET = Set.of("href", "parent_uuid", "parent_href");

  private ResourceBodies() {}

  /** The body of a create, bare (not wrapped): every member except server-set and read-only ones. */
  public static Map<String, @Nullable Object> createBody(VncResource resource) {
    Map<String, @Nullable Object> tree = VncJson.toTree(resource);
    tree.keySet().removeAll(readOnly(resource.resourceType()));
    return tree;
  }

  /** The members of a PUT carrying every field set in {@code fields}. */
  public static Map<String, @Nullable Object> fieldsBody(VncResource fields) {
    Map<String, @Nullable Object> tree = createBody(fields);
    tree.keySet().removeAll(IDENTITY);
    return tree;
  }

  /**
   * The members that differ between {@code before} and {@code after}: changed or new ones with
   * their new value; removed ref lists as {@code []}, removed properties as null. Ref lists that
   * did not change are absent.
   */
  public static Map<String, @Nullable Object> changes(ResourceType<?> type, VncResource before, VncResource after) {
    Map<String, @Nullable Object> old = fieldsBody(before);
    Map<String, @Nullable Object> now = fieldsBody(after);
    Set<String> names = new LinkedHashSet<>(old.keySet());
    names.addAll(now.keySet());
    Map<String, @Nullable Object> changes = new LinkedHashMap<>();
    for (String name : names) {
      if (now.containsKey(name)) {
        if (!old.containsKey(name) || !Objects.equals(old.get(name), now.get(name))) {
          changes.put(name, now.get(name));
        }
      } else {
        changes.put(name, type.ref(name).isPresent() ? List.of() : null);
      }
    }
    return changes;
  }

  /** A ref list as JSON trees; links with data always carry {@code attr} (null when empty). */
  public static List<Map<String, @Nullable Object>> refs(RefField field, List<? extends Reference<?>> refs) {
    List<Map<String, @Nullable Object>> list = new ArrayList<>();
    for (Reference<?> ref : refs) {
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      if (!ref.to().isEmpty()) {
        entry.put("to", ref.to());
      }
      ref.uuid().ifPresent(u -> entry.put("uuid", u));
      if (field.hasData()) {
        entry.put("attr", ref.attr().map(ResourceBodies::valueTree).orElse(null));
      }
      list.add(entry);
    }
    return list;
  }

  /** A generated complex-type value as a JSON tree. */
  public static @Nullable Object valueTree(Object value) {
    return VncJson.parseTree(VncJson.writeValue(value));
  }

  /** {@code {"<type>": body}}. */
  public static Map<String, @Nullable Object> wrap(ResourceType<?> type, Map<String, @Nullable Object> body) {
    Map<String, @Nullable Object> wrapped = new LinkedHashMap<>();
    wrapped.put(type.jsonKey(), body);
    return wrapped;
  }

  private static Set<String> readOnly(ResourceType<?> type) {
    Set<String> names = new LinkedHashSet<>(SERVER_SET);
    for (ChildField child : type.children()) {
      names.add(child.fieldName());
    }
    for (BackRefField backRef : type.backRefs()) {
      names.add(backRef.fieldName());
    }
    return names;
  }
}
