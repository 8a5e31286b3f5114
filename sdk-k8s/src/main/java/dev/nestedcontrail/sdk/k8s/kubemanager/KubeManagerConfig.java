package dev.nestedcontrail.sdk.k8s.kubemanager;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ConfigFromIni;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.ConfigFromSpec;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.UnderlayBackends;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.vnc.configdb.ContactPoint;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The options of kube-manager that matter in nested mode (contrail-internals §1.2, §1.4), with
 * the defaults of the Python kube-manager and its container. Read one from a real
 * {@code contrail-kubernetes.conf} with {@link #load(Path)} or derive one from a
 * {@link NestedClusterSpec} with {@link #fromSpec(NestedClusterSpec)}.
 */
@Value.Immutable
public abstract class KubeManagerConfig {

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a {@code contrail-kubernetes.conf} ini file. */
  public static KubeManagerConfig load(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses the text of a {@code contrail-kubernetes.conf} ini file. */
  public static KubeManagerConfig parse(String iniText) {
    return ConfigFromIni.parse(iniText);
  }

  /** The configuration kube-manager gets when deployed from this spec. */
  public static KubeManagerConfig fromSpec(NestedClusterSpec spec) {
    return ConfigFromSpec.from(spec);
  }

  /** {@code cluster_name}: prefix of every object name; the container's default is {@code k8s}. */
  @Value.Default
  public String clusterName() {
    return "k8s";
  }

  /** {@code kubernetes_cluster_owner}: the {@code owner} annotation; default {@code k8s}. */
  @Value.Default
  public String clusterOwner() {
    return "k8s";
  }

  /** {@code kubernetes_cluster_domain}; default {@code default-domain}. */
  @Value.Default
  public String clusterDomain() {
    return "default-domain";
  }

  /** {@code cluster_project}: the project of all namespaces when set. */
  public abstract Optional<ContrailRef> clusterProject();

  /** {@code cluster_network}: the OpenStack network of the node VMs (nested mode). */
  public abstract Optional<ContrailRef> clusterNetwork();

  /** {@code cluster_pod_network}: an existing network for pods instead of the cluster's own. */
  public abstract Optional<ContrailRef> clusterPodNetwork();

  /** {@code cluster_service_network}: an existing network for services. */
  public abstract Optional<ContrailRef> clusterServiceNetwork();

  /** {@code pod_subnets} (mandatory). */
  public abstract List<Ipv4Cidr> podSubnets();

  /** {@code service_subnets} (mandatory). */
  public abstract List<Ipv4Cidr> serviceSubnets();

  /** {@code ip_fabric_subnets} (mandatory). */
  public abstract List<Ipv4Cidr> ipFabricSubnets();

  /** {@code ip_fabric_forwarding}: pods take addresses of the ip-fabric network. */
  @Value.Default
  public boolean ipFabricForwarding() {
    return false;
  }

  /** {@code ip_fabric_snat}: pod networks get {@code fabric_snat}; port pools are provisioned. */
  @Value.Default
  public boolean ipFabricSnat() {
    return false;
  }

  /** {@code public_fip_pool}: the floating-ip pool for LoadBalancer services. */
  public abstract Optional<ContrailRef> publicFipPool();

  /** {@code nested_mode=1}: pods are sub-interfaces of the node VMs' interfaces. */
  @Value.Default
  public boolean nestedMode() {
    return false;
  }

  /**
   * Nested mode: also give each pod's parent VMI a ref to the pod VMI, with one more
   * {@code ref-update} per pod, as the Python kube-manager does (contrail-internals §3: it adds
   * the refs child→parent and parent→child). Default false, saving that write: the vrouter agent
   * builds the sub-interface from the child's ref to its parent (§3, "Agent side"), which the pod
   * VMI's create body carries, and the api-server records that ref on the parent as a back ref
   * ({@code virtual_machine_interface_back_refs}), so a reader of the parent still finds its
   * sub-interfaces. Turn it on for a tool that reads them from the parent's forward refs; either
   * way, deleting a pod removes a parent→child ref that exists.
   */
  @Value.Default
  public boolean parentToChildRef() {
    return false;
  }

  /** {@code global_tags=1}: label tags have no parent. */
  @Value.Default
  public boolean globalTags() {
    return true;
  }

  /** {@code aps_name}: the application policy set; empty means the cluster name. */
  public abstract Optional<String> apsName();

  /** {@code vnc_endpoint_ip} and {@code vnc_endpoint_port}: the config API servers. */
  public abstract Endpoints vncEndpoints();

  /**
   * {@code cassandra_server_list}: the config DB's nodes ({@code host:port}, CQL). Empty means
   * kube-manager lists the underlay over REST; see {@code KubeManager.Builder#configDb}.
   */
  public abstract List<ContactPoint> cassandraServers();

  /** {@code cassandra_user}. */
  public abstract Optional<String> cassandraUser();

  /** {@code cassandra_password}. */
  @Value.Redacted
  public abstract Optional<String> cassandraPassword();

  /** {@code cluster_id}: prefix of the config DB keyspace and of the event queue's name. */
  public abstract Optional<String> clusterId();

  /**
   * {@code rabbit_server}, {@code rabbit_port}, {@code rabbit_user}, {@code rabbit_password},
   * {@code rabbit_vhost}, {@code rabbit_use_ssl}: the brokers of the config events.
   */
  public abstract Optional<BrokerConfig> rabbit();

  /** {@code rabbit_ha_mode}: the event queue is declared with {@code x-ha-policy: all}. */
  @Value.Default
  public boolean rabbitHaMode() {
    return false;
  }

  /**
   * Whether kube-manager opens the config DB ({@link #cassandraServers()}) and the config events
   * ({@link #rabbit()}) when both are configured and its caller passes no clients of its own;
   * default true. False keeps listing the underlay over REST and ignores those settings. No
   * {@code contrail-kubernetes.conf} key sets it (Python always uses them); override a loaded
   * configuration with {@code builder().from(loaded).useConfigDb(false)}.
   */
  @Value.Default
  public boolean useConfigDb() {
    return true;
  }

  /** {@code auth_token_url}: Keystone's token URL; empty means no authentication. */
  public abstract Optional<String> authTokenUrl();

  @Value.Default
  public String authUser() {
    return "admin";
  }

  @Value.Redacted
  @Value.Default
  public String authPassword() {
    return "admin";
  }

  @Value.Default
  public String authTenant() {
    return "admin";
  }

  /** {@code kubernetes_api_server}; default {@code localhost}. */
  @Value.Default
  public String kubernetesApiServer() {
    return "localhost";
  }

  /** {@code kubernetes_api_secure_port}, used when a token is set; default 8443. */
  @Value.Default
  public int kubernetesApiSecurePort() {
    return 8443;
  }

  /** {@code kubernetes_api_port}, plain http when no token is set; default 8080. */
  @Value.Default
  public int kubernetesApiPort() {
    return 8080;
  }

  /** {@code token}: the Kubernetes service account token. */
  @Value.Redacted
  public abstract Optional<String> token();

  /** {@code kube_timer_interval}: the period of the full resync; default 60 s. */
  @Value.Default
  public Duration resyncInterval() {
    return Duration.ofSeconds(60);
  }

  /** Threads processing events (Python has one); default 4. */
  @Value.Default
  public int workerCount() {
    return 4;
  }

  /**
   * Replicas of this kube-manager; with more than one, they elect a leader on the Lease
   * {@code kube-system/<cluster>-kube-manager} and only the leader works. Python's nested mode
   * has no election, so only one replica is safe there.
   */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /** How long a leader's lease lasts without renewal; default 15 s (renewed every third). */
  @Value.Default
  public Duration leaseDuration() {
    return Duration.ofSeconds(15);
  }

  /** The application policy set's name: {@code aps_name} or the cluster name. */
  public String applicationPolicySetName() {
    return apsName().orElse(clusterName());
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (clusterName().isBlank()) {
      problems.add("clusterName: must not be empty");
    }
    if (podSubnets().isEmpty()) {
      problems.add("podSubnets: at least one subnet is required (pod_subnets)");
    }
    if (serviceSubnets().isEmpty()) {
      problems.add("serviceSubnets: at least one subnet is required (service_subnets)");
    }
    if (ipFabricSubnets().isEmpty()) {
      problems.add("ipFabricSubnets: at least one subnet is required (ip_fabric_subnets)");
    }
    if (nestedMode() && clusterNetwork().map(n -> n.name().isEmpty()).orElse(true)) {
      problems.add("clusterNetwork: " + clusterNetwork().map(ContrailRef::pythonLiteral)
          .orElse("{}") + " must name the node VMs' network in nested mode");
    }
    if (resyncInterval().isNegative() || resyncInterval().isZero()) {
      problems.add("resyncInterval: " + resyncInterval() + " must be positive");
    }
    if (replicas() < 1) {
      problems.add("replicas: " + replicas() + " must be at least 1");
    }
    if (leaseDuration().compareTo(Duration.ofSeconds(1)) < 0) {
      problems.add("leaseDuration: " + leaseDuration() + " must be at least 1 s");
    }
    if (workerCount() < 1) {
      problems.add("workerCount: " + workerCount() + " must be at least 1");
    }
    UnderlayBackends.check(this, problems);
    ValidationException.throwIfAny("kube-manager configuration", problems);
  }

  public static final class Builder extends ImmutableKubeManagerConfig.Builder {}
}
