package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.BackRefField;
import dev.nestedcontrail.sdk.vnc.model.ChildField;
import dev.nestedcontrail.sdk.vnc.model.PropertyField;
import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Create, update and delete with the api-server's checks, in its order. Runs under the store's lock. */
public final class ObjectWriter {
  private static final Pattern CANONICAL_UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final List<String> READ_ONLY_KEYS = List.of("href", "parent_href", "uuid", "fq_name",
      "name", "parent_type", "parent_uuid");

  private final ConfigStore store;
  private final ObjectView view;
  private final RefResolver refs;
  private final TypeRules rules;

  public ObjectWriter(ConfigStore store, ObjectView view) {
    this.store = store;
    this.view = view;
    this.refs = new RefResolver(store);
    this.rules = new TypeRules(store);
  }

  /** {@code POST /<type>s}: the stored object. */
  public StoredObject create(ResourceType<?> type, Map<String, @Nullable Object> request, Optional<String> projectId) {
    Map<String, @Nullable Object> body = Trees.copyMap(request);
    List<String> requested = Trees.strings(body.get("fq_name")).filter(f -> !f.isEmpty())
        .orElseThrow(() -> new ApiError(400, "Bad Request, no fq_name in POST body"));
    if (!type.typeName().equals("route-target") && requested.get(requested.size() - 1).contains(":")) {
      throw new ApiError(400, "Bad Request, name has one of invalid chars {':'}");
    }
    Optional<String> parentType = parentType(type, body, requested);
    Optional<String> clientUuid = Trees.string(body, "uuid");
    if (body.containsKey("uuid") && (clientUuid.isEmpty() || !CANONICAL_UUID.matcher(clientUuid.get()).matches())) {
      throw new ApiError(400, "Invalid UUID format: " + body.get("uuid"));
    }
    Optional<StoredObject> parent = parentType.map(p -> parent(p, requested, body));
    RefResolver.checkAttrs(type, body, "create");
    List<String> fqName = rules.name(type, body, requested);
    Optional<String> existing = store.uuidOf(type.typeName(), fqName);
    if (existing.isPresent()) {
      throw new ApiError(409, PyRepr.pformat(fqName) + " already exists with uuid: " + existing.get());
    }
    if (clientUuid.isPresent() && store.get(clientUuid.get()).isPresent()) {
      throw new ApiError(409, clientUuid.get() + " already exists with fq_name: "
          + PyRepr.pformat(store.get(clientUuid.get()).orElseThrow().fqName()));
    }
    String uuid = clientUuid.orElseGet(() -> UUID.randomUUID().toString());
    dropDerived(type, body);
    for (RefField ref : type.refs()) {
      if (body.containsKey(ref.fieldName())) {
        body.put(ref.fieldName(), refs.resolve(ref, body.get(ref.fieldName())));
      }
    }
    String now = store.timestamp();
    body.put("uuid", uuid);
    body.put("name", fqName.get(fqName.size() - 1));
    body.put("fq_name", fqName);
    parentType.ifPresentOrElse(p -> body.put("parent_type", p), () -> body.remove("parent_type"));
    parent.ifPresentOrElse(p -> body.put("parent_uuid", p.uuid()), () -> body.remove("parent_uuid"));
    body.putIfAbsent("display_name", fqName.get(fqName.size() - 1));
    body.put("id_perms", Defaults.idPerms(body.get("id_perms"), uuid, now, now));
    body.put("perms2", Defaults.perms2(owner(type, uuid, body, parent, projectId), body.get("perms2")));
    StoredObject object = new StoredObject(type, uuid, fqName, body);
    rules.beforeCreate(object);
    store.insert(object);
    store.emit("CREATE", object, true);
    if (type.typeName().equals("project")) {
      Map<String, @Nullable Object> aps = new LinkedHashMap<>();
      List<String> apsName = new ArrayList<>(fqName);
      apsName.add("default-application-policy-set");
      aps.put("fq_name", apsName);
      aps.put("parent_type", "project");
      create(ConfigStore.type("application-policy-set"), aps, projectId);
    }
    return object;
  }

