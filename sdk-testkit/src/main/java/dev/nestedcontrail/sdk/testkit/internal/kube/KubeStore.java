package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The objects of the fake API server with one global, increasing {@code resourceVersion} and a
 * bounded history of changes for watches. Thread-safe (one lock). Watch subscribers get each event
 * at once, under the lock; controllers get events after the change that caused them, one at a
 * time, so a controller that writes from its callback never re-enters itself.
 */
public final class KubeStore {
  private static final java.util.Set<String> GENERATION_KINDS = java.util.Set.of("DaemonSet", "NetworkPolicy");
  private static final String NAME_CHARS = "bcdfghjklmnpqrstvwxz2456789";

  private final Clock clock;
  private final int historyLimit;
  private final Random random = new Random(7);
  private final TreeMap<String, Map<String, Object>> objects = new TreeMap<>();
  private final Deque<KubeEvent> history = new ArrayDeque<>();
  private final List<Consumer<KubeEvent>> subscribers = new ArrayList<>();
  private final List<Consumer<KubeEvent>> controllers = new ArrayList<>();
  private final Deque<KubeEvent> pending = new ArrayDeque<>();
  private boolean draining;
  private long resourceVersion = 1;
  private long compacted;

  public KubeStore(Clock clock, int historyLimit) {
    this.clock = clock;
    this.historyLimit = historyLimit;
  }

  /** Adds a controller; it gets every later event after the change that caused it. */
  public synchronized void addController(Consumer<KubeEvent> controller) {
    controllers.add(controller);
  }

  /** The current (last given) resourceVersion. */
  public synchronized long resourceVersion() {
    return resourceVersion;
  }

  /** The RFC 3339 time now, to the second, as metadata timestamps are written. */
  public String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public synchronized Optional<Map<String, Object>> get(KubeResource resource, String namespace, String name) {
    return Optional.ofNullable(objects.get(key(resource, namespace, name))).map(Trees::copyObject);
  }

  /** The objects of {@code resource} in {@code namespace} (every namespace when empty), by namespace and name. */
  public synchronized List<Map<String, Object>> list(KubeResource resource, Optional<String> namespace) {
    List<Map<String, Object>> out = new ArrayList<>();
    range(prefix(resource, namespace)).values().forEach(v -> out.add(Trees.copyObject(v)));
    return out;
  }

  /**
   * The objects as they were at {@code version}, rebuilt by undoing the later changes; 410 Gone when
   * the history no longer reaches back that far, 504 when {@code version} is in the future.
   */
  public synchronized List<Map<String, Object>> listAt(KubeResource resource, Optional<String> namespace,
      long version) {
    checkVersion(version);
    String prefix = prefix(resource, namespace);
    Map<String, Map<String, Object>> state = new TreeMap<>(range(prefix));
    for (Iterator<KubeEvent> it = history.descendingIterator(); it.hasNext(); ) {
      KubeEvent e = it.next();
      if (e.resourceVersion() <= version) {
        break;
      }
      String k = key(e.resource(), namespaceOf(e.object()), nameOf(e.object()));
      if (!k.startsWith(prefix)) {
        continue;
      }
      if (e.previous().isPresent()) {
        state.put(k, e.previous().get());
      } else {
        state.remove(k);
      }
    }
    return state.values().stream().map(Trees::copyObject).toList();
  }

  /** 410 when events after {@code version} are gone from the history; 504 when it is in the future. */
  public synchronized void checkVersion(long version) {
    if (version < compacted) {
      throw expired(version);
    }
    checkNotFuture(version);
  }

  /** 504 when {@code version} is newer than the store (the real server gives up waiting for it). */
  public synchronized void checkNotFuture(long version) {
    if (version > resourceVersion) {
      throw new KubeApiException(504, "Timeout", "Too large resource version: " + version
          + ", current: " + resourceVersion, Map.of("causes", List.of(Map.of("reason", "ResourceVersionTooLarge",
          "message", "Too large resource version"))));
    }
  }

  /** The 410 Gone failure for a version older than the history. */
  public KubeApiException expired(long version) {
    return new KubeApiException(410, "Expired", "too old resource version: " + version + " (" + compacted + ")",
        Map.of());
  }

