package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code POST /set-tag}: sets, adds or removes tag refs of an object, by tag type. */
public final class TagHandler {
  private final ConfigStore store;
  private final ObjectWriter writer;

  public TagHandler(ConfigStore store, ObjectWriter writer) {
    this.store = store;
    this.writer = writer;
  }

  public FakeResponse setTag(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    ResourceType<?> type = ConfigStore.type(ActionHandlers.required(body, "obj_type"));
    String uuid = ActionHandlers.required(body, "obj_uuid");
    return store.locked(() -> {
      StoredObject object = store.require(type.typeName(), uuid);
      List<Map<String, @Nullable Object>> refs = new ArrayList<>(object.refs("tag_refs"));
      for (Map.Entry<String, @Nullable Object> e : body.entrySet()) {
        if (e.getKey().equals("obj_type") || e.getKey().equals("obj_uuid")) {
          continue;
        }
        String tagType = e.getKey().toLowerCase(Locale.ROOT);
        Optional<Map<String, @Nullable Object>> spec = Trees.map(e.getValue());
        if (spec.isEmpty()) {
          refs.removeIf(r -> tagTypeOf(r).equals(tagType));
          continue;
        }
        boolean global = Trees.flag(spec.get().get("is_global"));
        if (spec.get().containsKey("value")) {
          if (tagType.equals("label")) {
            throw new ApiError(400, "Label tags are set with add_values and delete_values");
          }
          StoredObject tag = tag(object, tagType, String.valueOf(spec.get().get("value")), global);
          refs.removeIf(r -> tagTypeOf(r).equals(tagType));
          refs.add(ref(tag));
          continue;
        }
        if (!tagType.equals("label")) {
          throw new ApiError(400, "Only label tags take add_values and delete_values, not " + tagType);
        }
        for (Object value : Trees.list(spec.get(), "add_values")) {
          StoredObject tag = tag(object, tagType, String.valueOf(value), global);
          refs.removeIf(r -> tag.uuid().equals(r.get("uuid")));
          refs.add(ref(tag));
        }
        for (Object value : Trees.list(spec.get(), "delete_values")) {
          StoredObject tag = tag(object, tagType, String.valueOf(value), global);
          refs.removeIf(r -> tag.uuid().equals(r.get("uuid")));
        }
      }
      writer.update(type, uuid, HttpBodies.wrap("tag_refs", refs));
      return HttpBodies.json(new LinkedHashMap<>());
    });
  }

  private static Map<String, @Nullable Object> ref(StoredObject tag) {
    Map<String, @Nullable Object> ref = new LinkedHashMap<>();
    ref.put("uuid", tag.uuid());
    ref.put("attr", null);
    return ref;
  }

  private String tagTypeOf(Map<String, @Nullable Object> ref) {
    List<String> to = Trees.strings(ref.get("to")).orElse(List.of(""));
    String name = to.get(to.size() - 1);
    return name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
  }

  /** The tag {@code type=value} in the object's project, or global; 404 when it does not exist. */
  private StoredObject tag(StoredObject object, String tagType, String value, boolean global) {
    List<String> fqName = new ArrayList<>();
    if (!global) {
      project(object).ifPresent(p -> fqName.addAll(p.fqName()));
    }
    fqName.add(tagType + "=" + value);
    String uuid = store.uuidOf("tag", fqName)
        .orElseThrow(() -> new ApiError(404, "Name " + PyRepr.pformat(fqName) + " not found"));
    return store.get(uuid).orElseThrow();
  }

  private Optional<StoredObject> project(StoredObject object) {
    Optional<StoredObject> current = Optional.of(object);
    while (current.isPresent() && !current.get().typeName().equals("project")) {
      current = current.get().parentUuid().flatMap(store::get);
    }
    return current;
  }
}
