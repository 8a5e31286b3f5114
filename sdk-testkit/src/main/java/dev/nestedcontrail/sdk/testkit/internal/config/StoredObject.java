package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One stored object: its type and identity, and the object dict as the api-server keeps it
 * (identity, properties, refs as {@code {to, uuid, attr}} and unknown fields; no hrefs, children
 * or back refs, which are derived on read). Guarded by the store's lock.
 */
public final class StoredObject {
  private final ResourceType<?> type;
  private final String uuid;
  private final List<String> fqName;
  private final Map<String, @Nullable Object> body;

  StoredObject(ResourceType<?> type, String uuid, List<String> fqName, Map<String, @Nullable Object> body) {
    this.type = type;
    this.uuid = uuid;
    this.fqName = List.copyOf(fqName);
    this.body = body;
  }

  public ResourceType<?> type() {
    return type;
  }

  public String typeName() {
    return type.typeName();
  }

  public String uuid() {
    return uuid;
  }

  public List<String> fqName() {
    return fqName;
  }

  /** The stored dict itself (mutable; only under the store's lock). */
  public Map<String, @Nullable Object> body() {
    return body;
  }

  public Optional<String> parentUuid() {
    return Trees.string(body, "parent_uuid");
  }

  /** The ref entries of {@code field}, as stored. */
  public List<Map<String, @Nullable Object>> refs(String field) {
    return Trees.list(body, field).stream().flatMap(o -> Trees.map(o).stream()).toList();
  }

  /** {@code id_perms.last_modified}, the ETag value. */
  public String lastModified() {
    return Trees.map(body, "id_perms").flatMap(p -> Trees.string(p, "last_modified")).orElse("");
  }
}