  /** {@code PUT /<type>/<uuid>}: field-level replace; a ref list present replaces that list. */
  public StoredObject update(ResourceType<?> type, String uuid, Map<String, @Nullable Object> request) {
    StoredObject object = store.require(type.typeName(), uuid);
    if (request.isEmpty()) {
      return object;
    }
    Map<String, @Nullable Object> body = Trees.copyMap(request);
    if (body.containsKey("perms2") && Trees.map(body, "perms2").flatMap(p -> Trees.string(p, "owner")).isEmpty()) {
      throw new ApiError(400, "owner is missing in perms2");
    }
    RefResolver.checkAttrs(type, body, "update");
    READ_ONLY_KEYS.forEach(body::remove);
    dropDerived(type, body);
    for (PropertyField prop : type.properties()) {
      String ops = prop.operations();
      boolean createOnly = ops.contains("C") && !ops.contains("U");
      if (createOnly && body.containsKey(prop.wireName())
          && !Trees.jsonEquals(body.get(prop.wireName()), object.body().get(prop.wireName()))) {
        throw new ApiError(400, prop.wireName() + " cannot be updated");
      }
    }
    Map<String, List<Map<String, @Nullable Object>>> newRefs = new LinkedHashMap<>();
    for (RefField ref : type.refs()) {
      if (body.containsKey(ref.fieldName())) {
        newRefs.put(ref.fieldName(), refs.resolve(ref, body.remove(ref.fieldName())));
      }
    }
    rules.beforeUpdate(object, body, newRefs);
    store.unindex(object);
    newRefs.forEach((field, list) -> object.body().put(field, list));
    Object oldIdPerms = object.body().get("id_perms");
    body.forEach((k, v) -> {
      if (v == null) {
        object.body().remove(k);
      } else {
        object.body().put(k, v);
      }
    });
    touch(object, oldIdPerms);
    store.index(object);
    store.emit("UPDATE", object, true);
    return object;
  }

  /**
   * {@code /ref-update}: what {@link #update} does with the whole list {@code field} minus the
   * ref to {@code target}, plus, when {@code add}, a ref to it with {@code attr} at the end; same
   * checks and answers, but the other refs are neither copied nor re-indexed, so adding the
   * 1,000th ref to an object costs what adding the first does.
   */
  public void updateRef(StoredObject object, RefField field, StoredObject target, boolean add, @Nullable Object attr) {
    List<@Nullable Object> stored = Trees.list(object.body(), field.fieldName());
    boolean fresh = !object.body().containsKey(field.fieldName());
    if (add && !field.hasData() && !rules.checksUpdates(object.typeName())
        && !store.mayHaveDanglingRefs(object.uuid()) && !store.referrersOf(target.uuid()).contains(object.uuid())
        && (fresh || stored instanceof ArrayList)) {
      appendRef(object, field, target, fresh ? new ArrayList<>() : stored, attr);
      return;
    }
    List<Map<String, @Nullable Object>> list = new ArrayList<>(stored.size() + 1);
    for (Object entry : stored) {
      if (entry instanceof Map && !target.uuid().equals(((Map<?, ?>) entry).get("uuid"))) {
        list.add(Trees.map(entry).orElseThrow());
      }
    }
    RefResolver.checkAttrs(object.type(), Map.of(field.fieldName(), list), "update");
    if (store.mayHaveDanglingRefs(object.uuid())) {
      list.forEach(r -> refs.target(field.targetType(), r));
    }
    if (add) {
      list.add(refEntry(target, attr));
    }
    rules.beforeUpdate(object, new LinkedHashMap<>(), Map.of(field.fieldName(), list));
    store.changeOneRef(object, field, target.uuid(), add, () -> {
      object.body().put(field.fieldName(), list);
      touch(object, object.body().get("id_perms"));
    });
    store.emit("UPDATE", object, true);
  }

  /**
   * The common case of {@link #updateRef}, in O(1): a new ref, without link data, to a target
   * the object does not refer to yet, on a type without update rules, every other ref known to
   * have its target. The answer is the same as the general path's: nothing to check, the ref
   * appended to the list as stored.
   */
  private void appendRef(StoredObject object, RefField field, StoredObject target, List<@Nullable Object> list,
      @Nullable Object attr) {
    store.changeOneRef(object, field, target.uuid(), true, () -> {
      list.add(refEntry(target, attr));
      object.body().put(field.fieldName(), list);
      touch(object, object.body().get("id_perms"));
    });
    store.emit("UPDATE", object, true);
  }

  private static Map<String, @Nullable Object> refEntry(StoredObject target, @Nullable Object attr) {
    Map<String, @Nullable Object> entry = new LinkedHashMap<>();
    entry.put("to", target.fqName());
    entry.put("uuid", target.uuid());
    entry.put("attr", Trees.copy(attr));
    return entry;
  }

  /** Stamps {@code last_modified} (the ETag) after a change, keeping {@code created}. */
  private void touch(StoredObject object, @Nullable Object oldIdPerms) {
    Map<String, @Nullable Object> idPerms = Trees.map(oldIdPerms).orElseGet(LinkedHashMap::new);
    object.body().put("id_perms", Defaults.idPerms(object.body().get("id_perms"), object.uuid(),
        Trees.string(idPerms, "created").orElse(""), store.timestamp()));
  }

