package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code POST /<type>s}, {@code GET/PUT/DELETE /<type>/<uuid>}. */
public final class ResourceHandlers {
  private final ConfigStore store;
  private final ObjectView view;
  private final ObjectWriter writer;

  public ResourceHandlers(ConfigStore store, ObjectView view, ObjectWriter writer) {
    this.store = store;
    this.view = view;
    this.writer = writer;
  }

  /** The type of a collection path segment ({@code network-policys}); 404 when there is none. */
  public static ResourceType<?> collectionType(String collection) {
    if (!collection.endsWith("s")) {
      throw new ApiError(404, "Not Found");
    }
    ResourceType<?> type = ConfigStore.type(collection.substring(0, collection.length() - 1));
    if (!type.collectionKey().equals(collection)) {
      throw new ApiError(404, "Not Found");
    }
    return type;
  }

  public static ResourceType<?> resourceType(String name) {
    ResourceType<?> type = ConfigStore.type(name);
    if (!type.typeName().equals(name)) {
      throw new ApiError(404, "Not Found");
    }
    return type;
  }

  public FakeResponse create(FakeRequest request) {
    ResourceType<?> type = collectionType(request.pathVariable("collection"));
    Map<String, @Nullable Object> body = HttpBodies.wrapped(request, type.jsonKey());
    Optional<String> project = request.header("X-Project-Id");
    return store.locked(() -> {
      StoredObject created = writer.create(type, body, project);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("name", created.body().get("name"));
      out.put("fq_name", created.fqName());
      out.put("uuid", created.uuid());
      out.put("href", view.href(type.typeName(), created.uuid()));
      created.parentUuid().flatMap(store::get).ifPresent(p -> {
        out.put("parent_type", p.typeName());
        out.put("parent_uuid", p.uuid());
        out.put("parent_href", view.href(p.typeName(), p.uuid()));
      });
      return HttpBodies.json(HttpBodies.wrap(type.jsonKey(), out));
    });
  }

  public FakeResponse read(FakeRequest request) {
    ResourceType<?> type = resourceType(request.pathVariable("type"));
    String uuid = request.pathVariable("uuid");
    ObjectView.Options options = new ObjectView.Options(
        HttpBodies.query(request, "fields").flatMap(HttpBodies::csv),
        !HttpBodies.present(request, "exclude_back_refs"),
        !HttpBodies.present(request, "exclude_children"));
    return store.locked(() -> {
      StoredObject object = store.require(type.typeName(), uuid);
      String etag = "\"" + object.lastModified() + "\"";
      if (request.header("If-None-Match").filter(etag::equals).isPresent()) {
        return FakeResponse.builder().status(304).putHeader("ETag", etag).build();
      }
      Map<String, @Nullable Object> rendered = view.render(object, options);
      if (HttpBodies.present(request, "exclude_hrefs")) {
        Trees.stripHrefs(rendered);
      }
      return HttpBodies.json(HttpBodies.wrap(type.jsonKey(), rendered)).withHeader("ETag", etag);
    });
  }

  public FakeResponse update(FakeRequest request) {
    ResourceType<?> type = resourceType(request.pathVariable("type"));
    String uuid = request.pathVariable("uuid");
    Map<String, @Nullable Object> body = HttpBodies.wrapped(request, type.jsonKey());
    return store.locked(() -> {
      writer.update(type, uuid, body);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      out.put("uuid", uuid);
      out.put("href", view.href(type.typeName(), uuid));
      return HttpBodies.json(HttpBodies.wrap(type.jsonKey(), out));
    });
  }

  public FakeResponse delete(FakeRequest request) {
    ResourceType<?> type = resourceType(request.pathVariable("type"));
    String uuid = request.pathVariable("uuid");
    return store.locked(() -> {
      writer.delete(type, uuid);
      return FakeResponse.builder().status(200).putHeader("Content-Type", FakeResponse.JSON).build();
    });
  }
}
