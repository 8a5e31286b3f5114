package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.client.internal.ApiHttp;
import dev.nestedcontrail.sdk.k8s.client.internal.Discovery;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.k8s.client.internal.ObjectCodec;
import dev.nestedcontrail.sdk.k8s.client.internal.Readiness;
import dev.nestedcontrail.sdk.k8s.client.internal.TlsSetup;
import dev.nestedcontrail.sdk.k8s.client.internal.WatchOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A lean Kubernetes API client: discovery, generic objects, server-side apply, informers and
 * rollout waits. Build it from a {@link Kubeconfig} context or a URL. It is thread-safe; close it
 * when done (it closes only the HTTP client it created).
 */
public final class KubernetesClient implements AutoCloseable {
  private final KubeContext context;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ApiHttp api;
  private final Discovery discovery;
  private final WatchOptions watch;
  private final WaitClock clock;
  private final Duration pollInterval;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KubernetesClient(Builder b, KubeContext context) {
    this.context = context;
    this.ownsHttp = b.httpClient == null;
    OkHttpClient.Builder http = b.httpClient == null
        ? new OkHttpClient.Builder().connectTimeout(b.connectTimeout).callTimeout(b.requestTimeout)
            .readTimeout(b.requestTimeout)
        : b.httpClient.newBuilder();
    TlsSetup.apply(http, context);
    this.http = http.build();
    this.api = new ApiHttp(this.http, HttpUrl.get(context.server()), context.token());
    this.discovery = new Discovery(api);
    this.watch = new WatchOptions(b.backoff, b.watchTimeout, b.watchOverWebSocket);
    this.clock = b.clock;
    this.pollInterval = b.pollInterval;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The context this client talks to; its namespace is the default one. */
  public KubeContext context() {
    return context;
  }

  /** The resource type of {@code kind} in {@code apiVersion}, such as {@code apps/v1}. */
  public ResourceType resourceType(String apiVersion, String kind) {
    return discovery.resolve(apiVersion, kind);
  }

  /** The resource type of {@code kind}: the core group first, then each group's preferred version. */
  public ResourceType resourceType(String kind) {
    return discovery.resolve(kind);
  }

  /** The objects of a kind, in the context's namespace when the kind is namespaced. */
  public ResourceClient resources(String apiVersion, String kind) {
    return new ResourceClient(api, resourceType(apiVersion, kind), context.namespace(), watch);
  }

  /** Creates the object; an existing one throws {@code ConflictException}. */
  public KubernetesObject create(KubernetesObject object) {
    ResourceType type = resourceType(object.apiVersion(), object.kind());
    HttpUrl url = api.url(type.collectionPath(namespaceOf(object, type)), Map.of());
    return ObjectCodec.object(JsonTrees.parseObject(
        api.send("POST", url, JsonTrees.write(object.content()), ApiHttp.JSON)), type);
  }

  /**
   * Replaces the object (PUT). With {@code metadata.resourceVersion} set, a stale version throws
   * {@code ConflictException}; a missing object throws {@code NotFoundException}.
   */
  public KubernetesObject replace(KubernetesObject object) {
    ResourceType type = resourceType(object.apiVersion(), object.kind());
    HttpUrl url = api.url(type.objectPath(namespaceOf(object, type), object.name()), Map.of());
    return ObjectCodec.object(JsonTrees.parseObject(
        api.send("PUT", url, JsonTrees.write(object.content()), ApiHttp.JSON)), type);
  }

  /**
   * Server-side apply: sends the object as an apply patch owned by {@code fieldManager}. With
   * {@code force}, conflicts with other managers are overridden instead of answered with 409.
   */
  public KubernetesObject apply(KubernetesObject object, String fieldManager, boolean force) {
    if (fieldManager.isEmpty()) {
      throw ValidationException.of("apply of " + object.describe(), "fieldManager: must not be "
          + "empty");
    }
    ResourceType type = resourceType(object.apiVersion(), object.kind());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fieldManager", fieldManager);
    query.put("force", String.valueOf(force));
    HttpUrl url = api.url(type.objectPath(namespaceOf(object, type), object.name()), query);
    // JSON is valid YAML, so the apply-patch+yaml body is the object's JSON.
    return ObjectCodec.object(JsonTrees.parseObject(
        api.send("PATCH", url, JsonTrees.write(object.content()), ApiHttp.APPLY_PATCH)), type);
  }

  /**
   * Waits until the DaemonSet is rolled out: its controller observed the current generation and
   * every scheduled pod is updated and ready. On timeout the exception says what is missing.
   */
  public KubernetesObject awaitDaemonSetRollout(String namespace, String name, Duration timeout) {
    return await(resources("apps/v1", "DaemonSet").inNamespace(namespace), name, timeout,
        Readiness::daemonSetPending);
  }

  /** Waits until the Pod's {@code Ready} condition is {@code True}. */
  public KubernetesObject awaitPodReady(String namespace, String name, Duration timeout) {
    return await(resources("v1", "Pod").inNamespace(namespace), name, timeout,
        Readiness::podPending);
  }

  private KubernetesObject await(ResourceClient resources, String name, Duration timeout,
      Function<KubernetesObject, Optional<String>> pending) {
    long deadline = clock.nanoTime() + timeout.toNanos();
    String subject = resources.type().kind() + " " + resources.namespace() + "/" + name;
    while (true) {
      Optional<KubernetesObject> object = resources.get(name);
      String missing = object.isEmpty() ? "not found" : pending.apply(object.get()).orElse("");
      if (missing.isEmpty()) {
        return object.orElseThrow();
      }
      long remaining = deadline - clock.nanoTime();
      if (remaining <= 0) {
        throw new ContrailClientException("timed out after " + timeout + " waiting for "
            + subject + ": " + missing);
      }
      clock.sleep(Duration.ofNanos(Math.min(remaining, pollInterval.toNanos())));
    }
  }

  private String namespaceOf(KubernetesObject object, ResourceType type) {
    return type.namespaced() ? object.namespace().orElse(context.namespace()) : "";
  }

  /** Releases the connection pool and threads if this client created its HTTP client. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "KubernetesClient{" + context.name() + " at " + context.server() + "}";
  }

  /** Configures a {@link KubernetesClient}; a context (or kubeconfig, or server) is required. */
  public static final class Builder {
    private @Nullable KubeContext context;
    private @Nullable OkHttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration watchTimeout = Duration.ofMinutes(5);
    private Duration pollInterval = Duration.ofSeconds(2);
    private Backoff backoff = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(30));
    private WaitClock clock = WaitClock.system();
    private boolean watchOverWebSocket;

    private Builder() {}

    public Builder context(KubeContext context) {
      this.context = context;
      return this;
    }

    /** Uses the kubeconfig's current context. */
    public Builder kubeconfig(Kubeconfig kubeconfig) {
      return context(kubeconfig.currentContext());
    }

    /** Talks to {@code url} without credentials, in namespace {@code default}. */
    public Builder server(String url) {
      return context(KubeContext.of(url));
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** The timeout of each non-watch call. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** How long the server keeps one watch open before the informer reconnects. */
    public Builder watchTimeout(Duration watchTimeout) {
      this.watchTimeout = watchTimeout;
      return this;
    }

    /**
     * Reads watches over a WebSocket instead of a chunked HTTP stream (the default, as kubectl
     * does); for servers that only offer WebSocket watches.
     */
    public Builder watchOverWebSocket(boolean watchOverWebSocket) {
      this.watchOverWebSocket = watchOverWebSocket;
      return this;
    }

    /** The backoff between failed watch or list attempts of informers. */
    public Builder backoff(Backoff backoff) {
      this.backoff = backoff;
      return this;
    }

    /** The clock and sleep of the wait helpers. */
    public Builder waitClock(WaitClock clock) {
      this.clock = clock;
      return this;
    }

    /** How often the wait helpers poll. */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
      return this;
    }

    /**
     * The one transport hook: the client derives its HTTP client from this one (sharing its pools
     * and threads) and never closes it. TLS settings of the context are applied on top.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public KubernetesClient build() {
      if (context == null) {
        throw ValidationException.of("Kubernetes client", "context: required (use context, "
            + "kubeconfig or server)");
      }
      for (Map.Entry<String, Duration> e : Map.of("connectTimeout", connectTimeout,
          "requestTimeout", requestTimeout, "pollInterval", pollInterval).entrySet()) {
        if (e.getValue().isNegative()) {
          throw ValidationException.of("Kubernetes client", e.getKey() + ": " + e.getValue()
              + " is negative");
        }
      }
      if (watchTimeout.toSeconds() < 1) {
        throw ValidationException.of("Kubernetes client", "watchTimeout: " + watchTimeout
            + " is shorter than one second");
      }
      return new KubernetesClient(this, context);
    }
  }
}
