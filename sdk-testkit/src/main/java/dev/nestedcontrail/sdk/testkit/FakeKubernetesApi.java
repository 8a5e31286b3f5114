package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.testkit.internal.kube.DaemonSetController;
import dev.nestedcontrail.sdk.testkit.internal.kube.GarbageCollector;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeApi;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeApiException;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeResource;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeResources;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeRoutes;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeStore;
import dev.nestedcontrail.sdk.testkit.internal.kube.KubeWatches;
import dev.nestedcontrail.sdk.testkit.internal.kube.NodeObjects;
import dev.nestedcontrail.sdk.testkit.internal.kube.PodLifecycle;
import dev.nestedcontrail.sdk.testkit.internal.kube.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A fake Kubernetes API server that real clients (kubectl included) can use: discovery, CRUD,
 * patches, server-side apply, watches, and controllers for DaemonSets, scheduling and garbage
 * collection. Plain HTTP on 127.0.0.1.
 *
 * <p>What it does like the real server: one global increasing {@code resourceVersion}; uid,
 * creationTimestamp, generation (DaemonSets and NetworkPolicies, bumped when {@code spec}
 * changes) and generateName; 409 AlreadyExists, and 409 Conflict for a stale
 * {@code metadata.resourceVersion}; status subresources (the main resource ignores status
 * changes); label selectors (equality and set based) and field selectors on {@code metadata.name},
 * {@code metadata.namespace}, {@code spec.nodeName}, {@code status.phase} and a few more; LIST at
 * {@code resourceVersionMatch=Exact} rebuilt from the history, 410 Expired when too old
 * (NotOlderThan gets the current state; 504 for a future version); watches with ADDED, MODIFIED,
 * DELETED and BOOKMARK events and an ERROR event with a 410 Status for a version older than the
 * bounded history; namespace deletion removes its contents; dependents go with their owner; the
 * DaemonSet update strategy and a few pod spec defaults; Tables for {@code kubectl get}; every
 * error is a {@code Status} object.
 *
 * <p>What it simplifies: strategic merge patch is a JSON merge patch that also merges named lists
 * item by item (no {@code $patch} directives). Server-side apply
 * tracks ownership of leaf fields, with lists of maps keyed by {@code name} (else {@code mountPath},
 * {@code containerPort}, {@code port}) merged per item and every other list atomic; status is not
 * tracked; there is no schema, so unknown fields are kept and most defaults are not filled.
 * Deletion is immediate (no finalizers, no grace period); a namespace never lingers in
 * Terminating. The DaemonSet controller replaces outdated pods all at once instead of rolling. No
 * admission, no RBAC (one optional bearer token), no pagination (the {@code limit} is ignored);
 * Tables have the real columns for nodes, pods and DaemonSets only (Name and Age otherwise).
 * OpenAPI documents are not served (404), so use {@code kubectl --validate=false}; aggregated
 * discovery requests get the legacy documents, which kubectl falls back to.
 */
public final class FakeKubernetesApi extends HttpServedFake {
  private final FakeHttpServer server;
  private final KubeStore store;
  private final KubeWatches watches;
  private final Optional<ScheduledExecutorService> executor;
  private final String token;

