package dev.nestedcontrail.sdk.vnc.configdb.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the columns of one {@code obj_uuid_table} row into the object the config API answers for
 * {@code GET /<type>/<uuid>}, as the api-server renders it: {@code uuid}, {@code name},
 * {@code fq_name}, {@code parent_type}/{@code parent_uuid} for non-root objects, every
 * {@code prop:} column, list and map properties rebuilt from their element columns (in column
 * order, which is the server's order, and with the schema's wrapper field), {@code <type>_refs}
 * and {@code <type>_back_refs} entries {@code {to, attr, uuid}}, and children {@code <type>s}
 * entries {@code {to, uuid}} in creation order. {@code href}s are left out (the database does not
 * know the API's address), and so are JSON nulls (such as a ref's {@code "attr": null}).
 */
public final class ObjectAssembler {
  private static final List<String> UNKNOWN_REF_TARGET = List.of("ERROR");

  private ObjectAssembler() {}

  /** The uuids that ref, back-ref and children columns point to, whose fq_names are needed. */
  public static Set<String> linkedUuids(List<Column> columns) {
    Set<String> uuids = new LinkedHashSet<>();
    for (Column column : columns) {
      String[] parts = column.name().split(":", 3);
      if (parts.length == 3 && isLink(parts[0])) {
        uuids.add(parts[2]);
      }
    }
    return uuids;
  }

  /** The identity stored in {@code columns}; empty when the row has no {@code type} or {@code fq_name} (deleted). */
  public static Optional<Identity> identity(List<Column> columns) {
    Object type = null;
    Object fqName = null;
    for (Column column : columns) {
      if (column.name().equals("type")) {
        type = JsonValues.parse(column.value());
      } else if (column.name().equals("fq_name")) {
        fqName = JsonValues.parse(column.value());
      }
    }
    if (!(type instanceof String) || !(fqName instanceof List)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (Object element : (List<?>) fqName) {
      names.add(String.valueOf(element));
    }
    return Optional.of(new Identity((String) type, List.copyOf(names)));
  }

  /**
   * The REST-shaped object of row {@code uuid}; empty when the row is not a live object.
   *
   * @param fqNames the fq_name of a linked uuid, empty when that object does not exist
   */
  public static Optional<Map<String, Object>> assemble(
      String uuid, List<Column> columns, Function<String, Optional<List<String>>> fqNames) {
    Optional<Identity> identity = identity(columns);
    if (identity.isEmpty()) {
      return Optional.empty();
    }
    List<String> fqName = identity.get().fqName();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("uuid", uuid);
    result.put("name", fqName.isEmpty() ? "" : fqName.get(fqName.size() - 1));
    result.put("fq_name", fqName);
    Object parentType = columns.stream().filter(c -> c.name().equals("parent_type")).findFirst()
        .map(c -> JsonValues.parse(c.value())).orElse(null);
    Map<String, List<Object>> collections = new LinkedHashMap<>();
    Map<String, List<Column>> children = new LinkedHashMap<>();
    for (Column column : columns) {
      String[] parts = column.name().split(":", 3);
      switch (parts[0]) {
        case "parent":
          if (parts.length == 3) {
            if (parentType != null) {
              result.put("parent_type", parentType);
            }
            result.put("parent_uuid", parts[2]);
          }
          break;
        case "prop":
          putIfPresent(result, column.name().substring("prop:".length()), JsonValues.parse(column.value()));
          break;
        case "propl":
        case "propm":
          if (parts.length == 3) {
            Object element = JsonValues.parse(column.value());
            List<Object> elements = collections.computeIfAbsent(parts[1], k -> new ArrayList<>());
            if (element != null) {
              elements.add(element);
            }
          }
          break;
        case "ref":
        case "backref":
          if (parts.length == 3) {
            addLink(result, parts, column, fqNames);
          }
          break;
        case "children":
          if (parts.length == 3) {
            children.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(column);
          }
          break;
        default:
          break;
      }
    }
    collections.forEach((property, elements) -> result.put(property, wrap(property, elements)));
    children.forEach((childType, links) -> addChildren(result, childType, links, fqNames));
    result.replaceAll((field, value) -> value instanceof ArrayList ? Collections.unmodifiableList((List<?>) value) : value);
    return Optional.of(Collections.unmodifiableMap(result));
  }

  private static boolean isLink(String prefix) {
    return prefix.equals("ref") || prefix.equals("backref") || prefix.equals("children");
  }

  private static Object wrap(String property, List<Object> elements) {
    List<Object> list = Collections.unmodifiableList(elements);
    return CollectionWrappers.wrapperField(property).<Object>map(field -> Map.of(field, list)).orElse(list);
  }

  private static void addLink(Map<String, Object> result, String[] parts, Column column,
      Function<String, Optional<List<String>>> fqNames) {
    boolean ref = parts[0].equals("ref");
    Optional<List<String>> to = fqNames.apply(parts[2]);
    if (to.isEmpty() && !ref) {
      return;
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("to", to.orElse(UNKNOWN_REF_TARGET));
    putIfPresent(entry, "attr", attr(JsonValues.parse(column.value())));
    entry.put("uuid", parts[2]);
    String field = parts[1] + (ref ? "_refs" : "_back_refs");
    linkList(result, field).add(Collections.unmodifiableMap(entry));
  }

  /** A link's data is {@code {"attr": ..., "is_weakref": ...}}; very old rows hold the attr itself. */
  private static @Nullable Object attr(@Nullable Object data) {
    if (!(data instanceof Map)) {
      return data;
    }
    Map<?, ?> map = (Map<?, ?>) data;
    if (map.containsKey("attr") || map.isEmpty() || (map.size() == 1 && map.containsKey("is_weakref"))) {
      return map.get("attr");
    }
    return map;
  }

  private static void addChildren(Map<String, Object> result, String childType, List<Column> links,
      Function<String, Optional<List<String>>> fqNames) {
    List<Column> byCreation = new ArrayList<>(links);
    byCreation.sort(Comparator.comparingLong(Column::writeTime));
    for (Column link : byCreation) {
      String childUuid = link.name().split(":", 3)[2];
      fqNames.apply(childUuid).ifPresent(to -> {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("to", to);
        entry.put("uuid", childUuid);
        linkList(result, childType + "s").add(Collections.unmodifiableMap(entry));
      });
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> linkList(Map<String, Object> result, String field) {
    return (List<Object>) result.computeIfAbsent(field, k -> new ArrayList<>());
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