  /**
   * Stores a new object (its namespace in {@code metadata.namespace} for namespaced resources):
   * fills name from generateName, uid, creationTimestamp, resourceVersion and generation (for the
   * kinds whose spec the real server versions: DaemonSet, NetworkPolicy); 409 when it exists, 404
   * when its namespace does not.
   */
  public synchronized Map<String, Object> create(KubeResource resource, Map<String, Object> object) {
    Map<String, Object> stored = Trees.copyObject(object);
    Defaults.apply(resource, stored);
    Map<String, Object> metadata = Trees.metadata(stored);
    String namespace = namespaceOf(stored);
    if (resource.namespaced() && !objects.containsKey(key(KubeResources.require("Namespace"), "", namespace))) {
      throw KubeApiException.notFound(KubeResources.require("Namespace"), namespace);
    }
    if (nameOf(stored).isEmpty()) {
      String base = Trees.string(metadata, "generateName").orElse("");
      String name;
      do {
        name = base + suffix();
      } while (objects.containsKey(key(resource, namespace, name)));
      metadata.put("name", name);
    }
    String key = key(resource, namespace, nameOf(stored));
    if (objects.containsKey(key)) {
      throw KubeApiException.alreadyExists(resource, nameOf(stored));
    }
    metadata.put("uid", UUID.nameUUIDFromBytes((key + "@" + (resourceVersion + 1)).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString());
    metadata.put("creationTimestamp", now());
    metadata.remove("resourceVersion");
    if (GENERATION_KINDS.contains(resource.kind())) {
      metadata.put("generation", 1L);
    }
    return commit("ADDED", resource, key, stored, Optional.empty());
  }

  /**
   * Replaces the object with what {@code change} makes of a copy of it. No change means no write (the
   * same resourceVersion, no event); a changed {@code spec} bumps {@code generation}. 404 when missing.
   */
  public synchronized Map<String, Object> update(KubeResource resource, String namespace, String name,
      UnaryOperator<Map<String, Object>> change) {
    String key = key(resource, namespace, name);
    Map<String, Object> old = objects.get(key);
    if (old == null) {
      throw KubeApiException.notFound(resource, name);
    }
    Map<String, Object> updated = Trees.copyObject(change.apply(Trees.copyObject(old)));
    Defaults.apply(resource, updated);
    Map<String, Object> metadata = Trees.metadata(updated);
    Map<String, Object> oldMetadata = Trees.map(old, "metadata");
    for (String fixed : List.of("name", "namespace", "uid", "creationTimestamp", "generation")) {
      if (oldMetadata.containsKey(fixed)) {
        metadata.put(fixed, oldMetadata.get(fixed));
      } else {
        metadata.remove(fixed);
      }
    }
    metadata.put("resourceVersion", oldMetadata.get("resourceVersion"));
    if (updated.equals(old)) {
      return Trees.copyObject(old);
    }
    if (!Objects.equals(old.get("spec"), updated.get("spec")) && metadata.get("generation") instanceof Long) {
      metadata.put("generation", (Long) metadata.get("generation") + 1);
    }
    return commit("MODIFIED", resource, key, updated, Optional.of(old));
  }

  /** Removes the object (a namespace with everything in it); the last state, with a new resourceVersion. */
  public synchronized Map<String, Object> delete(KubeResource resource, String namespace, String name) {
    String key = key(resource, namespace, name);
    Map<String, Object> old = objects.get(key);
    if (old == null) {
      throw KubeApiException.notFound(resource, name);
    }
    if (resource.kind().equals("Namespace")) {
      for (KubeResource r : KubeResources.ALL) {
        if (r.namespaced()) {
          list(r, Optional.of(name)).forEach(o -> delete(r, name, nameOf(o)));
        }
      }
    }
    Map<String, Object> last = Trees.copyObject(old);
    return commit("DELETED", resource, key, last, Optional.of(old));
  }

  /**
   * Subscribes {@code sink} to the events after {@code since} (replayed from the history at once),
   * or, when {@code since} is negative, to synthetic ADDED events of the current objects of
   * {@code resource} followed by every later event. 410 when the history no longer reaches back.
   * Returns the unsubscribe action.
   */
  public synchronized Runnable subscribe(KubeResource resource, long since, Consumer<KubeEvent> sink) {
    Consumer<KubeEvent> ofResource = e -> {
      if (e.resource().equals(resource)) {
        sink.accept(e);
      }
    };
    if (since < 0) {
      for (Map<String, Object> o : list(resource, Optional.empty())) {
        sink.accept(new KubeEvent("ADDED", resource, o, Optional.empty(), resourceVersionOf(o)));
      }
    } else {
      checkVersion(since);
      history.stream().filter(e -> e.resourceVersion() > since).forEach(ofResource);
    }
    subscribers.add(ofResource);
    return () -> {
      synchronized (this) {
        subscribers.remove(ofResource);
      }
    };
  }

  private Map<String, Object> commit(String type, KubeResource resource, String key, Map<String, Object> object,
      Optional<Map<String, Object>> previous) {
    resourceVersion++;
    Trees.metadata(object).put("resourceVersion", Long.toString(resourceVersion));
    if (type.equals("DELETED")) {
      objects.remove(key);
    } else {
      objects.put(key, object);
    }
    KubeEvent event = new KubeEvent(type, resource, Trees.copyObject(object), previous, resourceVersion);
    history.addLast(event);
    while (history.size() > historyLimit) {
      compacted = history.removeFirst().resourceVersion();
    }
    List.copyOf(subscribers).forEach(s -> s.accept(event));
    pending.addLast(event);
    drain();
    return Trees.copyObject(object);
  }

  private void drain() {
    if (draining) {
      return;
    }
    draining = true;
    try {
      while (!pending.isEmpty()) {
        KubeEvent next = pending.removeFirst();
        controllers.forEach(c -> c.accept(next));
      }
    } finally {
      draining = false;
    }
  }

  private String suffix() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return s.toString();
  }

  public static String nameOf(Map<String, Object> object) {
    return Trees.string(object, "metadata", "name").orElse("");
  }

  public static String namespaceOf(Map<String, Object> object) {
    return Trees.string(object, "metadata", "namespace").orElse("");
  }

  public static long resourceVersionOf(Map<String, Object> object) {
    return Trees.string(object, "metadata", "resourceVersion").map(Long::parseLong).orElse(0L);
  }

  /** The objects whose keys start with {@code prefix}. */
  private java.util.SortedMap<String, Map<String, Object>> range(String prefix) {
    return objects.subMap(prefix, prefix + Character.MAX_VALUE);
  }

  private static String key(KubeResource resource, String namespace, String name) {
    return resource.qualifiedName() + "/" + namespace + "/" + name;
  }

  private static String prefix(KubeResource resource, Optional<String> namespace) {
    return resource.qualifiedName() + "/" + namespace.map(ns -> ns + "/").orElse("");
  }
}
