package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code /fqname-to-id}, {@code /id-to-fqname}, {@code /ref-update}, {@code /ref-relax-for-delete}, {@code /chown}. */
public final class ActionHandlers {
  private final ConfigStore store;
  private final ObjectWriter writer;
  private final RefResolver refs;

  public ActionHandlers(ConfigStore store, ObjectWriter writer) {
    this.store = store;
    this.writer = writer;
    this.refs = new RefResolver(store);
  }

  static String required(Map<String, ?> body, String key) {
    Object value = body.get(key);
    if (!(value instanceof String) || ((String) value).isEmpty()) {
      throw new ApiError(400, "Bad Request: missing " + key);
    }
    return (String) value;
  }

  public FakeResponse fqNameToId(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    ResourceType<?> type = ConfigStore.type(required(body, "type"));
    List<String> fqName = Trees.strings(body.get("fq_name"))
        .orElseThrow(() -> new ApiError(400, "Bad Request: missing fq_name"));
    return store.locked(() -> {
      String uuid = store.uuidOf(type.typeName(), fqName)
          .orElseThrow(() -> new ApiError(404, "Name " + PyRepr.pformat(fqName) + " not found"));
      return HttpBodies.json(HttpBodies.wrap("uuid", uuid));
    });
  }

  public FakeResponse idToFqName(FakeRequest request) {
    String uuid = required(HttpBodies.object(request), "uuid");
    return store.locked(() -> {
      StoredObject object = store.get(uuid).orElseThrow(() -> new ApiError(404, "UUID " + uuid + " not found"));
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("fq_name", object.fqName());
      out.put("type", object.typeName());
      return HttpBodies.json(out);
    });
  }

  public FakeResponse refUpdate(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    String operation = required(body, "operation").toUpperCase(Locale.ROOT);
    ResourceType<?> type = ConfigStore.type(required(body, "type"));
    String uuid = required(body, "uuid");
    ResourceType<?> refType = ConfigStore.type(required(body, "ref-type"));
    if (!operation.equals("ADD") && !operation.equals("DELETE")) {
      throw new ApiError(400, "Bad Request: operation should be ADD or DELETE, not " + body.get("operation"));
    }
    RefField field = type.refTo(refType.typeName()).orElseThrow(() -> new ApiError(400,
        type.typeName() + " has no reference to " + refType.typeName()));
    return store.locked(() -> {
      StoredObject object = store.require(type.typeName(), uuid);
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      Trees.string(body, "ref-uuid").ifPresent(u -> entry.put("uuid", u));
      if (!entry.containsKey("uuid")) {
        entry.put("to", Trees.strings(body.get("ref-fq-name"))
            .orElseThrow(() -> new ApiError(400, "Bad Request: missing ref-uuid or ref-fq-name")));
      }
      StoredObject target = refs.target(refType.typeName(), entry);
      writer.updateRef(object, field, target, operation.equals("ADD"), body.get("attr"));
      if (operation.equals("ADD") && Trees.flag(body.get("relax_ref_for_delete"))) {
        store.relax(target.uuid(), uuid);
      }
      return HttpBodies.json(HttpBodies.wrap("uuid", uuid));
    });
  }

  public FakeResponse refRelaxForDelete(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    String uuid = required(body, "uuid");
    String refUuid = required(body, "ref-uuid");
    return store.locked(() -> {
      store.get(uuid).orElseThrow(() -> new ApiError(404, "UUID " + uuid + " not found"));
      store.get(refUuid).orElseThrow(() -> new ApiError(404, "UUID " + refUuid + " not found"));
      store.relax(refUuid, uuid);
      return HttpBodies.json(HttpBodies.wrap("uuid", uuid));
    });
  }

  public FakeResponse chown(FakeRequest request) {
    Map<String, @Nullable Object> body = HttpBodies.object(request);
    String uuid = required(body, "uuid");
    String owner = required(body, "owner");
    for (String value : List.of(uuid, owner)) {
      if (!value.replace("-", "").matches("[0-9a-fA-F]{32}")) {
        throw new ApiError(400, "Bad Request, invalid object or owner id");
      }
    }
    return store.locked(() -> {
      StoredObject object = store.get(uuid).orElseThrow(() -> new ApiError(404, "UUID " + uuid + " not found"));
      Map<String, @Nullable Object> perms2 = Trees.copyMap(Trees.map(object.body(), "perms2").orElse(Map.of()));
      perms2.put("owner", owner);
      writer.update(object.type(), uuid, HttpBodies.wrap("perms2", perms2));
      return HttpBodies.json(new LinkedHashMap<>());
    });
  }
}
