package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import dev.nestedcontrail.sdk.testkit.internal.lab.ConfigHttp;
import dev.nestedcontrail.sdk.testkit.internal.lab.KeystoneLogin;
import dev.nestedcontrail.sdk.testkit.internal.lab.LabCompute;
import dev.nestedcontrail.sdk.testkit.internal.lab.LabFiles;
import dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay;
import dev.nestedcontrail.sdk.testkit.internal.lab.LabVm;
import dev.nestedcontrail.sdk.testkit.internal.lab.UnderlayLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * An embedded nested-Contrail lab on loopback ports: a {@link FakeKeystone}, a {@link FakeConfigApi}
 * preloaded with an OpenStack-like underlay, a {@link FakeVrouterAgent} per compute and a {@link
 * FakeKubernetesApi} with the cluster's three nodes. {@link #close()} stops everything and deletes
 * the files it wrote.
 *
 * <p>The underlay: domain {@code default-domain}, project {@code admin}, node network {@code
 * default-domain:admin:k8s-vm-net} (10.0.0.0/24) with VMs {@code k8s-master} (10.0.0.3), {@code
 * k8s-minion-1} (10.0.0.4) and {@code k8s-minion-2} (10.0.0.5), each with a port bound ({@code
 * host_id}) to {@code compute-1..3} (192.168.1.30/40/50, one virtual-router each) and an
 * instance-ip; the boot objects {@code ip-fabric} and {@code __link_local__}. The Kubernetes nodes
 * carry the VMs' names and addresses; the master is labelled {@code
 * node-role.opencontrail.org/config=true} and tainted {@code node-role.kubernetes.io/master}.
 * {@link #topologyFile()} describes the underlay for the planner (Option 1, Fabric SNAT).
 *
 * <p>The config API runs without authentication unless {@link Builder#keystoneAuth(boolean)}; its
 * clock is frozen at the start, and {@link #snapshot()} leaves out {@code id_perms.last_modified}
 * (which every write moves on), so that snapshots taken at different times compare.
 * Use it in JUnit 5 with {@code @ExtendWith(FakeServersExtension.class)} and {@code @Fake
 * ContrailLab lab}; {@link #baseUrl()} is the config API's URL.
 */
public final class ContrailLab implements FakeServer {
  private static final List<String> SNAPSHOT_KINDS = List.of("Namespace", "Node", "Pod", "Service",
      "ConfigMap", "Secret", "ServiceAccount", "DaemonSet", "ClusterRole", "ClusterRoleBinding",
      "Role", "RoleBinding", "NetworkPolicy");

  private final FakeKeystone keystone;
  private final FakeConfigApi configApi;
  private final List<FakeVrouterAgent> agents = new ArrayList<>();
  private final FakeKubernetesApi kubernetes;
  private final LabFiles files;
  private final Supplier<Optional<String>> token;
  private final boolean keystoneAuth;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ContrailLab(Builder b) {
    this.keystone = FakeKeystone.builder().start();
    KeystoneLogin login = new KeystoneLogin(keystone.v3Url(), FakeKeystone.ADMIN);
    this.keystoneAuth = b.keystoneAuth;
    this.token = b.keystoneAuth ? login : Optional::empty;
    FakeConfigApi.Builder config = FakeConfigApi.builder()
        .clock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
    if (b.keystoneAuth) {
      config.keystone(keystone);
    }
    this.configApi = config.start();
    FakeKubernetesApi.Builder k8s = FakeKubernetesApi.builder();
    for (LabVm vm : LabUnderlay.VMS) {
      k8s.node(node(vm));
    }
    this.kubernetes = k8s.start();
    try {
      UnderlayLoader.load(new ConfigHttp(configApi.baseUrl(), token));
      for (LabCompute compute : LabUnderlay.COMPUTES) {
        agents.add(FakeVrouterAgent.start(compute.name(), configApi.baseUrl(), token));
      }
      this.files = LabFiles.write(b.directory, kubernetes, LabUnderlay.topology());
    } catch (RuntimeException e) {
      stopServers();
      throw e;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A lab with the defaults: no token checks, files in a new temporary directory. */
  public static ContrailLab start() {
    return builder().start();
  }

  private static FakeNode node(LabVm vm) {
    FakeNode.Builder node = FakeNode.builder().name(vm.name()).internalIp(vm.ip());
    if (vm.master()) {
      node.putLabel("node-role.opencontrail.org/config", "true")
          .putLabel("node-role.kubernetes.io/master", "")
          .addTaint(FakeNode.Taint.of("node-role.kubernetes.io/master", "", "NoSchedule"));
    }
    return node.build();
  }

  /** The config API's URL. */
  @Override
  public String baseUrl() {
    return configApi.baseUrl();
  }

  /** The config API's port. */
  @Override
  public int port() {
    return configApi.port();
  }

  /** The config API's faults (5xx, drops, latency). */
  @Override
  public Faults faults() {
    return configApi.faults();
  }

  public FakeConfigApi configApi() {
    return configApi;
  }

  public FakeKeystone keystone() {
    return keystone;
  }

  public FakeKubernetesApi kubernetes() {
    return kubernetes;
  }

  /** One agent per compute, in compute order. */
  public List<FakeVrouterAgent> vrouterAgents() {
    return List.copyOf(agents);
  }

  /** The agent of compute {@code hostId}, such as {@code compute-2}. */
  public Optional<FakeVrouterAgent> vrouterAgent(String hostId) {
    return agents.stream().filter(a -> a.hostId().equals(hostId)).findFirst();
  }

  /** Whether the config API requires Keystone tokens. */
  public boolean keystoneAuth() {
    return keystoneAuth;
  }

  /** The kubeconfig file for the fake Kubernetes API (context {@code fake}). */
  public Path kubeconfig() {
    return files.kubeconfig();
  }

  /** The {@link UnderlayTopology} file describing the underlay. */
  public Path topologyFile() {
    return files.topology();
  }

  public UnderlayTopology topology() {
    return LabUnderlay.topology();
  }

  /** A new client of the fake Kubernetes API; the caller closes it. */
  public KubernetesClient kubernetesClient() {
    return KubernetesClient.builder().server(kubernetes.baseUrl()).build();
  }

  /** The config API state and every Kubernetes object, for comparing before and after. */
  public LabSnapshot snapshot() {
    Map<String, Map<String, Object>> objects = new TreeMap<>();
    for (String kind : SNAPSHOT_KINDS) {
      for (KubernetesObject object : kubernetes.objects(kind)) {
        objects.put(object.describe(), stable(object));
      }
    }
    return LabSnapshot.of(JsonCodec.write(withoutLastModified(
        JsonCodec.parse(configApi.snapshot()).orElseThrow())), objects);
  }

  /** The config tree without {@code id_perms.last_modified}, which every write moves on. */
  private static Object withoutLastModified(Object tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<?, ?>) tree).forEach((k, v) -> copy.put(String.valueOf(k), withoutLastModified(v)));
      if (copy.get("id_perms") instanceof Map) {
        Map<?, ?> perms = (Map<?, ?>) copy.get("id_perms");
        Map<String, Object> kept = new LinkedHashMap<>();
        perms.forEach((k, v) -> kept.put(String.valueOf(k), v));
        kept.remove("last_modified");
        copy.put("id_perms", kept);
      }
      return copy;
    }
    if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) tree).forEach(item -> copy.add(withoutLastModified(item)));
      return copy;
    }
    return tree;
  }

  /**
   * One JSON object line: {@code configApi}, {@code keystone} (the v3 URL) and {@code kubernetes}
   * URLs, {@code kubeconfig} and {@code topology} paths, and {@code auth} ({@code keystone} or
   * {@code noauth}).
   */
  public String describeAsJson() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("configApi", configApi.baseUrl());
    line.put("keystone", keystone.v3Url());
    line.put("kubernetes", kubernetes.baseUrl());
    line.put("kubeconfig", kubeconfig().toString());
    line.put("topology", topologyFile().toString());
    line.put("auth", keystoneAuth() ? "keystone" : "noauth");
    return JsonCodec.write(line);
  }

  private static Map<String, Object> stable(KubernetesObject object) {
    Map<String, Object> content = new LinkedHashMap<>(object.content());
    Object metadata = content.get("metadata");
    if (metadata instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      ((Map<?, ?>) metadata).forEach((k, v) -> m.put(String.valueOf(k), v));
      m.remove("resourceVersion");
      m.remove("managedFields");
      content.put("metadata", m);
    }
    return content;
  }

  private void stopServers() {
    agents.forEach(FakeVrouterAgent::close);
    kubernetes.close();
    configApi.close();
    keystone.close();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      stopServers();
      files.delete();
    }
  }

  @Override
  public String toString() {
    return "ContrailLab[config " + baseUrl() + ", kubernetes " + kubernetes.baseUrl() + "]";
  }

  /** Options of a {@link ContrailLab}. */
  public static final class Builder {
    private boolean keystoneAuth;
    private Optional<Path> directory = Optional.empty();

    private Builder() {}

    /** Makes the config API require Keystone tokens (default off, like container deployments). */
    public Builder keystoneAuth(boolean keystoneAuth) {
      this.keystoneAuth = keystoneAuth;
      return this;
    }

    /**
     * Writes the kubeconfig and topology files into {@code directory}, which the lab leaves in
     * place on close (default: a temporary directory deleted on close).
     */
    public Builder directory(Path directory) {
      this.directory = Optional.of(directory);
      return this;
    }

    public ContrailLab start() {
      return new ContrailLab(this);
    }
  }
}
