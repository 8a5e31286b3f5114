package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.model.PropertyField;
import dev.nestedcontrail.sdk.vnc.model.PropertyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code GET /prop-collection-get} and {@code POST /prop-collection-update} on list and map properties. */
public final class CollectionHandlers {
  private final ConfigStore store;
  private final ObjectWriter writer;

  public CollectionHandlers(ConfigStore store, ObjectWriter writer) {
    this.store = store;
    this.writer = writer;
  }

  public FakeResponse get(FakeRequest request) {
    String uuid = request.queryParameter("uuid").orElseThrow(() -> new ApiError(400, "Bad Request: missing uuid"));
    Set<String> fields = request.queryParameter("fields").flatMap(HttpBodies::csv)
        .orElseThrow(() -> new ApiError(400, "Bad Request: missing fields"));
    Optional<String> position = request.queryParameter("position");
    return store.locked(() -> {
      StoredObject object = store.get(uuid).orElseThrow(() -> new ApiError(404, "Unknown id: " + uuid));
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (String field : fields) {
        PropertyField prop = collection(object, field);
        List<Object> pairs = new ArrayList<>();
        List<@Nullable Object> elements = elements(object, prop);
        for (int i = 0; i < elements.size(); i++) {
          String pos = key(prop, elements.get(i), i);
          if (position.isEmpty() || position.get().equals(pos)) {
            pairs.add(List.of(Trees.copy(elements.get(i)), pos));
          }
        }
        out.put(field, pairs);
      }
      return HttpBodies.json(out);
    });
  }

  public FakeResponse update(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    String uuid = ActionHandlers.required(body, "uuid");
    return store.locked(() -> {
      StoredObject object = store.get(uuid).orElseThrow(() -> new ApiError(404, "Unknown id: " + uuid));
      Map<String, List<@Nullable Object>> changed = new LinkedHashMap<>();
      for (Object u : Trees.list(body, "updates")) {
        Map<String, @Nullable Object> update = Trees.map(u).orElseThrow(() -> new ApiError(400, "Bad Request: invalid update"));
        PropertyField prop = collection(object, ActionHandlers.required(update, "field"));
        List<@Nullable Object> list = changed.computeIfAbsent(prop.wireName(), k -> new ArrayList<>(elements(object, prop)));
        apply(prop, list, update);
      }
      Map<String, @Nullable Object> put = new LinkedHashMap<>();
      changed.forEach((field, list) -> {
        PropertyField prop = object.type().property(field).orElseThrow();
        put.put(field, HttpBodies.wrap(prop.collectionMember().orElseThrow(), list));
      });
      if (!put.isEmpty()) {
        writer.update(object.type(), uuid, put);
      }
      return HttpBodies.json(new LinkedHashMap<>());
    });
  }

  private static void apply(PropertyField prop, List<@Nullable Object> list, Map<String, @Nullable Object> update) {
    String operation = ActionHandlers.required(update, "operation").toLowerCase(java.util.Locale.ROOT);
    Object value = update.get("value");
    Optional<String> position = Optional.ofNullable(update.get("position")).map(String::valueOf);
    if (prop.kind() == PropertyKind.MAP) {
      String mapKey = prop.mapKey().orElseThrow();
      switch (operation) {
        case "set" -> {
          Object key = Trees.map(value).map(v -> v.get(mapKey))
              .orElseThrow(() -> new ApiError(400, "Bad Request: set on " + prop.wireName() + " needs a value with " + mapKey));
          list.removeIf(e -> Trees.map(e).map(m -> key.equals(m.get(mapKey))).orElse(false));
          list.add(Trees.copy(value));
        }
        case "delete" -> {
          String key = position.orElseThrow(() -> new ApiError(400, "Bad Request: delete needs a position"));
          if (!list.removeIf(e -> Trees.map(e).map(m -> key.equals(String.valueOf(m.get(mapKey)))).orElse(false))) {
            throw new ApiError(404, "Key " + key + " not found in " + prop.wireName());
          }
        }
        default -> throw new ApiError(400, "Bad Request: unsupported operation " + operation + " on map " + prop.wireName());
      }
      return;
    }
    switch (operation) {
      case "add" -> {
        if (position.isPresent()) {
          list.add(Math.min(index(position.get(), list.size() + 1), list.size()), Trees.copy(value));
        } else {
          list.add(Trees.copy(value));
        }
      }
      case "modify" -> list.set(index(position.orElse(""), list.size()), Trees.copy(value));
      case "delete" -> list.remove(index(position.orElse(""), list.size()));
      default -> throw new ApiError(400, "Bad Request: unsupported operation " + operation + " on list " + prop.wireName());
    }
  }

  private static int index(String position, int size) {
    try {
      int i = Integer.parseInt(position);
      if (i >= 0 && i < size) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiError(400, "Bad Request: position " + position + " is not in the list");
  }

  private static PropertyField collection(StoredObject object, String field) {
    return object.type().property(field)
        .filter(p -> p.kind() == PropertyKind.LIST || p.kind() == PropertyKind.MAP)
        .orElseThrow(() -> new ApiError(400, "Bad Request, " + field + " is not a list or map property of "
            + object.typeName()));
  }

  private static List<@Nullable Object> elements(StoredObject object, PropertyField prop) {
    return Trees.map(object.body(), prop.wireName())
        .map(w -> Trees.list(w, prop.collectionMember().orElseThrow())).orElse(List.of());
  }

  private static String key(PropertyField prop, @Nullable Object element, int index) {
    if (prop.kind() == PropertyKind.MAP) {
      return Trees.map(element).map(m -> String.valueOf(m.get(prop.mapKey().orElseThrow()))).orElse("");
    }
    return Integer.toString(index);
  }
}
