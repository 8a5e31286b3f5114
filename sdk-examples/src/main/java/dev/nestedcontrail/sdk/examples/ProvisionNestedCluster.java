package dev.nestedcontrail.sdk.examples;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.Kubeconfig;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import java.nio.file.Path;

/**
 * Seed step 3, the whole flow in one call: plan, then provision (preflight, link-local, Fabric
 * SNAT, server-side apply, DaemonSet rollout, verify), then undo it.
 *
 * <p>Run with {@code KUBECONFIG-FILE TOPOLOGY-FILE [CONFIG-API-URL]} for a real cluster (config
 * API without authentication), or without arguments against an embedded lab.
 */
public final class ProvisionNestedCluster {
  private ProvisionNestedCluster() {}

  public static void main(String[] args) {
    // 1. A target: the files given, or a fresh lab on loopback ports (closed at the end).
    try (ContrailLab lab = ContrailLab.start()) {
      Path kubeconfig = args.length >= 2 ? Path.of(args[0]) : lab.kubeconfig();
      Path topology = args.length >= 2 ? Path.of(args[1]) : lab.topologyFile();
      // 2. The cluster: topology, config API, Kubernetes access and the images to run.
      try (NestedCluster cluster = NestedCluster.builder()
          .topologyFile(topology)
          .configApi(Endpoints.parse(args.length == 3 ? args[2] : lab.baseUrl()),
              AuthProvider.none())
          .kubeconfig(Kubeconfig.load(kubeconfig))
          .contrailRegistry("tungstenfabric").contrailTag("latest")
          .build()) {
        // 3. Plan: reads, never writes. Print it for review.
        NestedPlan plan = cluster.plan();
        System.out.print(plan.report());
        // 4. Provision, hearing about each step as it finishes.
        ProvisionResult result = cluster.provision(plan, new ProvisionListener() {
          @Override
          public void stepFinished(ProvisionStep step, String summary) {
            System.out.println(step.title() + ": " + summary);
          }
        });
        System.out.println("writes: " + result.totalWrites() + ", ready DaemonSets: "
            + result.readyDaemonSets());
        // 5. Provisioning again changes nothing; rollback undoes the first run.
        System.out.println("second run writes: "
            + cluster.provision(plan, ProvisionListener.none()).totalWrites());
        System.out.println("rollback writes: " + cluster.rollback());
      }
    }
  }
}
