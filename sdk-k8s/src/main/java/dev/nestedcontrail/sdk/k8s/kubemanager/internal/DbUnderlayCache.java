package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventListener;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventSubscription;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The underlay in memory, as the Python kube-manager keeps it (contrail-internals §2.1, §4.1,
 * §4.2): it subscribes to the config events first, then bulk-reads every cached type from the
 * config DB, then applies the events that arrived meanwhile, in order. After that CREATE and
 * UPDATE re-read the object from the DB, DELETE evicts it, UPDATE-IMPLICIT and types it does not
 * cache are ignored. When the broker connection comes back the cache is read again from the DB,
 * because the events of the gap were lost. The DB and the events client belong to the caller; the
 * subscription is this cache's and {@link #close()} ends it.
 */
public final class DbUnderlayCache implements UnderlayCache, ConfigEventListener {
  private static final Logger logger = LoggerFactory.getLogger(DbUnderlayCache.class);
  /**
   * What UnderlayLookup, the VLAN rebuild and the resyncs (pods, namespaces, services, network
   * policies) read; a subset of the anchor's cached types.
   */
  static final List<ResourceType<?>> CACHED = List.of(VncSchema.VIRTUAL_MACHINE_INTERFACE,
      VncSchema.INSTANCE_IP, VncSchema.VIRTUAL_ROUTER, VncSchema.VIRTUAL_NETWORK,
      VncSchema.VIRTUAL_MACHINE, VncSchema.SECURITY_GROUP, VncSchema.LOADBALANCER,
      VncSchema.LOADBALANCER_LISTENER, VncSchema.LOADBALANCER_POOL,
      VncSchema.LOADBALANCER_MEMBER, VncSchema.FIREWALL_POLICY);
  /** Types read from the DB at once during the warm-up. */
  private static final int READERS = 4;

  private final ConfigDb db;
  private final ConfigEvents events;
  private final Map<String, ResourceType<?>> types = CACHED.stream()
      .collect(Collectors.toMap(ResourceType::typeName, t -> t));
  private final Map<String, Map<String, VncResource>> objects = new ConcurrentHashMap<>();
  private final Object lock = new Object();
  private final List<ConfigEvent> pending = new ArrayList<>();
  private boolean warm;
  private @Nullable ConfigEventSubscription subscription;

  public DbUnderlayCache(ConfigDb db, ConfigEvents events) {
    this.db = db;
    this.events = events;
    CACHED.forEach(t -> objects.put(t.typeName(), new ConcurrentHashMap<>()));
  }

  @Override
  public void start() {
    subscription = events.subscribe(this);
    int count = load();
    synchronized (lock) {
      pending.forEach(this::apply);
      logger.debug("config DB cache warm: {} objects, {} events applied after the warm-up",
          count, pending.size());
      pending.clear();
      warm = true;
    }
  }

  /**
   * Reads every cached type from the DB, {@link #READERS} types at a time (each bulk read keeps a
   * few batches in flight and decodes on its own thread), and replaces each type's map.
   */
  private int load() {
    ExecutorService readers = Executors.newFixedThreadPool(Math.min(READERS, CACHED.size()), runnable -> {
      Thread thread = new Thread(runnable, "config-db-warm-up");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Map<String, VncResource>>> reads = new ArrayList<>();
      for (ResourceType<?> type : CACHED) {
        reads.add(readers.submit(() -> read(type)));
      }
      int count = 0;
      for (int i = 0; i < CACHED.size(); i++) {
        Map<String, VncResource> byUuid = await(reads.get(i));
        objects.put(CACHED.get(i).typeName(), byUuid);
        count += byUuid.size();
      }
      return count;
    } finally {
      readers.shutdownNow();
    }
  }

  private Map<String, VncResource> read(ResourceType<?> type) {
    Map<String, VncResource> byUuid = new ConcurrentHashMap<>();
    db.stream(type).forEach(o -> o.uuid().ifPresent(u -> byUuid.put(u, o)));
    return byUuid;
  }

  private static <T> T await(Future<T> read) {
    try {
      return read.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("config DB warm-up failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContrailClientException("config DB warm-up interrupted", e);
    }
  }

  @Override
  public void onEvent(ConfigEvent event) {
    synchronized (lock) {
      if (warm) {
        apply(event);
      } else {
        pending.add(event);
      }
    }
  }

  @Override
  public void onDisconnected(ContrailException cause) {
    logger.warn("config events disconnected ({}); the underlay cache may go stale until they resume",
        cause.getMessage());
  }

  @Override
  public void onReconnected(Endpoint broker) {
    synchronized (lock) {
      if (warm) {
        logger.info("config events resumed on {}; reading the underlay from the config DB again",
            broker);
        load();
      }
    }
  }

  private void apply(ConfigEvent event) {
    ResourceType<?> type = types.get(event.type());
    if (type == null) {
      return;
    }
    Map<String, VncResource> byUuid = objects.get(type.typeName());
    switch (event.operation()) {
      case CREATE, UPDATE -> {
        try {
          byUuid.put(event.uuid(), db.read(type, event.uuid()));
        } catch (NotFoundException deletedMeanwhile) {
          byUuid.remove(event.uuid());
        } catch (ContrailException e) {
          logger.warn("config DB read of {} {} after {} failed: {}", event.type(), event.uuid(),
              event.oper(), e.getMessage());
        }
      }
      case DELETE -> byUuid.remove(event.uuid());
      default -> {
        // UPDATE-IMPLICIT and unknown operations: ignored, as kube-manager does
      }
    }
  }

  @Override
  public <T extends VncResource> List<T> list(Class<T> type) {
    return List.copyOf(typed(type).values());
  }

  @Override
  public List<InstanceIp> instanceIps(String address) {
    return typed(InstanceIp.class).values().stream()
        .filter(iip -> iip.instanceIpAddress().filter(address::equals).isPresent()).toList();
  }

  @Override
  public <T extends VncResource> Optional<T> find(Class<T> type, String uuid) {
    return Optional.ofNullable(typed(type).get(uuid));
  }

  @SuppressWarnings("unchecked")
  private <T extends VncResource> Map<String, T> typed(Class<T> type) {
    for (ResourceType<?> cached : CACHED) {
      if (cached.javaClass().equals(type)) {
        return (Map<String, T>) objects.get(cached.typeName());
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " is not cached from the config DB");
  }

  @Override
  public void close() {
    ConfigEventSubscription open = subscription;
    if (open != null) {
      open.close();
    }
  }
}
