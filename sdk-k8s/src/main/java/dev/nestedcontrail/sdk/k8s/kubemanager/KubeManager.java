package dev.nestedcontrail.sdk.k8s.kubemanager;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.Informer;
import dev.nestedcontrail.sdk.k8s.client.InformerListener;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Engine;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.LeaseElector;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.UnderlayBackends;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kube-manager as a component: it provisions the cluster's Contrail objects, watches Namespaces
 * and Pods, and gives every nested pod its VM, sub-interface VMI (with a VLAN), instance-ip and
 * virtual-router ref, named and annotated as the Python kube-manager does. Events for different
 * objects run concurrently on {@link KubeManagerConfig#workerCount()} workers, events for one
 * object in order; a periodic resync removes this cluster's objects whose Kubernetes object is
 * gone and wires what is missing. All state lives in VNC, so a restart converges.
 *
 * <p>Annotations honoured, as the Python kube-manager reads them (contrail-internals §2.5):
 * <ul>
 *   <li>Namespace {@code opencontrail.org/isolation: "true"}: the namespace gets its own
 *       {@code <cluster>-<ns>-pod-network} and {@code <cluster>-<ns>-service-network}, the policy
 *       {@code <cluster>-<ns>-pod-service-np} between them, and the cluster policies attached;
 *       all of it is removed with the namespace. The {@code default} namespace's networks are
 *       the cluster's, updated the same way.
 *   <li>Namespace {@code opencontrail.org/ip_fabric_forwarding} and
 *       {@code opencontrail.org/ip_fabric_snat} ({@code "true"}/{@code "false"}): override the
 *       global settings for the namespace's own pod network (for {@code default}: the cluster's).
 *   <li>Pod or namespace {@code opencontrail.org/network}, a dict such as
 *       {@code {"domain": "default-domain", "project": "p", "name": "vn"}} (JSON or Python
 *       quotes): the pod (every pod of the namespace) goes on that existing network. A pod's
 *       network is its own annotation, else its namespace's, else the isolated namespace's pod
 *       network, else the cluster pod network. An annotation that cannot be read or names no
 *       network is an error event naming the pod, the annotation and the value, and nothing of
 *       the pod is written.
 * </ul>
 * Not honoured: {@code opencontrail.org/fip-pool} and
 * {@code net.beta.kubernetes.io/network-policy}.
 *
 * <p>{@link #start()} returns once the initial sync is done; {@link #close()} stops the watches,
 * workers and timer. The Kubernetes and VNC clients belong to the caller and stay open.
 *
 * <p>With {@link Builder#configDb} and {@link Builder#configEvents} it reads the underlay (VMIs,
 * instance-ips, virtual-routers, networks, VMs, security groups) as the Python kube-manager does:
 * bulk-read from the config DB at start, then kept current from the config events, instead of
 * listing it over REST. Writes always go through the VNC client. Both clients belong to the
 * caller; the event subscription is closed with this kube-manager. Without them, when the
 * configuration names both {@link KubeManagerConfig#cassandraServers()} and
 * {@link KubeManagerConfig#rabbit()} and {@link KubeManagerConfig#useConfigDb()} is on,
 * {@link Builder#build()} opens the config DB and the config events itself (queue
 * {@code [<cluster_id>-]<cluster_name>-kube_manager.<hostname>}, as the Python kube-manager names
 * it) and {@link #close()} closes them.
 */
public final class KubeManager implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(KubeManager.class);

  private final KubeManagerConfig config;
  private final KubernetesClient kubernetes;
  private final Engine engine;
  private final UnderlayBackends backends;
  private final ExecutorService callbacks;
  private final ScheduledExecutorService timer;
  private final boolean ownsTimer;
  private final List<Informer> informers = new ArrayList<>();
  private final AtomicReference<KubeManagerState> state =
      new AtomicReference<>(KubeManagerState.NEW);
  private final Clock clock;
  private final String identity;
  private @Nullable ScheduledFuture<?> resyncTask;
  private @Nullable ScheduledFuture<?> electionTask;
  private volatile @Nullable LeaseElector elector;
  private volatile @Nullable Informer namespaceInformer;
  private volatile @Nullable Informer podInformer;
  private volatile @Nullable Informer serviceInformer;
  private volatile @Nullable Informer networkPolicyInformer;

  private KubeManager(Builder b) {
    this.config = Objects.requireNonNull(b.config, "config");
    this.kubernetes = Objects.requireNonNull(b.kubernetes, "kubernetes");
    this.engine = new Engine(config, Objects.requireNonNull(b.vnc, "vnc"), b.clock);
    engine.namespaceLookup(name -> {
      Informer namespaces = namespaceInformer;
      return namespaces == null ? java.util.Optional.empty() : namespaces.get("", name);
    });
    this.backends = UnderlayBackends.open(config, b.configDb, b.configEvents);
    backends.configDb().ifPresent(db ->
        engine.readUnderlayFrom(db, backends.configEvents().orElseThrow()));
    this.clock = b.clock;
    this.identity = b.identity;
    this.callbacks = Executors.newSingleThreadExecutor(r -> daemon(r, "kube-manager-events"));
    this.ownsTimer = b.timer == null;
    this.timer = b.timer != null ? b.timer
        : Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kube-manager-resync"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Provisions the cluster objects, rebuilds the VLAN allocations from VNC, lists and watches
   * Namespaces and Pods, runs a first resync (removing what was left behind by pods deleted
   * while no kube-manager ran), and returns when all of it has been reconciled. With
   * {@link KubeManagerConfig#replicas()} above one it first campaigns for the Lease: a replica
   * that does not get it returns at once in {@link KubeManagerState#STANDBY} and starts working
   * when it takes the lease over; a leader that loses its lease stops.
   */
  public synchronized void start() {
    if (!state.compareAndSet(KubeManagerState.NEW, KubeManagerState.STARTING)) {
      throw new IllegalStateException("start: kube-manager is " + state.get());
    }
    if (config.replicas() > 1) {
      LeaseElector candidate = new LeaseElector(kubernetes, "kube-system",
          config.clusterName() + "-kube-manager", identity, config.leaseDuration(), clock);
      elector = candidate;
      long retry = Math.max(1, config.leaseDuration().toMillis() / 3);
      electionTask = timer.scheduleWithFixedDelay(this::campaign, retry, retry,
          TimeUnit.MILLISECONDS);
      if (!candidate.tryAcquireOrRenew()) {
        state.set(KubeManagerState.STANDBY);
        return;
      }
    }
    startWork();
  }

  private void startWork() {
    engine.start();
    Informer namespaces = watch(kubernetes.resources("v1", "Namespace")
        .inform(callbacks, listener(engine::namespaceChanged, engine::namespaceDeleted)));
    namespaceInformer = namespaces;
    namespaces.started().join();
    podInformer = watch(kubernetes.resources("v1", "Pod").inAllNamespaces()
        .inform(callbacks, listener(engine::podChanged, engine::podDeleted)));
    serviceInformer = watch(kubernetes.resources("v1", "Service").inAllNamespaces()
        .inform(callbacks, listener(engine.services()::serviceChanged,
            engine.services()::serviceDeleted)));
    watch(kubernetes.resources("v1", "Endpoints").inAllNamespaces()
        .inform(callbacks, listener(engine.services()::endpointsChanged,
            engine.services()::endpointsDeleted)));
    networkPolicyInformer = watch(kubernetes.resources("networking.k8s.io/v1", "NetworkPolicy")
        .inAllNamespaces().inform(callbacks, listener(
            p -> engine.networkPolicyChanged(p, namespaces()), engine::networkPolicyDeleted)));
    CompletableFuture.allOf(informers.stream().map(Informer::started)
        .toArray(CompletableFuture[]::new)).join();
    engine.awaitIdle(Duration.ofDays(1));
    resync();
    engine.awaitIdle(Duration.ofDays(1));
    long period = config.resyncInterval().toMillis();
    resyncTask = timer.scheduleWithFixedDelay(this::resyncQuietly, period, period,
        TimeUnit.MILLISECONDS);
    state.set(KubeManagerState.RUNNING);
  }

  private void campaign() {
    LeaseElector candidate = elector;
    if (candidate == null) {
      return;
    }
    boolean leading;
    try {
      leading = candidate.tryAcquireOrRenew();
    } catch (RuntimeException e) {
      engine.recordError(e);
      leading = false;
    }
    synchronized (this) {
      if (leading && state.compareAndSet(KubeManagerState.STANDBY, KubeManagerState.STARTING)) {
        logger.info("kube-manager {} took the lease of cluster {}", identity,
            config.clusterName());
        startWork();
      } else if (!leading && state.get() == KubeManagerState.RUNNING) {
        logger.error("kube-manager {} lost the lease of cluster {}; stopping", identity,
            config.clusterName());
        close();
      }
    }
  }

  /**
   * Runs one resync now: removes this cluster's pod and namespace objects whose Kubernetes
   * object is gone and queues the pods not wired yet. Returns once the work is queued.
   */
  public void resync() {
    engine.resync(podsByUid(), namespaces());
    engine.services().resync(listed(serviceInformer));
    engine.resyncNetworkPolicies(listed(networkPolicyInformer), namespaces());
  }

  private void resyncQuietly() {
    try {
      resync();
    } catch (RuntimeException e) {
      engine.recordError(e);
    }
  }

  /** Waits until no event is queued or running; true when idle within the timeout. */
  public boolean awaitIdle(Duration timeout) {
    return engine.awaitIdle(timeout);
  }

  public KubeManagerHealth health() {
    return engine.health(state.get());
  }

  public KubeManagerMetrics metrics() {
    return engine.metrics();
  }

  public KubeManagerConfig config() {
    return config;
  }

  @Override
  public synchronized void close() {
    if (state.getAndSet(KubeManagerState.STOPPED) == KubeManagerState.STOPPED) {
      return;
    }
    if (resyncTask != null) {
      resyncTask.cancel(false);
    }
    if (electionTask != null) {
      electionTask.cancel(false);
    }
    informers.forEach(Informer::close);
    callbacks.shutdownNow();
    engine.close();
    backends.close();
    if (elector != null) {
      elector.release();
    }
    if (ownsTimer) {
      timer.shutdownNow();
    }
  }

  private java.util.Map<String, KubernetesObject> podsByUid() {
    java.util.Map<String, KubernetesObject> pods = new java.util.HashMap<>();
    listed(podInformer).forEach(p -> p.uid().ifPresent(u -> pods.put(u, p)));
    return pods;
  }

  private List<KubernetesObject> namespaces() {
    return listed(namespaceInformer);
  }

  /** The informer's cache; empty before the informer exists. */
  private static List<KubernetesObject> listed(@Nullable Informer informer) {
    return informer == null ? List.of() : informer.list();
  }

  /** Keeps the informer for {@link #close()} and returns it. */
  private Informer watch(Informer informer) {
    informers.add(informer);
    return informer;
  }

  /** Hands each informer event to the reconciler's change or delete callback. */
  private static InformerListener listener(
      java.util.function.Consumer<KubernetesObject> changed,
      java.util.function.Consumer<KubernetesObject> deleted) {
    return new InformerListener() {
      @Override
      public void onAdd(KubernetesObject object) {
        changed.accept(object);
      }

      @Override
      public void onUpdate(KubernetesObject oldObject, KubernetesObject newObject) {
        changed.accept(newObject);
      }

      @Override
      public void onDelete(KubernetesObject object) {
        deleted.accept(object);
      }
    };
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public String toString() {
    return "KubeManager{cluster=" + config.clusterName() + ", state=" + state.get() + "}";
  }

  /** Builds a {@link KubeManager}; config, Kubernetes client and VNC client are required. */
  public static final class Builder {
    private @Nullable KubeManagerConfig config;
    private @Nullable KubernetesClient kubernetes;
    private @Nullable VncClient vnc;
    private @Nullable ConfigDb configDb;
    private @Nullable ConfigEvents configEvents;
    private Clock clock = Clock.systemUTC();
    private @Nullable ScheduledExecutorService timer;
    private String identity = java.util.UUID.randomUUID().toString();

    private Builder() {}

    /** This replica's name in the Lease; default a random UUID. */
    public Builder identity(String identity) {
      this.identity = identity;
      return this;
    }

    public Builder config(KubeManagerConfig config) {
      this.config = config;
      return this;
    }

    public Builder kubernetes(KubernetesClient kubernetes) {
      this.kubernetes = kubernetes;
      return this;
    }

    public Builder vnc(VncClient vnc) {
      this.vnc = vnc;
      return this;
    }

    /** The config DB to warm the underlay cache from; requires {@link #configEvents}. */
    public Builder configDb(ConfigDb configDb) {
      this.configDb = configDb;
      return this;
    }

    /** The config events that keep the underlay cache current; requires {@link #configDb}. */
    public Builder configEvents(ConfigEvents configEvents) {
      this.configEvents = configEvents;
      return this;
    }

    /** The clock of queue lag and resync times; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Runs the periodic resync; the caller's scheduler is not shut down on close. */
    public Builder resyncScheduler(ScheduledExecutorService timer) {
      this.timer = timer;
      return this;
    }

    /**
     * @throws ValidationException when only one of config DB and config events is given
     * @throws dev.nestedcontrail.sdk.core.ContrailClientException when the configured config DB
     *     cannot be reached
     */
    public KubeManager build() {
      if ((configDb == null) != (configEvents == null)) {
        throw ValidationException.of(configDb == null ? "configDb" : "configEvents",
            (configDb == null ? "configDb" : "configEvents") + ": missing (the config DB and the "
                + "config events are used together, or neither)");
      }
      return new KubeManager(this);
    }
  }
}
