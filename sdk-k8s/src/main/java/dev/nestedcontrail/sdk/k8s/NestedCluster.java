package dev.nestedcontrail.sdk.k8s;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.Kubeconfig;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.Connectivity;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.internal.AnalyticsPreflight;
import dev.nestedcontrail.sdk.k8s.internal.ConfigPreflight;
import dev.nestedcontrail.sdk.k8s.internal.KubernetesPreflight;
import dev.nestedcontrail.sdk.k8s.internal.ProvisionRun;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.k8s.manifest.NestedManifest;
import dev.nestedcontrail.sdk.k8s.provision.ManifestApplier;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One nested Contrail-Kubernetes cluster on an underlay: {@link #plan()} computes everything
 * without writing, {@link #provision} applies a plan step by step ({@link
 * dev.nestedcontrail.sdk.k8s.provision.ProvisionStep}), {@link #rollback()} undoes the last run.
 *
 * <pre>{@code
 * try (NestedCluster cluster = NestedCluster.builder()
 *     .topologyFile(Path.of("topology.yaml"))
 *     .kubeconfig(Kubeconfig.load(Path.of("kubeconfig")))
 *     .contrailRegistry("hub.juniper.net/contrail").contrailTag("2008.121")
 *     .build()) {
 *   NestedPlan plan = cluster.plan();
 *   System.out.print(plan.report());
 *   ProvisionResult result = cluster.provision(plan, ProvisionListener.none());
 * }
 * }</pre>
 *
 * <p>A cluster object runs one provisioning at a time (its methods are synchronized) and remembers
 * its runs for {@link #rollback()}. Provisioning is idempotent: a second run writes nothing
 * ({@link ProvisionResult#totalWrites()} zero). It closes the clients it created, never the ones
 * passed in. The link-local and Fabric SNAT steps ({@link
 * dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices}, one write of the
 * global-vrouter-config) need a config API client; without one they are reported as skipped (for
 * clusters whose link-local services are configured by hand). With an analytics API client the
 * preflight also reports, for each compute of the topology, whether its vrouter agent is up (a
 * vrouter that is down fails the preflight; an unknown one or an unreachable analytics API is a
 * warning).
 */
public final class NestedCluster implements AutoCloseable {
  private final UnderlayTopology topology;
  private final KubernetesClient kubernetes;
  private final boolean ownsKubernetes;
  private final Optional<VncClient> vnc;
  private final boolean ownsVnc;
  private final Optional<AnalyticsClient> analytics;
  private final boolean ownsAnalytics;
  private final Settings settings;
  private final ManifestApplier applier;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Deque<ProvisionRun> runs = new ArrayDeque<>();

  private NestedCluster(Builder b, UnderlayTopology topology, KubernetesClient kubernetes,
      boolean ownsKubernetes, Optional<VncClient> vnc, boolean ownsVnc) {
    this.vnc = vnc;
    this.ownsVnc = ownsVnc;
    this.analytics = b.analyticsClient != null ? Optional.of(b.analyticsClient)
        : Optional.ofNullable(b.analyticsApi).map(e -> AnalyticsClient.builder().endpoints(e)
            .authProvider(b.analyticsAuth).build());
    this.ownsAnalytics = b.analyticsClient == null && b.analyticsApi != null;
    this.settings = new Settings(b.registry, b.tag, b.pullSecret, b.clusterName, b.clusterNetwork,
        b.apiServer, b.rolloutTimeout, b.clock);
    this.topology = topology;
    this.kubernetes = kubernetes;
    this.ownsKubernetes = ownsKubernetes;
    this.applier = ManifestApplier.of(kubernetes, b.fieldManager).withForce(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The topology after the builder's overrides (connectivity, pool). */
  public UnderlayTopology topology() {
    return topology;
  }

  /** Plans without writing: connectivity, manifest and preflight findings. */
  public synchronized NestedPlan plan() {
    ConnectivityPlan connectivity = LinkLocalPlanner.plan(topology);
    NestedClusterSpec.Builder spec = NestedClusterSpec.fromPlan(connectivity)
        .contrailRegistry(settings.registry).contrailContainerTag(settings.tag)
        .kubernetesApiServer(settings.apiServer.orElseGet(this::apiServerHost));
    settings.pullSecret.ifPresent(spec::pullSecretName);
    settings.clusterName.ifPresent(spec::clusterName);
    settings.clusterNetwork.ifPresent(spec::clusterNetwork);
    List<KubernetesObject> manifest = NestedManifest.render(spec.build());
    Optional<ConfigPreflight.Outcome> config = configPreflight();
    List<PreflightFinding> findings = new ArrayList<>();
    config.ifPresent(c -> findings.addAll(c.findings()));
    findings.addAll(KubernetesPreflight.check(kubernetes));
    findings.addAll(analyticsPreflight());
    return NestedPlan.builder().connectivity(connectivity).manifest(manifest)
        .preflight(findings).configChanges(config.flatMap(ConfigPreflight.Outcome::dryRun))
        .build();
  }

  /**
   * Runs the steps of {@code plan}: preflight again, link-local and Fabric SNAT (with a config
   * API), server-side apply, DaemonSet rollout, verify. The listener hears each step's start,
   * progress and finish. A failure stops the run with a {@link
   * dev.nestedcontrail.sdk.core.ContrailClientException} naming the step and the cause; what ran
   * until then can be undone with {@link #rollback()}.
   */
  public synchronized ProvisionResult provision(NestedPlan plan, ProvisionListener listener) {
    ProvisionRun run = new ProvisionRun(applier, vnc, settings.rolloutTimeout, settings.clock,
        listener);
    runs.push(run);
    return run.execute(plan, this::preflight);
  }

  /**
   * Undoes exactly what the {@link #provision} runs since the last rollback wrote (a failed run
   * included), newest run first and each in reverse step order: applied objects a run created are
   * deleted, objects it changed restored. Returns the number of writes; zero when nothing ran or
   * the runs wrote nothing.
   */
  public synchronized int rollback() {
    int writes = 0;
    while (!runs.isEmpty()) {
      writes += runs.pop().rollback();
    }
    return writes;
  }

  /**
   * The config API checks first (when there is a client), then the Kubernetes ones, then the
   * vrouter states (when there is an analytics API).
   */
  private List<PreflightFinding> preflight() {
    List<PreflightFinding> findings = new ArrayList<>();
    configPreflight().ifPresent(c -> findings.addAll(c.findings()));
    findings.addAll(KubernetesPreflight.check(kubernetes));
    findings.addAll(analyticsPreflight());
    return findings;
  }

  /** With an analytics API: whether each compute's vrouter agent is up. */
  private List<PreflightFinding> analyticsPreflight() {
    return analytics.map(client -> AnalyticsPreflight.check(client, topology.vrouters()))
        .orElse(List.of());
  }

  private Optional<ConfigPreflight.Outcome> configPreflight() {
    return vnc.map(client -> ConfigPreflight.check(client, LinkLocalPlanner.plan(topology),
        topology.nodeNetwork()));
  }

  private String apiServerHost() {
    return URI.create(kubernetes.context().server()).getHost();
  }

  /** Closes the clients the builder created. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ownsKubernetes) {
        kubernetes.close();
      }
      if (ownsVnc) {
        vnc.ifPresent(VncClient::close);
      }
      if (ownsAnalytics) {
        analytics.ifPresent(AnalyticsClient::close);
      }
    }
  }

  @Override
  public String toString() {
    return "NestedCluster{" + topology.connectivity().fileName() + ", " + kubernetes + "}";
  }

  /** The builder's values, copied so that later builder calls do not reach a built cluster. */
  private record Settings(String registry, String tag, Optional<String> pullSecret,
      Optional<String> clusterName, Optional<ContrailRef> clusterNetwork, Optional<String> apiServer,
      Duration rolloutTimeout, Clock clock) {}

  /** The inputs of a {@link NestedCluster}; topology, Kubernetes and registry are required. */
  public static final class Builder {
    private @Nullable UnderlayTopology topologyValue;
    private Optional<Connectivity> connectivity = Optional.empty();
    private Optional<Ipv4Cidr> serviceIpPool = Optional.empty();
    private @Nullable KubernetesClient kubernetesClient;
    private @Nullable Kubeconfig kubeconfig;
    private @Nullable VncClient vncClient;
    private @Nullable Endpoints configApi;
    private AuthProvider configApiAuth = AuthProvider.none();
    private @Nullable AnalyticsClient analyticsClient;
    private @Nullable Endpoints analyticsApi;
    private AuthProvider analyticsAuth = AuthProvider.none();
    private String registry = "";
    private String tag = "dev";
    private Optional<String> pullSecret = Optional.empty();
    private Optional<String> clusterName = Optional.empty();
    private Optional<ContrailRef> clusterNetwork = Optional.empty();
    private Optional<String> apiServer = Optional.empty();
    private Duration rolloutTimeout = Duration.ofMinutes(5);
    private String fieldManager = "contrail-nested";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder topology(UnderlayTopology topology) {
      this.topologyValue = topology;
      return this;
    }

    /** Reads the topology file now; a bad file throws {@code ValidationException}. */
    public Builder topologyFile(Path file) {
      return topology(UnderlayTopology.load(file));
    }

    /** Overrides the topology's connectivity option. */
    public Builder connectivity(Connectivity connectivity) {
      this.connectivity = Optional.of(connectivity);
      return this;
    }

    /** Overrides the topology's service IP pool (and drops hand-given service IPs). */
    public Builder serviceIpPool(Ipv4Cidr pool) {
      this.serviceIpPool = Optional.of(pool);
      return this;
    }

    /** The cluster's Kubernetes client; never closed by the cluster. */
    public Builder kubernetes(KubernetesClient client) {
      this.kubernetesClient = client;
      return this;
    }

    /** Creates (and later closes) a Kubernetes client for the kubeconfig's current context. */
    public Builder kubeconfig(Kubeconfig kubeconfig) {
      this.kubeconfig = kubeconfig;
      return this;
    }

    /** The config API client; never closed by the cluster. */
    public Builder vncClient(VncClient client) {
      this.vncClient = client;
      return this;
    }

    /** Creates (and later closes) a config API client for these servers and credentials. */
    public Builder configApi(Endpoints endpoints, AuthProvider auth) {
      this.configApi = endpoints;
      this.configApiAuth = auth;
      return this;
    }

    /**
     * The analytics API client; the preflight then reports whether each compute's vrouter is
     * up. Never closed by the cluster.
     */
    public Builder analyticsClient(AnalyticsClient client) {
      this.analyticsClient = client;
      return this;
    }

    /** Creates (and later closes) an analytics API client for these servers (port 8081). */
    public Builder analyticsApi(Endpoints endpoints, AuthProvider auth) {
      this.analyticsApi = endpoints;
      this.analyticsAuth = auth;
      return this;
    }

    /** {@code CONTRAIL_REGISTRY}, such as {@code hub.juniper.net/contrail}; required. */
    public Builder contrailRegistry(String registry) {
      this.registry = registry;
      return this;
    }

    /** {@code CONTRAIL_CONTAINER_TAG}; default {@code dev}. */
    public Builder contrailTag(String tag) {
      this.tag = tag;
      return this;
    }

    /** A docker-registry Secret in kube-system the pods pull with. */
    public Builder pullSecret(String secretName) {
      this.pullSecret = Optional.of(secretName);
      return this;
    }

    public Builder clusterName(String name) {
      this.clusterName = Optional.of(name);
      return this;
    }

    /** The virtual network of the cluster's VMs as kube-manager sees it. */
    public Builder clusterNetwork(ContrailRef network) {
      this.clusterNetwork = Optional.of(network);
      return this;
    }

    /** {@code KUBERNETES_API_SERVER}; default: the host of the Kubernetes client's server URL. */
    public Builder kubernetesApiServer(String host) {
      this.apiServer = Optional.of(host);
      return this;
    }

    /** How long to wait for each DaemonSet; default five minutes. */
    public Builder rolloutTimeout(Duration timeout) {
      this.rolloutTimeout = timeout;
      return this;
    }

    /** The server-side apply field manager; default {@code contrail-nested}. */
    public Builder fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /** The clock that times the steps; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public NestedCluster build() {
      List<String> problems = new ArrayList<>();
      if (topologyValue == null) {
        problems.add("topology: required (topology or topologyFile)");
      }
      if (kubernetesClient == null && kubeconfig == null) {
        problems.add("kubernetes: required (kubernetes or kubeconfig)");
      }
      if (registry.isEmpty()) {
        problems.add("contrailRegistry: required");
      }
      if (rolloutTimeout.isNegative() || rolloutTimeout.isZero()) {
        problems.add("rolloutTimeout: " + rolloutTimeout + " is not positive");
      }
      if (fieldManager.isEmpty()) {
        problems.add("fieldManager: must not be empty");
      }
      ValidationException.throwIfAny("nested cluster", problems);
      UnderlayTopology.Builder topology = UnderlayTopology.builder().from(topologyValue);
      connectivity.ifPresent(topology::connectivity);
      serviceIpPool.ifPresent(pool -> topology.serviceIpPool(pool).serviceIps(List.of()));
      UnderlayTopology effective = topology.build();
      Optional<VncClient> vnc = vncClient != null ? Optional.of(vncClient)
          : Optional.ofNullable(configApi).map(e -> VncClient.builder().endpoints(e)
              .authProvider(configApiAuth).build());
      boolean ownsVnc = vncClient == null && configApi != null;
      return kubernetesClient != null
          ? new NestedCluster(this, effective, kubernetesClient, false, vnc, ownsVnc)
          : new NestedCluster(this, effective, KubernetesClient.builder().kubeconfig(kubeconfig)
              .build(), true, vnc, ownsVnc);
    }
  }
}
