package dev.nestedcontrail.sdk.testkit.it.k8s;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.k8s.manifest.NestedClusterSpec;
import dev.nestedcontrail.sdk.k8s.manifest.NestedManifest;
import dev.nestedcontrail.sdk.testkit.FakeNode;
import java.util.List;

/** The nested manifest of a small Option 1 underlay, and the three nodes it runs on. */
final class NestedObjects {
  static final UnderlayTopology TOPOLOGY = UnderlayTopology.parse("""
      connectivity: fabric-snat
      serviceIpPool: 10.10.10.0/29
      nodeNetwork: default-domain:admin:k8s-vm-net
      config: [192.168.1.100]
      analytics: [192.168.1.100]
      msgQueue: [192.168.1.100]
      configDb: [192.168.1.100]
      vrouters: [192.168.1.30, 192.168.1.40]
      """);

  private NestedObjects() {}

  /** The eight rendered objects, with the cluster's API server at {@code apiServer}. */
  static List<KubernetesObject> render(String apiServer) {
    NestedClusterSpec spec = NestedClusterSpec.fromPlan(LinkLocalPlanner.plan(TOPOLOGY))
        .contrailRegistry("registry.test/contrail").kubernetesApiServer(apiServer).build();
    return NestedManifest.render(spec);
  }

  /** A config-labelled master (tolerated taint) and two minions. */
  static List<FakeNode> nodes() {
    return List.of(
        FakeNode.builder().name("k8s-master").internalIp("10.0.0.3")
            .putLabel("node-role.opencontrail.org/config", "true")
            .addTaint(FakeNode.Taint.of("node-role.kubernetes.io/master", "", "NoSchedule"))
            .build(),
        FakeNode.of("k8s-minion-1", "10.0.0.4"),
        FakeNode.of("k8s-minion-2", "10.0.0.5"));
  }
}
