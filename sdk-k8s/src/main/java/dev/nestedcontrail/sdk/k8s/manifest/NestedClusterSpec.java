package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
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
   * envFrom, and therefore refuses to render it unless {@link ManifestOptions#revealSecrets()}.
   */
  @Value.Redacted
  public abstract Optional<String> keystoneAdminPassword();

  /** {@code KEYSTONE_AUTH_ADMIN_PORT}, e.g. 35357. */
  public abstract Optional<Integer> keystoneAdminPort();

  /** {@code KEYSTONE_AUTH_URL_VERSION}: {@code /v3} or {@code /v2.0}. */
  public abstract Optional<String> keystoneUrlVersion();

  /**
   * {@code CLOUD_ORCHESTRATOR}; upstream's default {@code none} when a common.env leaves it unset,
   * {@code kubernetes} (the nested sample's value) for {@link #fromPlan} specs.
   */
  @Value.Default
  public String cloudOrchestrator() {
    return "none";
  }

  /** {@code CONTROLLER_NODES}: upstream defaults it to the auto-detected host IP, so it is required. */
  public abstract List<Ipv4Address> controllerNodes();

  /** {@code CONFIG_NODES}; defaults to {@link #controllerNodes()}. */
  @Value.Default
  public List<Ipv4Address> configNodes() {
    return controllerNodes();
  }

  /** {@code CONFIG_API_VIP}; passed through but read by neither container. */
  public abstract Optional<Ipv4Address> configApiVip();

  /** {@code LOG_LEVEL}; upstream's default is {@code SYS_NOTICE}. */
  @Value.Default
  public LogLevel logLevel() {
    return LogLevel.SYS_NOTICE;
  }

  /** {@code RABBITMQ_NODES}; defaults to {@link #configNodes()} (through CONFIGDB_NODES). */
  @Value.Default
  public List<Ipv4Address> rabbitmqNodes() {
    return configNodes();
  }

  /** {@code RABBITMQ_NODE_PORT}; default 5673. */
  @Value.Default
  public int rabbitmqNodePort() {
    return 5673;
  }

  /** {@code ZOOKEEPER_NODES} (ConfigMap key ZOOKEEPER_SERVERS); defaults to {@link #configNodes()}. */
  @Value.Default
  public List<Ipv4Address> zookeeperNodes() {
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
  public abstract Optional<Ipv4Address> nestedVrouterVip();

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

  /**
   * The seam between the link-local plan and the manifest: a builder holding every value the plan
   * decides, taken from its endpoints (service IPs in Option 2, underlay IPs in Option 1):
   * <ul>
   *   <li>{@code CONFIG_NODES} (and {@code ZOOKEEPER_NODES}, upstream's default): the config nodes;
   *   <li>{@code CONTROLLER_NODES}: the analytics nodes, since the image derives kube-manager's
   *       collectors from it;
   *   <li>{@code RABBITMQ_NODES} and {@code RABBITMQ_NODE_PORT}: the message queue nodes and port;
   *   <li>{@code KEYSTONE_AUTH_HOST} and {@code KEYSTONE_AUTH_ADMIN_PORT}: the first Keystone node,
   *       when the topology has one;
   *   <li>{@code KUBERNESTES_NESTED_VROUTER_VIP}: the plan's vrouter VIP;
   *   <li>{@code KUBEMANAGER_NESTED_MODE}: true;
   *   <li>{@code CONFIG_API_VIP}: the first config node, as in upstream's nested sample;
   *   <li>{@code CLOUD_ORCHESTRATOR}: {@code kubernetes} (nested mode always runs under
   *       Kubernetes; upstream's {@code none} stays the default of env-derived specs only),
   *       {@code KUBERNETES_CLUSTER_NAME} {@code k8s}, {@code KUBERNETES_IP_FABRIC_FORWARDING} and
   *       {@code _SNAT} false: the nested sample's values.
   * </ul>
   * The caller sets what the plan does not know before {@link Builder#build()}: at least {@link
   * #contrailRegistry()} and {@link #kubernetesApiServer()}, and optionally the tag, pull secret,
   * Keystone credentials, cluster name and network, and the subnets. Setting a plan-derived value
   * again overrides the plan; prefer not to.
   *
   * @throws dev.nestedcontrail.sdk.core.ValidationException listing every part of the plan the
   *     nested manifest cannot express: a missing config, analytics or message queue node; a
   *     config, analytics, config DB or vrouter port other than the default (the template has no
   *     variable for them); a config node that is not also a config DB endpoint.
   */
  public static Builder fromPlan(ConnectivityPlan plan) {
    return SpecFromPlan.derive(plan);
  }

  @Value.Check
  void check() {
    SpecChecks.check(this);
  }

  public static final class Builder extends ImmutableNestedClusterSpec.Builder {}
}
