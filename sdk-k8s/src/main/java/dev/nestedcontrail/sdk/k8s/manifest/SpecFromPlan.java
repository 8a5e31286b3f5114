package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceEndpoint;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link NestedClusterSpec#fromPlan}: the seam between seed step 1 (the link-local plan) and step 2
 * (the manifest). Every address comes from the plan's endpoints, so the rendered cluster reaches
 * the underlay exactly the way the plan connects it. A plan the nested template cannot express
 * (a port it has no variable for, a config DB kube-manager would not find) is rejected, every
 * problem at once, instead of rendering a cluster that cannot connect.
 */
final class SpecFromPlan {
  private final ConnectivityPlan plan;
  private final List<String> problems = new ArrayList<>();

  private SpecFromPlan(ConnectivityPlan plan) {
    this.plan = plan;
  }

  static NestedClusterSpec.Builder derive(ConnectivityPlan plan) {
    return new SpecFromPlan(plan).builder();
  }

  private NestedClusterSpec.Builder builder() {
    NestedClusterSpec.Builder b = NestedClusterSpec.builder();
    List<Ipv4Address> config = required(ServiceRole.CONFIG, "CONFIG_NODES");
    // The image's ANALYTICS_NODES (hence kube-manager's collectors) defaults to CONTROLLER_NODES.
    List<Ipv4Address> analytics = required(ServiceRole.ANALYTICS, "CONTROLLER_NODES");
    List<Ipv4Address> msgQueue = required(ServiceRole.MSG_QUEUE, "RABBITMQ_NODES");
    fixedPort(ServiceRole.CONFIG, "kube-manager always uses 8082 (CONFIG_API_PORT)");
    fixedPort(ServiceRole.ANALYTICS, "kube-manager always uses 8086 for the collectors");
    fixedPort(ServiceRole.CONFIG_DB, "kube-manager always uses 9161 for Cassandra");
    fixedPort(ServiceRole.VROUTER, "cni-init always uses 9091 (VROUTER_PORT)");
    configDbAtConfigNodes(config);
    b.controllerNodes(analytics).configNodes(config).rabbitmqNodes(msgQueue)
        .nestedMode(true).nestedVrouterVip(plan.vrouterVip());
    config.stream().findFirst().ifPresent(b::configApiVip);
    nestedSampleDefaults(b);
    endpoints(ServiceRole.MSG_QUEUE).stream().findFirst()
        .ifPresent(e -> b.rabbitmqNodePort(e.port()));
    // The template has one KEYSTONE_AUTH_HOST; kube-manager authenticates against the first.
    endpoints(ServiceRole.KEYSTONE).stream().findFirst().ifPresent(e ->
        b.keystoneAuthHost(e.address().toString()).keystoneAdminPort(e.port()));
    ValidationException.throwIfAny("nested cluster spec from the connectivity plan", problems);
    return b;
  }

  /**
   * Where upstream's nested sample (common.env.sample.nested_mode) sets a value the plan does not
   * decide, the sample's value: a nested cluster always runs under Kubernetes, so
   * CLOUD_ORCHESTRATOR is {@code kubernetes} (upstream's generation default {@code none} is for
   * hosts without an orchestrator); the cluster name and the IP fabric switches are set to the
   * values the containers would otherwise default to. LOG_LEVEL stays upstream's default
   * SYS_NOTICE (the sample's SYS_DEBUG also turns on shell tracing), AUTH_MODE stays noauth until
   * the caller gives Keystone credentials.
   */
  private static void nestedSampleDefaults(NestedClusterSpec.Builder b) {
    b.cloudOrchestrator("kubernetes").clusterName("k8s")
        .ipFabricForwarding(false).ipFabricSnat(false);
  }

  private List<ServiceEndpoint> endpoints(ServiceRole role) {
    return plan.endpoints().getOrDefault(role, List.of());
  }

  private List<Ipv4Address> required(ServiceRole role, String variable) {
    List<Ipv4Address> addresses = endpoints(role).stream().map(ServiceEndpoint::address)
        .distinct().collect(Collectors.toList());
    if (addresses.isEmpty()) {
      problems.add(role.key() + ": the topology lists no node, but " + variable
          + " needs at least one address");
    }
    return addresses;
  }

  /** A role whose port the nested template cannot carry must use its default port. */
  private void fixedPort(ServiceRole role, String why) {
    endpoints(role).stream().map(ServiceEndpoint::port).filter(p -> p != role.defaultPort())
        .findFirst().ifPresent(port -> problems.add("ports." + role.portKey() + ": " + port
            + " cannot be rendered, the nested manifest has no variable for it and " + why));
  }

  /**
   * kube-manager's Cassandra list is CONFIG_NODES with :9161 (the template passes no CONFIGDB_NODES),
   * so each config address must also be a config DB endpoint of the plan, when the plan has any.
   */
  private void configDbAtConfigNodes(List<Ipv4Address> config) {
    List<Ipv4Address> configDb = endpoints(ServiceRole.CONFIG_DB).stream()
        .map(ServiceEndpoint::address).collect(Collectors.toList());
    if (configDb.isEmpty()) {
      return;
    }
    config.stream().filter(a -> !configDb.contains(a)).forEach(a -> problems.add("configDb: "
        + a + " (a config node) is not a config DB endpoint " + configDb + ", but kube-manager "
        + "reaches Cassandra at the CONFIG_NODES addresses on port 9161"));
  }
}
