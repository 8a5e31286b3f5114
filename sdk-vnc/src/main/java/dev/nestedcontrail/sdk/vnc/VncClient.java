package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import dev.nestedcontrail.sdk.vnc.internal.client.ResourceBodies;
import dev.nestedcontrail.sdk.vnc.internal.client.VncCalls;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The Contrail config API client, the entry point of this module.
 *
 * <pre>{@code
 * try (VncClient vnc = VncClient.builder()
 *     .endpoints(Endpoints.parse("http://10.0.0.1:8082,http://10.0.0.2:8082"))
 *     .authProvider(keystoneClient)          // AuthProvider.none() by default
 *     .build()) {
 *   ResourceOperations<VirtualNetwork> vns = vnc.virtualNetworks();
 *   VirtualNetwork vn = vns.readByFqName(List.of("default-domain", "k8s", "pods"));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance. Requests go through one
 * {@link HttpTransport} (failover across the endpoints, retries of idempotent calls, re-auth on
 * 401). Errors are the sdk-core exception tree; a 409 is an {@link ObjectExistsException} or an
 * {@link ObjectInUseException} when the server's message tells which.
 */
public final class VncClient extends VncResourceAccessors implements AutoCloseable {
  private final VncClientBuilder settings;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final VncCalls calls;
  private final AtomicBoolean closed = new AtomicBoolean();

  VncClient(VncClientBuilder settings, HttpTransport transport, boolean ownsTransport) {
    this.settings = settings;
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.calls = new VncCalls(transport, settings.tenant());
  }

  /** The config API server this client talks to now; it moves on failover. */
  public Endpoint currentEndpoint() {
    return transport.currentEndpoint();
  }

  @Override
  public String toString() {
    return "VncClient{" + transport.currentEndpoint() + "}";
  }

  public static VncClientBuilder builder() {
    return new VncClientBuilder();
  }

  /**
   * A builder with this client's settings; the client it builds shares this client's transport
   * (connections, failover state) unless a transport setting is changed. Closing the derived client
   * leaves the shared transport open.
   */
  public VncClientBuilder toBuilder() {
    return settings.copy(transport);
  }

  /** The operations on one resource type; also one accessor per type, e.g. {@link #virtualNetworks()}. */
  @Override
  public <T extends VncResource> ResourceOperations<T> resources(ResourceType<T> type) {
    return new ResourceOperations<>(this, calls, type);
  }

  /** The operations on the resource type of a generated class, e.g. {@code VirtualNetwork.class}. */
  @SuppressWarnings("unchecked")
  public <T extends VncResource> ResourceOperations<T> resources(Class<T> javaClass) {
    for (ResourceType<?> type : VncSchema.all()) {
      if (type.javaClass().equals(javaClass)) {
        return resources((ResourceType<T>) type);
      }
    }
    throw ValidationException.of("resource class", javaClass.getName() + " is not a resource type of the schema");
  }

  /** The operations on a type named in hyphen or underscore form ({@code virtual_network}). */
  public ResourceOperations<?> resources(String typeName) {
    return resources(type(typeName));
  }

  /** {@code POST /fqname-to-id}: the uuid of the object, NotFoundException when there is none. */
  public String fqNameToId(String type, List<String> fqName) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("type", type(type).typeName());
    body.put("fq_name", fqName);
    return string(calls.send(HttpMethod.POST, "/fqname-to-id", body, true), "uuid");
  }

  /** Like {@link #fqNameToId}, empty on 404. */
  public Optional<String> findIdByFqName(String type, List<String> fqName) {
    return ResourceOperations.absentOn404(() -> fqNameToId(type, fqName));
  }

  /** {@code POST /id-to-fqname}: the type and fq_name of a uuid. */
  public ObjectIdentity idToFqName(String uuid) {
    Map<String, @Nullable Object> answer = calls.send(HttpMethod.POST, "/id-to-fqname", Map.of("uuid", uuid), true);
    Object fqName = answer.get("fq_name");
    if (!(fqName instanceof List)) {
      throw new ContrailClientException("id-to-fqname answer has no fq_name list");
    }
    List<String> names = new ArrayList<>();
    ((List<?>) fqName).forEach(n -> names.add(String.valueOf(n)));
    return ObjectIdentity.of(string(answer, "type"), names, uuid);
  }

  /** {@code POST /ref-update}; ADD on an existing ref updates its attr. */
  public void refUpdate(RefUpdate update) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("operation", update.operation().name());
    body.put("type", type(update.type()).typeName());
    body.put("uuid", update.uuid());
    body.put("ref-type", type(update.refType()).typeName());
    update.refUuid().ifPresent(u -> body.put("ref-uuid", u));
    if (!update.refFqName().isEmpty()) {
      body.put("ref-fq-name", update.refFqName());
    }
    body.put("attr", update.attr().map(ResourceBodies::valueTree).orElse(null));
    if (update.relaxRefForDelete()) {
      body.put("relax_ref_for_delete", true);
    }
    calls.send(HttpMethod.POST, "/ref-update", body, true);
  }

  /** {@code POST /ref-relax-for-delete}: the ref from {@code uuid} no longer blocks deleting {@code refUuid}. */
  public void refRelaxForDelete(String uuid, String refUuid) {
    calls.send(HttpMethod.POST, "/ref-relax-for-delete", Map.of("uuid", uuid, "ref-uuid", refUuid), true);
  }

  /** {@code GET /prop-collection-get}: the elements of list or map properties, by field. */
  public Map<String, List<PropCollectionElement>> propCollectionGet(String uuid, List<String> fields,
      Optional<String> position) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("uuid", uuid);
    query.put("fields", String.join(",", fields));
    position.ifPresent(p -> query.put("position", p));
    return PropCollections.read(calls.get("/prop-collection-get", query));
  }

  /** {@code POST /prop-collection-update}: element-wise edits of list and map properties. */
  public void propCollectionUpdate(String uuid, List<PropCollectionUpdate> updates) {
    calls.send(HttpMethod.POST, "/prop-collection-update", PropCollections.updateBody(uuid, updates), true);
  }

  /** {@code POST /set-tag}: sets the tag of {@code tagType} (e.g. {@code application}) on the object. */
  public void setTag(String objType, String objUuid, String tagType, String value, boolean global) {
    setTags(objType, objUuid, Map.of(tagType, value), java.util.Set.of(), global);
  }

  /** {@code POST /set-tag} with null: removes every tag of {@code tagType} from the object. */
  public void removeTags(String objType, String objUuid, String tagType) {
    setTags(objType, objUuid, Map.of(), java.util.Set.of(tagType), false);
  }

  /**
   * {@code POST /set-tag} for several tag types in one request: each entry of {@code values} sets
   * the tag {@code <type>=<value>} (replacing the object's tag of that type), each type in
   * {@code removedTypes} drops every tag of that type. The tags must exist (404 otherwise); they
   * are looked up globally when {@code global}, else in the object's project.
   */
  public void setTags(String objType, String objUuid, Map<String, String> values,
      java.util.Set<String> removedTypes, boolean global) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("obj_type", type(objType).typeName());
    body.put("obj_uuid", objUuid);
    values.forEach((tagType, value) -> {
      Map<String, @Nullable Object> tag = new LinkedHashMap<>();
      tag.put("value", value);
      tag.put("is_global", global);
      body.put(tagType, tag);
    });
    removedTypes.forEach(tagType -> body.put(tagType, null));
    calls.send(HttpMethod.POST, "/set-tag", body, true);
  }

  /** {@code POST /chown}: gives the object to the project {@code owner} (a uuid). */
  public void chown(String uuid, String owner) {
    calls.send(HttpMethod.POST, "/chown", Map.of("uuid", uuid, "owner", owner), true);
  }

  /** Releases the transport when this client created it. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  private static ResourceType<?> type(String name) {
    return VncSchema.find(name).orElseThrow(() ->
        ValidationException.of("resource type", name + " is not a type of the schema"));
  }

  private static String string(Map<String, @Nullable Object> answer, String key) {
    Object value = answer.get(key);
    if (value == null) {
      throw new ContrailClientException("config API answer has no " + key + ": " + VncJson.writeTree(answer));
    }
    return value.toString();
  }
}
