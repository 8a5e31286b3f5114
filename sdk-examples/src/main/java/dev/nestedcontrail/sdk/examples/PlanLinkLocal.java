package dev.nestedcontrail.sdk.examples;

import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.PlanFormat;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.nio.file.Path;

/**
 * Seed step 1: which link-local services connect a nested cluster to the underlay.
 *
 * <p>Run with a topology file as the argument, or without one for the built-in example
 * (Option 2: every Contrail function reached through its own service IP).
 */
public final class PlanLinkLocal {
  /** An underlay with one controller, one Keystone and two computes. */
  static final String EXAMPLE = """
      connectivity: link-local-only
      serviceIpPool: 10.10.10.0/24
      config:    [192.168.1.100]
      analytics: [192.168.1.100]
      msgQueue:  [192.168.1.100]
      configDb:  [192.168.1.100]
      keystone:  [192.168.1.200]
      vrouters:  [192.168.1.30, 192.168.1.40]
      """;

  private PlanLinkLocal() {}

  public static void main(String[] args) {
    // 1. Describe the underlay: read the file, or parse the example above.
    UnderlayTopology topology = args.length > 0
        ? UnderlayTopology.load(Path.of(args[0])) : UnderlayTopology.parse(EXAMPLE);
    // 2. Plan: a pure function, nothing is read from or written to any server.
    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);
    // 3. Print the seed's table; PlanFormat.JSON and MERMAID are the other views.
    System.out.print(PlanFormat.TABLE.render(plan));
    System.out.println("The CNI reaches its vrouter agent at " + plan.vrouterVip());
  }
}
