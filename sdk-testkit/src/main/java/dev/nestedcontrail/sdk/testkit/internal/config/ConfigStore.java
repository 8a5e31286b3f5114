package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.RefField;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The objects of the fake config API and the indexes the api-server keeps in Cassandra: fq_name
 * to uuid per type, children per parent, referrers per target and relaxed back refs, plus the
 * {@link FieldIndexes} the create checks use. Every access holds one lock; change events are
 * delivered under it, so listeners see commit order.
 */
public final class ConfigStore {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

  private final Map<String, StoredObject> byUuid = new HashMap<>();
  private final Map<String, Map<List<String>, String>> byFqName = new HashMap<>();
  private final Map<String, Set<String>> children = new HashMap<>();
  private final Map<String, Set<String>> referrers = new HashMap<>();
  private final Map<String, Set<String>> relaxed = new HashMap<>();
  private final FieldIndexes fields = new FieldIndexes();
  /** Objects that referred to an object deleted under a relaxed ref: their refs may point nowhere. */
  private final Set<String> mayDangle = new HashSet<>();
  private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private LocalDateTime lastStamp = LocalDateTime.MIN;

  public ConfigStore(Clock clock) {
    this.clock = clock;
  }

  /** Runs {@code action} holding the store's lock. */
  public synchronized <T> T locked(Supplier<T> action) {
    return action.get();
  }

  public void addListener(Consumer<ChangeEvent> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<ChangeEvent> listener) {
    listeners.remove(listener);
  }

  synchronized void emit(String oper, StoredObject object, boolean withBody) {
    if (listeners.isEmpty()) {
      return;
    }
    ChangeEvent event = new ChangeEvent(oper, object.typeName(), object.uuid(), object.fqName(),
        withBody ? Optional.of(Trees.copyMap(object.body())) : Optional.empty());
    listeners.forEach(l -> l.accept(event));
  }

  /** A timestamp in the api-server's form (no zone, microseconds), strictly increasing. */
  synchronized String timestamp() {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    if (!now.isAfter(lastStamp)) {
      now = lastStamp.plus(1, ChronoUnit.MICROS);
    }
    lastStamp = now;
    return TIMESTAMP.format(now);
  }

  public synchronized Optional<StoredObject> get(String uuid) {
    return Optional.ofNullable(byUuid.get(uuid));
  }

  /** The object of {@code type} with {@code uuid}; 404 when absent or of another type. */
  public synchronized StoredObject require(String type, String uuid) {
    StoredObject object = byUuid.get(uuid);
    if (object == null || !object.typeName().equals(type)) {
      throw new ApiError(404, "No " + type + " object found for id " + uuid);
    }
    return object;
  }

  public synchronized Optional<String> uuidOf(String type, List<String> fqName) {
    return Optional.ofNullable(byFqName.getOrDefault(type, Map.of()).get(fqName));
  }

  /** How many objects of {@code type} exist. */
  public synchronized int count(String type) {
    return byFqName.getOrDefault(type, Map.of()).size();
  }

  /** Every object of {@code type}. */
  public synchronized List<StoredObject> ofType(String type) {
    List<StoredObject> out = new ArrayList<>();
    for (String uuid : byFqName.getOrDefault(type, Map.of()).values()) {
      out.add(byUuid.get(uuid));
    }
    return out;
  }

  public synchronized List<StoredObject> all() {
    return new ArrayList<>(byUuid.values());
  }

  public synchronized Set<String> childrenOf(String parentUuid) {
    return children.getOrDefault(parentUuid, Set.of());
  }

  public synchronized Set<String> referrersOf(String targetUuid) {
    return referrers.getOrDefault(targetUuid, Set.of());
  }

  public synchronized Set<String> relaxedReferrersOf(String targetUuid) {
    return relaxed.getOrDefault(targetUuid, Set.of());
  }

  synchronized boolean macInUse(String mac) {
    return fields.macInUse(mac);
  }

  /** The addresses held by the instance-ips referring to {@code targetUuid} (read under the lock only). */
  synchronized HeldAddresses addressesReferring(String targetUuid) {
    return fields.addressesReferring(targetUuid);
  }

  synchronized Optional<String> subInterfaceWithTag(String primaryUuid, Object tag, String exceptUuid) {
    return fields.subInterfaceWithTag(primaryUuid, tag, exceptUuid);
  }

