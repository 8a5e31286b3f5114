package dev.nestedcontrail.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each example program runs to the end and prints what its comment promises. */
class ExamplesSmokeTest {

  @Test
  void planLinkLocal_printsTheSeedTableForTheExampleUnderlay() throws Exception {
    String out = StdoutCapture.of(() -> PlanLinkLocal.main(new String[0]));

    assertThat(out).contains("| LL Service Name", "| Contrail Config ", "| VRouter-192.168.1.30")
        .contains("The CNI reaches its vrouter agent at 10.10.10.");
  }

  @Test
  void renderManifest_printsTheEightObjects() throws Exception {
    String out = StdoutCapture.of(() -> RenderManifest.main(new String[0]));

    assertThat(out.split("(?m)^---$")).hasSize(9);
    assertThat(out).contains("kind: DaemonSet", "name: contrail-kube-manager",
        "hub.juniper.net/contrail/contrail-kubernetes-kube-manager:2008.121");
  }

  @Test
  void provisionNestedCluster_onALab_provisionsThenWritesNothingThenRollsBack() throws Exception {
    String out = StdoutCapture.of(() -> ProvisionNestedCluster.main(new String[0]));

    assertThat(out).contains("link-local services: 1 added, 0 updated, 0 unchanged (1 writes)",
        "fabric SNAT: virtual-network default-domain:admin:k8s-vm-net: fabric_snat unset -> true",
        "server-side apply: 8 objects: 8 created", "writes: 10, ready "
        + "DaemonSets: [kube-system/contrail-kube-manager, kube-system/contrail-kubernetes-cni-agent]",
        "second run writes: 0", "rollback writes: 10");
  }
}
