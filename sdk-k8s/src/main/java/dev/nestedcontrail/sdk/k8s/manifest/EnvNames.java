package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.List;
import java.util.Set;

/** The variable names common.env may hold, as far as the nested manifest is concerned. */
final class EnvNames {
  /** The real, misspelled name upstream uses everywhere. */
  static final String VROUTER_VIP = "KUBERNESTES_NESTED_VROUTER_VIP";
  /** The correct spelling, accepted with a warning. */
  static final String VROUTER_VIP_CORRECT_SPELLING = "KUBERNETES_NESTED_VROUTER_VIP";

  /** The 30 variables of contrail-nested-kubernetes.yaml, in the order they first appear. */
  static final List<String> TEMPLATE = List.of(
      "AUTH_MODE", "KEYSTONE_AUTH_HOST", "KEYSTONE_AUTH_ADMIN_TENANT", "KEYSTONE_AUTH_ADMIN_USER",
      "KEYSTONE_AUTH_ADMIN_PASSWORD", "KEYSTONE_AUTH_ADMIN_PORT", "KEYSTONE_AUTH_URL_VERSION",
      "CLOUD_ORCHESTRATOR", "CONTROLLER_NODES", "CONFIG_NODES", "CONFIG_API_VIP", "LOG_LEVEL",
      "RABBITMQ_NODES", "RABBITMQ_NODE_PORT", "ZOOKEEPER_NODES", "KUBEMANAGER_NESTED_MODE",
      "KUBERNETES_CLUSTER_NETWORK", "KUBERNETES_CLUSTER_NAME", "KUBERNETES_POD_SUBNETS",
      "KUBERNETES_IP_FABRIC_SUBNETS", "KUBERNETES_SERVICE_SUBNETS",
      "KUBERNETES_IP_FABRIC_FORWARDING", "KUBERNETES_IP_FABRIC_SNAT",
      "KUBERNETES_PUBLIC_FIP_POOL", VROUTER_VIP, "KUBERNETES_API_SERVER",
      "KUBERNETES_API_SECURE_PORT", "CONTRAIL_REGISTRY", "CONTRAIL_CONTAINER_TAG",
      "KUBERNETES_SECRET_CONTRAIL_REPO");

  /** Not in the template, but parse-env.sh derives template defaults from them. */
  static final Set<String> DEFAULT_INPUTS =
      Set.of("HOST_IP", "CONTRAIL_VERSION", "_CONTRAIL_REGISTRY_IP", "CONFIGDB_NODES");

  /** Known to upstream's common.env, but the nested template does not pass them on. */
  static final Set<String> UNUSED = Set.of(
      "ANALYTICS_API_VIP", "ANALYTICS_NODES", "ANALYTICSDB_NODES", "CONTROL_NODES",
      "WEBUI_NODES", "KUBEMANAGER_NODES", "KUBERNETES_CLUSTER_PROJECT", "KEYSTONE_AUTH_PROTO",
      "KEYSTONE_AUTH_INSECURE", "CONFIG_API_PORT", "PHYSICAL_INTERFACE", "VROUTER_GATEWAY",
      "KUBERNETES_API_PORT", "KUBERNETES_API_NODES", "ZOOKEEPER_PORT", "RABBITMQ_USE_SSL");

  private EnvNames() {}

  static boolean isUsed(String name) {
    return TEMPLATE.contains(name) || DEFAULT_INPUTS.contains(name);
  }
}
