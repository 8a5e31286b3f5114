package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link NestedClusterSpec#fromEnv(CommonEnv)}: upstream's parse-env.sh defaults, typed. An empty
 * value counts as unset, as with bash's {@code ${X:-default}}. Values upstream would detect from the
 * host are never guessed: without them the problem names the variable to set.
 */
final class SpecFromEnv {
  private final CommonEnv env;
  private final List<String> problems = new ArrayList<>();

  private SpecFromEnv(CommonEnv env) {
    this.env = env;
  }

  static NestedClusterSpec read(CommonEnv env) {
    return new SpecFromEnv(env).spec();
  }

  private NestedClusterSpec spec() {
    NestedClusterSpec.Builder b = NestedClusterSpec.builder();
    Optional<String> hostIp = raw("HOST_IP").filter(v -> !v.equalsIgnoreCase("auto"));
    Optional<String> controllers = raw("CONTROLLER_NODES").or(() -> hostIp);
    if (controllers.isEmpty()) {
      problems.add(hostDetected("CONTROLLER_NODES"));
    }
    List<Ipv4Address> controllerNodes = ips("CONTROLLER_NODES", controllers);
    List<Ipv4Address> configNodes = raw("CONFIG_NODES").isPresent()
        ? ips("CONFIG_NODES", raw("CONFIG_NODES")) : controllerNodes;
    List<Ipv4Address> configDbNodes = raw("CONFIGDB_NODES").isPresent()
        ? ips("CONFIGDB_NODES", raw("CONFIGDB_NODES")) : configNodes;
    b.controllerNodes(controllerNodes).configNodes(configNodes)
        .rabbitmqNodes(raw("RABBITMQ_NODES").isPresent()
            ? ips("RABBITMQ_NODES", raw("RABBITMQ_NODES")) : configDbNodes)
        .zookeeperNodes(raw("ZOOKEEPER_NODES").isPresent()
            ? ips("ZOOKEEPER_NODES", raw("ZOOKEEPER_NODES")) : configNodes);

    Optional<String> apiServer = raw("KUBERNETES_API_SERVER").or(() -> hostIp);
    apiServer.ifPresentOrElse(b::kubernetesApiServer,
        () -> problems.add(hostDetected("KUBERNETES_API_SERVER")));
    Optional<String> registry = raw("CONTRAIL_REGISTRY").filter(v -> !v.equalsIgnoreCase("auto"))
        .or(() -> raw("_CONTRAIL_REGISTRY_IP").or(() -> hostIp).map(ip -> ip + ":5000"));
    registry.ifPresentOrElse(b::contrailRegistry, () -> problems.add("CONTRAIL_REGISTRY: must be "
        + "set; upstream would use HOST_IP:5000 with the IP it detects from this machine"));
    raw("CONTRAIL_CONTAINER_TAG").or(() -> raw("CONTRAIL_VERSION"))
        .ifPresent(b::contrailContainerTag);
    raw("KUBERNETES_SECRET_CONTRAIL_REPO").ifPresent(b::pullSecretName);

    typed("AUTH_MODE", AuthMode::fromEnvValue, "noauth or keystone").ifPresent(b::authMode);
    raw("KEYSTONE_AUTH_HOST").ifPresent(b::keystoneAuthHost);
    raw("KEYSTONE_AUTH_ADMIN_TENANT").ifPresent(b::keystoneAdminTenant);
    raw("KEYSTONE_AUTH_ADMIN_USER").ifPresent(b::keystoneAdminUser);
    raw("KEYSTONE_AUTH_ADMIN_PASSWORD").ifPresent(b::keystoneAdminPassword);
    typed("KEYSTONE_AUTH_ADMIN_PORT", SpecFromEnv::number, "a port number")
        .ifPresent(b::keystoneAdminPort);
    raw("KEYSTONE_AUTH_URL_VERSION").ifPresent(b::keystoneUrlVersion);
    raw("CLOUD_ORCHESTRATOR").ifPresent(b::cloudOrchestrator);
    typed("CONFIG_API_VIP", Ipv4Address::parse, "an IPv4 address").ifPresent(b::configApiVip);
    typed("LOG_LEVEL", LogLevel::fromEnvValue, "a level such as SYS_NOTICE").ifPresent(b::logLevel);
    typed("RABBITMQ_NODE_PORT", SpecFromEnv::number, "a port number")
        .ifPresent(b::rabbitmqNodePort);
    typed("KUBEMANAGER_NESTED_MODE", SpecFromEnv::zeroOrOne, "0 or 1").ifPresent(b::nestedMode);
    ref("KUBERNETES_CLUSTER_NETWORK").ifPresent(b::clusterNetwork);
    raw("KUBERNETES_CLUSTER_NAME").ifPresent(b::clusterName);
    b.podSubnets(cidrs("KUBERNETES_POD_SUBNETS"))
        .ipFabricSubnets(cidrs("KUBERNETES_IP_FABRIC_SUBNETS"))
        .serviceSubnets(cidrs("KUBERNETES_SERVICE_SUBNETS"));
    typed("KUBERNETES_IP_FABRIC_FORWARDING", SpecFromEnv::bool, "true or false")
        .ifPresent(b::ipFabricForwarding);
    typed("KUBERNETES_IP_FABRIC_SNAT", SpecFromEnv::bool, "true or false")
        .ifPresent(b::ipFabricSnat);
    ref("KUBERNETES_PUBLIC_FIP_POOL").ifPresent(b::publicFipPool);
    typed(EnvNames.VROUTER_VIP, Ipv4Address::parse, "an IPv4 address").ifPresent(b::nestedVrouterVip);
    typed("KUBERNETES_API_SECURE_PORT", SpecFromEnv::number, "a port number")
        .ifPresent(b::kubernetesApiSecurePort);

    ValidationException.throwIfAny("common.env", problems);
    return b.build();
  }