  private FakeKubernetesApi(Builder b) {
    this.executor = b.timers.isPresent() ? Optional.empty() : Optional.of(Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fake-kubernetes-timers");
      t.setDaemon(true);
      return t;
    }));
    DelayScheduler timers = b.timers.orElseGet(() -> (delay, task) ->
        executor.get().schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS));
    this.store = new KubeStore(b.clock, b.historyLimit);
    this.watches = new KubeWatches(store, timers);
    this.token = b.requiredToken.orElse("fake-kubernetes-token");
    store.addController(new GarbageCollector(store));
    store.addController(new PodLifecycle(store, timers, b.readyDelay, b.podCidr));
    store.addController(new DaemonSetController(store));
    for (String ns : List.of("default", "kube-system", "kube-public", "kube-node-lease")) {
      store.create(KubeResources.require("Namespace"), Map.of("apiVersion", "v1", "kind", "Namespace",
          "metadata", Map.of("name", ns), "spec", Map.of("finalizers", List.of("kubernetes")),
          "status", Map.of("phase", "Active")));
    }
    b.nodes.forEach(this::addNode);
    FakeHttpServer.Builder http = b.http("fake-kubernetes");
    KubeRoutes.register(http, new KubeApi(store, watches), b.requiredToken);
    this.server = http.start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fake with the defaults: no nodes, no token check, the system clock, pods Ready at once. */
  public static FakeKubernetesApi start() {
    return builder().start();
  }

  /** HTTP-level faults (5xx, latency, drops) of every request, watches included. */
  @Override
  public Faults faults() {
    return super.faults();
  }

  /** The bearer token clients should send: the required one, or a placeholder when none is required. */
  public String token() {
    return token;
  }

  /** Registers (or re-registers) a Node; the controllers react as to a kubelet joining. */
  public void addNode(FakeNode node) {
    KubeResource nodes = KubeResources.require("Node");
    Map<String, Object> object = NodeObjects.of(node, store.now());
    synchronized (store) {
      if (store.get(nodes, "", node.name()).isPresent()) {
        store.update(nodes, "", node.name(), old -> object);
      } else {
        store.create(nodes, object);
      }
    }
  }

  /** Removes a Node (its pods stay, as the real API server keeps them until they are evicted); false when absent. */
  public boolean removeNode(String name) {
    try {
      store.delete(KubeResources.require("Node"), "", name);
      return true;
    } catch (KubeApiException e) {
      return false;
    }
  }

  /** The object of {@code kind} (such as {@code DaemonSet}); namespace empty for cluster-scoped kinds. */
  public Optional<KubernetesObject> object(String kind, String namespace, String name) {
    return store.get(resource(kind), namespace, name).map(KubernetesObject::of);
  }

  /** Every object of {@code kind}, in all namespaces, by namespace and name. */
  public List<KubernetesObject> objects(String kind) {
    List<KubernetesObject> out = new ArrayList<>();
    store.list(resource(kind), Optional.empty()).forEach(o -> out.add(KubernetesObject.of(o)));
    return out;
  }

  /**
   * Stores {@code object} as a create through the API would, without defaulting its status (a
   * namespaced object without namespace goes to {@code default}); the controllers react to it.
   * Throws when it exists or its namespace does not.
   */
  public KubernetesObject create(KubernetesObject object) {
    KubeResource r = resource(object.kind());
    Map<String, Object> content = new java.util.LinkedHashMap<>(object.content());
    if (r.namespaced() && object.namespace().isEmpty()) {
      Map<String, Object> metadata = new java.util.LinkedHashMap<>(Trees.map(content, "metadata"));
      metadata.put("namespace", "default");
      content.put("metadata", metadata);
    }
    try {
      return KubernetesObject.of(store.create(r, content));
    } catch (KubeApiException e) {
      throw ValidationException.of("FakeKubernetesApi", object.describe() + ": " + e.getMessage());
    }
  }

  /** The current (last given) resourceVersion. */
  public long resourceVersion() {
    return store.resourceVersion();
  }

  /** Ends every open watch at once. */
  public void dropWatches() {
    watches.dropAll();
  }

  /** Makes the next {@code count} watches end with an ERROR event carrying a 410 Expired Status. */
  public void expireNextWatches(int count) {
    watches.expireNext(count);
  }

  /** Sends a BOOKMARK event to every open watch that allows bookmarks. */
  public void sendBookmarks() {
    watches.sendBookmarks();
  }

  /** How many watches are open. */
  public int openWatches() {
    return watches.openCount();
  }

  /**
   * Writes a kubeconfig for this fake to {@code file} (context, cluster and user {@code fake},
   * plain http, {@link #token()}) and returns the file. Note that kubectl (client-go) sends no
   * credentials over plain http, so a fake used by kubectl should not require a token.
   */
  public Path writeKubeconfig(Path file) {
    String yaml = "apiVersion: v1\nkind: Config\n"
        + "clusters:\n- name: fake\n  cluster:\n    server: " + baseUrl() + "\n"
        + "users:\n- name: fake\n  user:\n    token: " + token + "\n"
        + "contexts:\n- name: fake\n  context:\n    cluster: fake\n    user: fake\n    namespace: default\n"
        + "current-context: fake\n";
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("writing kubeconfig " + file + " failed", e);
    }
    return file;
  }

  @Override
  public void close() {
    server.close();
    watches.close();
    executor.ifPresent(ScheduledExecutorService::shutdownNow);
  }

  @Override
  public String toString() {
    return "FakeKubernetesApi[" + baseUrl() + "]";
  }

  private static KubeResource resource(String kind) {
    return KubeResources.byKind(kind).orElseThrow(() -> ValidationException.of("FakeKubernetesApi",
        "kind: " + kind + " is not served by the fake"));
  }

  /** Nodes, token, clock, timers and limits of a {@link FakeKubernetesApi}. */
  public static final class Builder extends FakeServerBuilder<Builder> {
    private final List<FakeNode> nodes = new ArrayList<>();
    private Optional<String> requiredToken = Optional.empty();
    private Optional<DelayScheduler> timers = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private Duration readyDelay = Duration.ZERO;
    private String podCidr = "10.244.0.0/16";
    private int historyLimit = 1000;

    private Builder() {}

    public Builder node(FakeNode node) {
      nodes.add(node);
      return this;
    }

    /** Requires {@code Authorization: Bearer <token>} on every API request (401 Status otherwise). */
    public Builder requiredToken(String token) {
      this.requiredToken = Optional.of(token);
      return this;
    }

    /** The clock of timestamps (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Runs pod-readiness delays and watch timeouts (default: a timer thread of the fake). */
    public Builder timers(DelayScheduler timers) {
      this.timers = Optional.of(timers);
      return this;
    }

    /** How long a started pod stays not Ready (default zero: Ready at once). */
    public Builder readyDelay(Duration delay) {
      if (delay.isNegative()) {
        throw ValidationException.of("FakeKubernetesApi", "readyDelay: " + delay + " is negative");
      }
      this.readyDelay = delay;
      return this;
    }

    /** The CIDR pod IPs are taken from (default 10.244.0.0/16). */
    public Builder podCidr(String cidr) {
      if (!cidr.matches("(\\d{1,3}\\.){3}\\d{1,3}/([89]|[12]\\d|30)")) {
        throw ValidationException.of("FakeKubernetesApi", "podCidr: " + cidr + " is not an IPv4 CIDR (/8../30)");
      }
      this.podCidr = cidr;
      return this;
    }

    /** How many change events watches can resume from (default 1,000); older versions get 410. */
    public Builder historyLimit(int limit) {
      if (limit < 1) {
        throw ValidationException.of("FakeKubernetesApi", "historyLimit: " + limit + " is not positive");
      }
      this.historyLimit = limit;
      return this;
    }

    public FakeKubernetesApi start() {
      return new FakeKubernetesApi(this);
    }
  }

  @Override
  FakeHttpServer httpServer() {
    return server;
  }
}
