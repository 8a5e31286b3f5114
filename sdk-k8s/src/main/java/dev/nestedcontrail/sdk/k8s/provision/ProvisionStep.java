package dev.nestedcontrail.sdk.k8s.provision;

/** The steps of provisioning a nested cluster, in the order they run. */
public enum ProvisionStep {
  /** Config API reachable and authenticated, node network present, service IPs unused, nodes present. */
  PREFLIGHT("preflight"),
  /** The link-local services of global-vrouter-config, in one write. */
  LINK_LOCAL("link-local services"),
  /** Fabric SNAT on the node network (Option 1 only). */
  FABRIC_SNAT("fabric SNAT"),
  /** Server-side apply of the manifest objects. */
  KUBERNETES_APPLY("server-side apply"),
  /** Waiting for both DaemonSets to be rolled out. */
  DAEMON_SETS("DaemonSet rollout"),
  /** Reading back what was written and comparing it with the plan. */
  VERIFY("verify");

  private final String title;

  ProvisionStep(String title) {
    this.title = title;
  }

  /** A human-readable name, such as {@code server-side apply}. */
  public String title() {
    return title;
  }
}
