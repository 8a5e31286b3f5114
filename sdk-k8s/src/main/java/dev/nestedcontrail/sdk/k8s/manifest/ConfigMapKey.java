package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keys of the two ConfigMaps, in upstream's order, with the spec value each one holds and
 * whether upstream's template quotes it. Unquoted values are the ones upstream's YAML may turn into
 * numbers, booleans or null; ours are always strings.
 */
enum ConfigMapKey {
  AUTH_MODE(false, s -> s.authMode().envValue()),
  KEYSTONE_AUTH_HOST(false, s -> text(s.keystoneAuthHost())),
  KEYSTONE_AUTH_ADMIN_TENANT(true, s -> text(s.keystoneAdminTenant())),
  KEYSTONE_AUTH_ADMIN_USER(true, s -> text(s.keystoneAdminUser())),
  KEYSTONE_AUTH_ADMIN_PASSWORD(true, s -> text(s.keystoneAdminPassword())),
  KEYSTONE_AUTH_ADMIN_PORT(true, s -> text(s.keystoneAdminPort())),
  KEYSTONE_AUTH_URL_VERSION(true, s -> text(s.keystoneUrlVersion())),
  CLOUD_ORCHESTRATOR(false, NestedClusterSpec::cloudOrchestrator),
  CONTROLLER_NODES(false, s -> ips(s.controllerNodes())),
  CONFIG_NODES(false, s -> ips(s.configNodes())),
  CONFIG_API_VIP(false, s -> s.configApiVip().map(Ipv4Address::toString).orElse("")),
  LOG_LEVEL(false, s -> s.logLevel().name()),
  RABBITMQ_NODES(false, s -> ips(s.rabbitmqNodes())),
  RABBITMQ_NODE_PORT(true, s -> String.valueOf(s.rabbitmqNodePort())),
  ZOOKEEPER_SERVERS(false, s -> ips(s.zookeeperNodes())),
  KUBEMANAGER_NESTED_MODE(true, s -> s.nestedMode().map(b -> b ? "1" : "0").orElse("")),
  KUBERNETES_CLUSTER_NETWORK(true, s -> text(s.clusterNetwork())),
  KUBERNETES_CLUSTER_NAME(false, s -> text(s.clusterName())),
  KUBERNETES_POD_SUBNETS(false, s -> cidrs(s.podSubnets())),
  KUBERNETES_IP_FABRIC_SUBNETS(false, s -> cidrs(s.ipFabricSubnets())),
  KUBERNETES_SERVICE_SUBNETS(false, s -> cidrs(s.serviceSubnets())),
  KUBERNETES_IP_FABRIC_FORWARDING(true, s -> text(s.ipFabricForwarding())),
  KUBERNETES_IP_FABRIC_SNAT(true, s -> text(s.ipFabricSnat())),
  KUBERNETES_PUBLIC_FIP_POOL(true, s -> text(s.publicFipPool())),
  KUBERNESTES_NESTED_VROUTER_VIP(false, s -> s.nestedVrouterVip().map(Ipv4Address::toString).orElse("")),
  KUBERNETES_API_SERVER(false, NestedClusterSpec::kubernetesApiServer),
  KUBERNETES_API_SECURE_PORT(true, s -> String.valueOf(s.kubernetesApiSecurePort())),
  K8S_TOKEN_FILE(true, s -> NestedManifestNames.TOKEN_MOUNT_PATH + "/token");

  /** The first key of ConfigMap kube-manager-config; the keys before it belong to env. */
  static final ConfigMapKey FIRST_KUBE_MANAGER_KEY = KUBERNETES_API_SERVER;

  private final boolean quotedUpstream;
  private final Function<NestedClusterSpec, String> value;

  ConfigMapKey(boolean quotedUpstream, Function<NestedClusterSpec, String> value) {
    this.quotedUpstream = quotedUpstream;
    this.value = value;
  }

  boolean quotedUpstream() {
    return quotedUpstream;
  }

  String configMap() {
    return ordinal() < FIRST_KUBE_MANAGER_KEY.ordinal()
        ? NestedManifestNames.ENV_CONFIG_MAP : NestedManifestNames.KUBE_MANAGER_CONFIG_MAP;
  }

  String value(NestedClusterSpec spec) {
    return value.apply(spec);
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  private static String ips(List<Ipv4Address> addresses) {
    return addresses.stream().map(Ipv4Address::toString).collect(Collectors.joining(","));
  }

  private static String cidrs(List<Ipv4Cidr> networks) {
    return networks.stream().map(Ipv4Cidr::toString).collect(Collectors.joining(" "));
  }
}
