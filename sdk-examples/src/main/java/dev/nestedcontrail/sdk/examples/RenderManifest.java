package dev.nestedcontrail.sdk.examples;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.k8s.manifest.NestedManifest;
import java.util.List;

/**
 * Seed step 2: the single YAML of a nested cluster, with every address taken from the link-local
 * plan of seed step 1 (so the cluster reaches the underlay exactly the way the plan connects it).
 */
public final class RenderManifest {
  private RenderManifest() {}

  public static void main(String[] args) {
    // 1. Plan the connectivity of the example underlay (see PlanLinkLocal).
    ConnectivityPlan plan = LinkLocalPlanner.plan(UnderlayTopology.parse(PlanLinkLocal.EXAMPLE));
    // 2. The plan decides the addresses; we add what it cannot know: images and the API server.
    NestedClusterSpec spec = NestedClusterSpec.fromPlan(plan)
        .contrailRegistry("hub.juniper.net/contrail")
        .contrailContainerTag("2008.121")
        .kubernetesApiServer("10.0.0.3")
        .build();
    // 3. Render: eight objects in upstream's order, validated, with no I/O.
    List<KubernetesObject> objects = NestedManifest.render(spec);
    // 4. Print them as multi-document YAML, ready for kubectl apply --server-side.
    System.out.print(NestedManifest.toYaml(objects));
  }
}