  /** Notes the objects with a ref whose target is not stored (after loading a snapshot). */
  synchronized void findDanglingRefs() {
    for (StoredObject object : byUuid.values()) {
      for (RefField ref : object.type().refs()) {
        if (object.refs(ref.fieldName()).stream()
            .anyMatch(r -> Trees.string(r, "uuid").map(u -> !byUuid.containsKey(u)).orElse(true))) {
          mayDangle.add(object.uuid());
        }
      }
    }
  }

  /** False when every ref of the object is known to have a target (no target was deleted under it). */
  synchronized boolean mayHaveDanglingRefs(String uuid) {
    return mayDangle.contains(uuid);
  }

  synchronized void relax(String targetUuid, String referrerUuid) {
    relaxed.computeIfAbsent(targetUuid, k -> new TreeSet<>()).add(referrerUuid);
  }

  synchronized void insert(StoredObject object) {
    byUuid.put(object.uuid(), object);
    byFqName.computeIfAbsent(object.typeName(), k -> new HashMap<>()).put(object.fqName(), object.uuid());
    object.parentUuid().ifPresent(p -> children.computeIfAbsent(p, k -> new TreeSet<>()).add(object.uuid()));
    targets(object).forEach(t -> referrers.computeIfAbsent(t, k -> new TreeSet<>()).add(object.uuid()));
    fields.add(object);
  }

  synchronized void remove(StoredObject object) {
    mayDangle.addAll(referrers.getOrDefault(object.uuid(), Set.of()));
    byUuid.remove(object.uuid());
    byFqName.getOrDefault(object.typeName(), new HashMap<>()).remove(object.fqName());
    object.parentUuid().ifPresent(p -> children.getOrDefault(p, new TreeSet<>()).remove(object.uuid()));
    unindex(object);
    children.remove(object.uuid());
    relaxed.remove(object.uuid());
    relaxed.values().forEach(s -> s.remove(object.uuid()));
  }

  /** Call before changing {@code object}'s refs or fields, then {@link #index} after. */
  synchronized void unindex(StoredObject object) {
    fields.remove(object);
    targets(object).forEach(t -> {
      Set<String> set = referrers.get(t);
      if (set != null) {
        set.remove(object.uuid());
      }
    });
  }

  synchronized void index(StoredObject object) {
    fields.add(object);
    Set<String> now = targets(object);
    now.forEach(t -> referrers.computeIfAbsent(t, k -> new TreeSet<>()).add(object.uuid()));
    relaxed.forEach((target, set) -> {
      if (!now.contains(target)) {
        set.remove(object.uuid());
      }
    });
  }

  /**
   * Call instead of {@link #unindex}/{@link #index} around a change of one ref of {@code object}
   * (in list {@code field}, to {@code targetUuid}) and nothing else, {@code change} running in
   * between: only that target's entries are touched, whatever the number of the object's other
   * refs. {@code added} tells whether the ref is there after the change.
   */
  synchronized void changeOneRef(StoredObject object, RefField field, String targetUuid, boolean added,
      Runnable change) {
    fields.remove(object);
    change.run();
    fields.add(object);
    boolean refers = added || object.type().refs().stream()
        .filter(r -> !r.fieldName().equals(field.fieldName()) && r.targetType().equals(field.targetType()))
        .anyMatch(r -> object.refs(r.fieldName()).stream().anyMatch(e -> targetUuid.equals(e.get("uuid"))));
    if (refers) {
      referrers.computeIfAbsent(targetUuid, k -> new TreeSet<>()).add(object.uuid());
      return;
    }
    Set<String> set = referrers.get(targetUuid);
    if (set != null) {
      set.remove(object.uuid());
    }
    Set<String> relaxedSet = relaxed.get(targetUuid);
    if (relaxedSet != null) {
      relaxedSet.remove(object.uuid());
    }
  }

  static Set<String> targets(StoredObject object) {
    Set<String> out = new TreeSet<>();
    for (RefField ref : object.type().refs()) {
      object.refs(ref.fieldName()).forEach(r -> Trees.string(r, "uuid").ifPresent(out::add));
    }
    return out;
  }

  /** Drops everything (listeners stay). */
  synchronized void clear() {
    byUuid.clear();
    byFqName.clear();
    children.clear();
    referrers.clear();
    relaxed.clear();
    fields.clear();
    mayDangle.clear();
  }

  /** The stored object's type by name; 404 for an unknown type, like the server. */
  static ResourceType<?> type(String name) {
    return dev.nestedcontrail.sdk.vnc.model.VncSchema.find(name)
        .orElseThrow(() -> new ApiError(404, "Resource type '" + name + "' not found"));
  }
}
