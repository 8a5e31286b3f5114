package dev.nestedcontrail.sdk.k8s.manifest;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the upstream nested template ({@code contrail-nested-kubernetes.yaml}) needs: one typed
 * attribute per template variable, named after it in the Javadoc, with the default upstream's
 * {@code parse-env.sh} applies when generating. Attributes upstream leaves empty when unset are
 * {@link Optional} or empty lists; they render as empty strings and the containers then apply
 * their own defaults. Build one with {@link #builder()} or read one with {@link #fromEnv(CommonEnv)}.
 */
@Value.Immutable
public abstract class NestedClusterSpec {

  /** {@code CONTRAIL_REGISTRY}: registry and namespace prefix, e.g. {@code hub.juniper.net/contrail}. */
  public abstract String contrailRegistry();

  /** {@code CONTRAIL_CONTAINER_TAG}; upstream's default is {@code dev}. */
  @Value.Default
  public String contrailContainerTag() {
    return "dev";
  }

  /** {@code KUBERNETES_SECRET_CONTRAIL_REPO}: a docker-registry Secret in kube-system. */
  public abstract Optional<String> pullSecretName();

  /** {@code AUTH_MODE}; upstream's default is {@code noauth}. */
  @Value.Default
  public AuthMode authMode() {
    return AuthMode.NOAUTH;
  }

  /** {@code KEYSTONE_AUTH_HOST}: an IPv4 address or DNS name. */
  public abstract Optional<String> keystoneAuthHost();

  /** {@code KEYSTONE_AUTH_ADMIN_TENANT}. */
  public abstract Optional<String> keystoneAdminTenant();

  /** {@code KEYSTONE_AUTH_ADMIN_USER}. */
  public abstract Optional<String> keystoneAdminUser();

  /**
   * {@code KEYSTONE_AUTH_ADMIN_PASSWORD}; never printed by {@code toString}. As upstream does,
   * {@link NestedManifest#render} puts it in ConfigMap env, which kube-manager reads through
   * envFrom: set it only when the rendered YAML may hold it.
   */
  @Value.Redacted
  public abstract Optional<String> keystoneAdminPassword();

  /** {@code KEYSTONE_AUTH_ADMIN_PORT}, e.g. 35357. */
  public abstract Optional<Integer> keystoneAdminPort();

  /** {@code KEYSTONE_AUTH_URL_VERSION}: {@code /v3} or {@code /v2.0}. */
  public abstract Optional<String> keystoneUrlVersion();

  /** {@code CLOUD_ORCHESTRATOR}; upstream's default is {@code none}, the sample uses kubernetes. */
  @Value.Default
  public String cloudOrchestrator() {
    return "none";
  }

  /** {@code CONTROLLER_NODES}: upstream defaults it to the auto-detected host IP, so it is required. */
  public abstract List<Inet4Address> controllerNodes();

  /** {@code CONFIG_NODES}; defaults to {@link #controllerNodes()}. */
  @Value.Default
  public List<Inet4Address> configNodes() {
    return controllerNodes();
  }

  /** {@code CONFIG_API_VIP}; passed through but read by neither container. */
  public abstract Optional<Inet4Address> configApiVip();

  /** {@code LOG_LEVEL}; upstream's default is {@code SYS_NOTICE}. */
  @Value.Default
  public LogLevel logLevel() {
    return LogLevel.SYS_NOTICE;
  }

  /** {@code RABBITMQ_NODES}; defaults to {@link #configNodes()} (through CONFIGDB_NODES). */
  @Value.Default
  public List<Inet4Address> rabbitmqNodes() {
    return configNodes();
  }

  /** {@code RABBITMQ_NODE_PORT}; default 5673. */
  @Value.Default
  public int rabbitmqNodePort() {
    return 5673;
  }

  /** {@code ZOOKEEPER_NODES} (ConfigMap key ZOOKEEPER_SERVERS); defaults to {@link #configNodes()}. */
  @Value.Default
  public List<Inet4Address> zookeeperNodes() {
    return configNodes();
  }

  /** {@code KUBEMANAGER_NESTED_MODE}: true renders {@code "1"}, false {@code "0"}. */
  public abstract Optional<Boolean> nestedMode();

  /** {@code KUBERNETES_CLUSTER_NETWORK}: the virtual network of the cluster's VMs. */
  public abstract Optional<ContrailRef> clusterNetwork();

  /** {@code KUBERNETES_CLUSTER_NAME}; kube-manager's image default is {@code k8s}. */
  public abstract Optional<String> clusterName();

  /** {@code KUBERNETES_POD_SUBNETS}, space-separated when rendered. */
  public abstract List<Ipv4Cidr> podSubnets();

  /** {@code KUBERNETES_IP_FABRIC_SUBNETS}, space-separated when rendered. */
  public abstract List<Ipv4Cidr> ipFabricSubnets();

  /** {@code KUBERNETES_SERVICE_SUBNETS}, space-separated when rendered. */
  public abstract List<Ipv4Cidr> serviceSubnets();

  /** {@code KUBERNETES_IP_FABRIC_FORWARDING}. */
  public abstract Optional<Boolean> ipFabricForwarding();

  /** {@code KUBERNETES_IP_FABRIC_SNAT}. */
  public abstract Optional<Boolean> ipFabricSnat();

  /** {@code KUBERNETES_PUBLIC_FIP_POOL}: {'domain', 'project', 'network', 'name'}. */
  public abstract Optional<ContrailRef> publicFipPool();

  /**
   * {@code KUBERNESTES_NESTED_VROUTER_VIP} (upstream's spelling): the link-local service IP through
   * which the CNI reaches the underlay vrouter agent's port 9091.
   */
  public abstract Optional<Inet4Address> nestedVrouterVip();

  /** {@code KUBERNETES_API_SERVER}: upstream defaults it to the host IP, so it is required. */
  public abstract String kubernetesApiServer();

  /** {@code KUBERNETES_API_SECURE_PORT}; default 6443. */
  @Value.Default
  public int kubernetesApiSecurePort() {
    return 6443;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The spec a common.env describes, with upstream's generation-time defaults. Throws {@link
   * dev.nestedcontrail.sdk.core.ValidationException} listing every bad or missing value; a value
   * upstream would detect from the host (HOST_IP) is never guessed, the error names the variable.
   */
  public static NestedClusterSpec fromEnv(CommonEnv env) {
    return SpecFromEnv.read(env);
  }

  @Value.Check
  void check() {
    SpecChecks.check(this);
  }

  public static final class Builder extends ImmutableNestedClusterSpec.Builder {}
}