  /** {@code DELETE /<type>/<uuid>}: refused while children or back refs remain. */
  public void delete(ResourceType<?> type, String uuid) {
    StoredObject object = store.require(type.typeName(), uuid);
    rules.beforeDelete(object);
    List<String> childHrefs = new ArrayList<>();
    List<StoredObject> defaults = new ArrayList<>();
    for (String childUuid : store.childrenOf(uuid)) {
      StoredObject child = store.get(childUuid).orElseThrow();
      boolean derived = type.children().stream()
          .anyMatch(c -> c.childType().equals(child.typeName()) && c.derived());
      if (derived || child.fqName().get(child.fqName().size() - 1).equals("default-" + child.typeName())) {
        defaults.add(child);
      } else {
        childHrefs.add(view.href(child.typeName(), childUuid));
      }
    }
    if (!childHrefs.isEmpty()) {
      throw new ApiError(409, "Delete when children still present: " + PyRepr.repr(childHrefs));
    }
    List<String> backHrefs = new ArrayList<>();
    for (String from : store.referrersOf(uuid)) {
      StoredObject referrer = store.get(from).orElseThrow();
      boolean blocking = referrer.type().refs().stream().anyMatch(r -> !r.derived()
          && r.targetType().equals(type.typeName())
          && referrer.refs(r.fieldName()).stream().anyMatch(e -> uuid.equals(e.get("uuid"))));
      if (blocking && !store.relaxedReferrersOf(uuid).contains(from)) {
        backHrefs.add(view.href(referrer.typeName(), from));
      }
    }
    if (!backHrefs.isEmpty()) {
      throw new ApiError(409, "Delete when resource still referred: " + PyRepr.repr(backHrefs));
    }
    for (StoredObject child : defaults) {
      delete(child.type(), child.uuid());
    }
    store.remove(object);
    store.emit("DELETE", object, false);
  }

  private static Optional<String> parentType(ResourceType<?> type, Map<String, @Nullable Object> body, List<String> fqName) {
    Optional<String> given = Trees.string(body, "parent_type").map(p -> p.replace('_', '-'));
    if (given.isPresent() && given.get().equals("config-root")) {
      body.remove("parent_type");
      given = Optional.empty();
    }
    if (given.isPresent()) {
      String p = given.get();
      if (!type.parentTypes().contains(p)) {
        throw new ApiError(400, "Invalid parent type " + p + " for " + type.typeName()
            + ", expected one of " + PyRepr.repr(type.parentTypes()));
      }
      return given;
    }
    if (fqName.size() == 1 && (type.parentTypes().isEmpty() || type.parentTypes().contains("config-root"))) {
      return Optional.empty();
    }
    List<String> candidates = type.parentTypes().stream().filter(p -> !p.equals("config-root")).toList();
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    if (candidates.isEmpty()) {
      throw new ApiError(400, "Bad Request, fq_name " + PyRepr.pformat(fqName) + " of a root-level "
          + type.typeName() + " must have one element");
    }
    throw new ApiError(400, "Missing parent type");
  }

  private StoredObject parent(String parentType, List<String> fqName, Map<String, @Nullable Object> body) {
    List<String> parentFq = fqName.subList(0, fqName.size() - 1);
    Optional<String> parentUuid = store.uuidOf(parentType, parentFq);
    if (parentUuid.isEmpty()) {
      boolean ownerGiven = Trees.map(body, "perms2").flatMap(p -> Trees.string(p, "owner")).isPresent();
      if (ownerGiven || parentType.equals("domain")) {
        throw new ApiError(400, "Parent " + PyRepr.pformat(parentFq) + " type " + parentType + " does not exist");
      }
      throw new ApiError(404, "Name " + PyRepr.pformat(parentFq) + " not found");
    }
    return store.get(parentUuid.get()).orElseThrow();
  }

  private static String owner(ResourceType<?> type, String uuid, Map<String, @Nullable Object> body,
      Optional<StoredObject> parent, Optional<String> projectId) {
    if (type.typeName().equals("project")) {
      return uuid.replace("-", "");
    }
    Optional<String> given = Trees.map(body, "perms2").flatMap(p -> Trees.string(p, "owner"));
    if (given.isPresent()) {
      return given.get();
    }
    if (parent.isPresent() && !parent.get().typeName().equals("domain")) {
      return Trees.map(parent.get().body(), "perms2").flatMap(p -> Trees.string(p, "owner")).orElse(Defaults.CLOUD_ADMIN);
    }
    return projectId.map(p -> p.replace("-", "")).orElse(Defaults.CLOUD_ADMIN);
  }

  /** Children and back-ref lists in a body are read-only and ignored. */
  private static void dropDerived(ResourceType<?> type, Map<String, @Nullable Object> body) {
    type.children().stream().map(ChildField::fieldName).forEach(body::remove);
    type.backRefs().stream().map(BackRefField::fieldName).forEach(body::remove);
    body.remove("href");
    body.remove("parent_href");
  }
}