  private Optional<String> raw(String name) {
    return env.value(name).filter(v -> !v.isEmpty());
  }

  private static String hostDetected(String name) {
    return name + ": must be set (or set HOST_IP); upstream would use the IP it detects from "
        + "the default route of the machine that renders, which is never guessed here";
  }

  private <T> Optional<T> typed(String name, Function<String, Optional<T>> parser,
      String expected) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> parsed = parser.apply(value.get());
    if (parsed.isEmpty()) {
      problems.add(name + ": '" + value.get() + "' is not " + expected + where(name));
    }
    return parsed;
  }

  private List<Ipv4Address> ips(String name, Optional<String> value) {
    List<Ipv4Address> result = new ArrayList<>();
    for (String item : value.map(v -> v.split(",", -1)).orElse(new String[0])) {
      Ipv4Address.parse(item.strip()).ifPresentOrElse(result::add, () -> problems.add(name + ": '"
          + item + "' is not an IPv4 address (a comma-separated list is expected)" + where(name)));
    }
    return result;
  }

  private List<Ipv4Cidr> cidrs(String name) {
    List<Ipv4Cidr> result = new ArrayList<>();
    for (String item : raw(name).map(v -> v.strip().split("\\s+")).orElse(new String[0])) {
      Ipv4Cidr.parse(item).ifPresentOrElse(result::add, () -> problems.add(name + ": '" + item
          + "' is not an IPv4 network such as 10.32.0.0/12 (lists are space-separated)"
          + where(name)));
    }
    return result;
  }

  private Optional<ContrailRef> ref(String name) {
    try {
      return raw(name).map(v -> ContrailRef.parse(name, v));
    } catch (ValidationException e) {
      e.problems().forEach(p -> problems.add(p + where(name)));
      return Optional.empty();
    }
  }

  private String where(String name) {
    Integer line = env.lines().get(name);
    return line == null ? "" : " (line " + line + ")";
  }

  private static Optional<Integer> number(String text) {
    return text.matches("[0-9]{1,5}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  private static Optional<Boolean> zeroOrOne(String text) {
    return text.equals("1") ? Optional.of(true)
        : text.equals("0") ? Optional.of(false) : Optional.empty();
  }

  private static Optional<Boolean> bool(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals("true") ? Optional.of(true)
        : lower.equals("false") ? Optional.of(false) : Optional.empty();
  }
}
