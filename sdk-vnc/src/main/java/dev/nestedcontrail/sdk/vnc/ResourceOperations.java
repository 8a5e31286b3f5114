package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.vnc.internal.client.Listing;
import dev.nestedcontrail.sdk.vnc.internal.client.PageIterator;
import dev.nestedcontrail.sdk.vnc.internal.client.ResourceBodies;
import dev.nestedcontrail.sdk.vnc.internal.client.VncCalls;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations on one resource type, from {@link VncClient#resources}. Immutable and
 * thread-safe; it remembers nothing between calls.
 *
 * <p>Updates send only what changed: {@link #update(VncResource, VncResource)} compares the object
 * as read with the wanted one and PUTs the differing members; ref lists that did not change are
 * not sent (a PUT replaces every ref list it carries), a ref list that became empty is sent as
 * {@code []}. {@link #replaceRefs} replaces one whole ref list; {@link #ensureRef} and
 * {@link #removeRef} edit one ref atomically through {@code /ref-update}.
 *
 * @param <T> the resource value type
 */
public final class ResourceOperations<T extends VncResource> {
  private static final Logger logger = LoggerFactory.getLogger(ResourceOperations.class);

  private final VncClient client;
  private final VncCalls calls;
  private final ResourceType<T> type;
  private final Listing<T> listing;

  ResourceOperations(VncClient client, VncCalls calls, ResourceType<T> type) {
    this.client = client;
    this.calls = calls;
    this.type = type;
    this.listing = new Listing<>(calls, type);
  }

  public ResourceType<T> type() {
    return type;
  }

  /**
   * Creates the object ({@code POST /<type>s}) and returns it with the identity the server gave
   * it (uuid, href, parent). Without a uuid in {@code resource} the create is not repeated once
   * sent; with one it may be, and a 409 is then resolved by reading the object with that uuid:
   * when it has the same fq_name it is returned.
   *
   * @throws ObjectExistsException when another object has the fq_name or uuid
   */
  public T create(T resource) {
    Map<String, @Nullable Object> body = ResourceBodies.createBody(resource);
    Optional<String> uuid = resource.uuid();
    logger.debug("create {} {}", type.typeName(), resource.fqName());
    try {
      Map<String, @Nullable Object> answer =
          calls.send(HttpMethod.POST, type.collectionPath(), ResourceBodies.wrap(type, body), uuid.isPresent());
      Object created = answer.get(type.jsonKey());
      if (created instanceof Map) {
        body.putAll(castTree(created));
      }
      return VncJson.fromTree(type, body);
    } catch (ObjectExistsException e) {
      Optional<T> existing = uuid.flatMap(u -> find(u, ReadOptions.withoutChildrenAndBackRefs()));
      if (existing.isPresent() && existing.get().fqName().equals(resource.fqName())) {
        return existing.get();
      }
      throw e;
    }
  }

  /** Creates the object, or on 409 reads the one with the same fq_name. */
  public T createOrGet(T resource) {
    try {
      return create(resource);
    } catch (ObjectExistsException e) {
      logger.debug("{} {} exists, reading it", type.typeName(), resource.fqName());
      return readByFqName(resource.fqName());
    }
  }

  /** {@code GET /<type>/<uuid>} with children and back refs. */
  public T read(String uuid) {
    return read(uuid, ReadOptions.defaults());
  }

  public T read(String uuid, ReadOptions options) {
    Map<String, String> query = new LinkedHashMap<>();
    if (!options.fields().isEmpty()) {
      query.put("fields", String.join(",", options.fields()));
    }
    if (options.excludeBackRefs()) {
      query.put("exclude_back_refs", "true");
    }
    if (options.excludeChildren()) {
      query.put("exclude_children", "true");
    }
    String body = calls.text(HttpMethod.GET, type.path() + "/" + uuid + VncCalls.queryString(query), null, true);
    return VncJson.readWrapped(type, body);
  }

  /** Like {@link #read(String)}, empty on 404. */
  public Optional<T> find(String uuid) {
    return find(uuid, ReadOptions.defaults());
  }

  public Optional<T> find(String uuid, ReadOptions options) {
    return absentOn404(() -> read(uuid, options));
  }

  /** {@code /fqname-to-id}, then a read. */
  public T readByFqName(List<String> fqName) {
    return readByFqName(fqName, ReadOptions.defaults());
  }

  public T readByFqName(List<String> fqName, ReadOptions options) {
    return read(client.fqNameToId(type.typeName(), fqName), options);
  }

  public Optional<T> findByFqName(List<String> fqName) {
    return absentOn404(() -> readByFqName(fqName));
  }

  /**
   * PUTs the members that differ between {@code before} (as read) and {@code after}; sends
   * nothing when nothing changed. Returns {@code after}.
   */
  public T update(T before, T after) {
    String uuid = uuidOf(before);
    if (after.uuid().isPresent() && !after.uuid().equals(before.uuid())) {
      throw ValidationException.of(type.typeName() + " update",
          "uuid: " + after.uuid().get() + " differs from the object read, " + uuid);
    }
    Map<String, @Nullable Object> changes = ResourceBodies.changes(type, before, after);
    if (!changes.isEmpty()) {
      put(uuid, changes);
    }
    return after;
  }

  /** PUTs every member set in {@code fields} (identity members excepted) to the object. */
  public void updateFields(String uuid, T fields) {
    put(uuid, ResourceBodies.fieldsBody(fields));
  }

  /** Replaces the whole ref list {@code refField} (e.g. {@code network_ipam_refs}); empty removes all. */
  public void replaceRefs(String uuid, String refField, List<? extends Reference<?>> refs) {
    RefField field = type.ref(refField).orElseThrow(() -> ValidationException.of(type.typeName(),
        "refField: " + refField + " is not a ref list of " + type.typeName()));
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put(field.fieldName(), ResourceBodies.refs(field, refs));
    put(uuid, body);
  }

  public void delete(String uuid) {
    logger.debug("delete {} {}", type.typeName(), uuid);
    calls.text(HttpMethod.DELETE, type.path() + "/" + uuid, null, true);
  }

  /** Deletes the object; false when it did not exist (404). */
  public boolean deleteIfExists(String uuid) {
    return absentOn404(() -> {
      delete(uuid);
      return Boolean.TRUE;
    }).isPresent();
  }

  /** Adds the ref, without link data, through {@code /ref-update}; idempotent. */
  public void ensureRef(String uuid, String targetType, String targetUuid) {
    client.refUpdate(refUpdate(RefOperation.ADD, uuid, targetType, targetUuid).build());
  }

  /**
   * Adds the ref with link data {@code attr} (such as a {@code VnSubnetsType}), or updates the attr
   * of an existing ref, through {@code /ref-update}; idempotent.
   */
  public void ensureRef(String uuid, String targetType, String targetUuid, Object attr) {
    Objects.requireNonNull(attr, "attr == null");
    client.refUpdate(
        refUpdate(RefOperation.ADD, uuid, targetType, targetUuid).attr(Optional.of(attr)).build());
  }

  /** Removes the ref through {@code /ref-update}; done when the object or ref target is gone. */
  public void removeRef(String uuid, String targetType, String targetUuid) {
    absentOn404(() -> {
      client.refUpdate(refUpdate(RefOperation.DELETE, uuid, targetType, targetUuid).build());
      return Boolean.TRUE;
    });
  }

  /** Every object matching the query, in one request. */
  public List<T> list(ListQuery query) {
    return listing.page(query, Optional.empty(), false).items();
  }

  /** {@code count=true}. */
  public long count(ListQuery query) {
    return listing.count(query);
  }

  /** The matching objects, fetched {@link ListQuery#pageLimit()} at a time as they are used. */
  public Iterator<T> iterator(ListQuery query) {
    return new PageIterator<>(marker -> listing.page(query, marker, true));
  }

  public Stream<T> stream(ListQuery query) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(query), Spliterator.ORDERED), false);
  }

  public CompletableFuture<T> createAsync(T resource, Executor executor) {
    return CompletableFuture.supplyAsync(() -> create(resource), executor);
  }

  public CompletableFuture<T> readAsync(String uuid, ReadOptions options, Executor executor) {
    return CompletableFuture.supplyAsync(() -> read(uuid, options), executor);
  }

  public CompletableFuture<T> updateAsync(T before, T after, Executor executor) {
    return CompletableFuture.supplyAsync(() -> update(before, after), executor);
  }

  public CompletableFuture<Void> deleteAsync(String uuid, Executor executor) {
    return CompletableFuture.runAsync(() -> delete(uuid), executor);
  }

  public CompletableFuture<List<T>> listAsync(ListQuery query, Executor executor) {
    return CompletableFuture.supplyAsync(() -> list(query), executor);
  }

  private void put(String uuid, Map<String, @Nullable Object> members) {
    logger.debug("update {} {}: {}", type.typeName(), uuid, members.keySet());
    calls.send(HttpMethod.PUT, type.path() + "/" + uuid, ResourceBodies.wrap(type, members), true);
  }

  private RefUpdate.Builder refUpdate(RefOperation operation, String uuid, String targetType, String targetUuid) {
    RefUpdate.Builder builder = RefUpdate.builder();
    builder.operation(operation).type(type.typeName()).uuid(uuid).refType(targetType).refUuid(targetUuid);
    return builder;
  }

  private String uuidOf(T resource) {
    return resource.uuid().orElseThrow(() -> ValidationException.of(type.typeName(),
        "uuid: absent; update needs the object as read from the server"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> castTree(Object tree) {
    return (Map<String, @Nullable Object>) tree;
  }

  static <R> Optional<R> absentOn404(Supplier<R> call) {
    try {
      return Optional.of(call.get());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
