package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NestedClusterKubernetesTest {
  private final FakeKubernetesApi api = FakeKubernetesApi.start();
  private final KubernetesClient client = KubernetesClient.builder().server(api.baseUrl())
      .pollInterval(Duration.ofMillis(20)).build();
  private final NestedCluster cluster = NestedCluster.builder().topology(NestedObjects.TOPOLOGY)
      .kubernetes(client).contrailRegistry("registry.test/contrail")
      .rolloutTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void close() {
    cluster.close();
    client.close();
    api.close();
  }

  @Test
  void plan_readsButWritesNothing_andReportsEverything() {
    NestedObjects.nodes().forEach(api::addNode);
    long version = api.resourceVersion();

    NestedPlan plan = cluster.plan();

    assertThat(api.resourceVersion()).isEqualTo(version);
    assertThat(plan.manifest()).hasSize(8);
    assertThat(plan.preflightPassed()).isTrue();
    assertThat(plan.report()).contains("| K8s-cni-to-agent |", "DaemonSet kube-system/"
        + "contrail-kube-manager", "ok     Kubernetes nodes present: 3 nodes, all Ready",
        "not compared (no config API)");
    assertThat(plan.toJson()).startsWith("{\"connectivity\":{\"connectivity\":\"fabric-snat\"")
        .contains("\"passed\":true");
  }

  @Test
  void provision_runsEveryStepInOrder_andASecondRunWritesNothing() {
    NestedObjects.nodes().forEach(api::addNode);
    List<String> events = new ArrayList<>();

    ProvisionResult first = cluster.provision(cluster.plan(), recording(events));
    ProvisionResult second = cluster.provision(cluster.plan(), ProvisionListener.none());

    assertThat(events).filteredOn(e -> e.startsWith("start")).containsExactly(
        "start PREFLIGHT", "start LINK_LOCAL", "start FABRIC_SNAT", "start KUBERNETES_APPLY",
        "start DAEMON_SETS", "start VERIFY");
    assertThat(first.totalWrites()).isEqualTo(8);
    assertThat(first.readyDaemonSets()).containsExactly("kube-system/contrail-kube-manager",
        "kube-system/contrail-kubernetes-cni-agent");
    assertThat(second.totalWrites()).isZero();
    assertThat(second.steps().get(ProvisionStep.KUBERNETES_APPLY))
        .isEqualTo("8 objects: 0 created, 0 changed, 8 unchanged");
  }

  @Test
  void rollback_afterProvision_leavesTheClusterAsBefore() {
    NestedObjects.nodes().forEach(api::addNode);
    Map<String, Object> before = state();

    cluster.provision(cluster.plan(), ProvisionListener.none());
    assertThat(state()).isNotEqualTo(before);

    assertThat(cluster.rollback()).isEqualTo(8);
    assertThat(state()).isEqualTo(before);
    assertThat(cluster.rollback()).isZero();
  }

  @Test
  void provision_withoutNodes_failsAtPreflightNamingTheCause_andWritesNothing() {
    long version = api.resourceVersion();
    List<String> events = new ArrayList<>();

    assertThatThrownBy(() -> cluster.provision(cluster.plan(), recording(events)))
        .isInstanceOf(ContrailClientException.class)
        .hasMessage("provisioning failed at step preflight: FAILED Kubernetes nodes present: "
            + "the cluster has no nodes");
    assertThat(events).containsExactly("start PREFLIGHT", "failed PREFLIGHT");
    assertThat(api.resourceVersion()).isEqualTo(version);
  }

  @Test
  void provision_whenPodsNeverGetReady_failsAtTheRolloutStep_andRollbackRemovesTheObjects() {
    try (FakeKubernetesApi slow = FakeKubernetesApi.builder().readyDelay(Duration.ofHours(1))
            .start();
        KubernetesClient slowClient = KubernetesClient.builder().server(slow.baseUrl())
            .pollInterval(Duration.ofMillis(20)).build();
        NestedCluster quick = NestedCluster.builder().topology(NestedObjects.TOPOLOGY)
            .kubernetes(slowClient).contrailRegistry("registry.test/contrail")
            .rolloutTimeout(Duration.ofMillis(200)).build()) {
      NestedObjects.nodes().forEach(slow::addNode);

      assertThatThrownBy(() -> quick.provision(quick.plan(), ProvisionListener.none()))
          .hasMessageStartingWith("provisioning failed at step DaemonSet rollout: timed out")
          .hasMessageContaining("contrail-kube-manager");

      assertThat(quick.rollback()).isEqualTo(8);
      assertThat(slow.objects("DaemonSet")).isEmpty();
      assertThat(slow.objects("Pod")).isEmpty();
    }
  }

  private Map<String, Object> state() {
    Map<String, Object> out = new TreeMap<>();
    for (String kind : List.of("ConfigMap", "DaemonSet", "Pod", "ClusterRole",
        "ClusterRoleBinding", "ServiceAccount", "Secret", "Node")) {
      for (KubernetesObject o : api.objects(kind)) {
        out.put(o.describe(), o.content());
      }
    }
    return out;
  }

  private static ProvisionListener recording(List<String> events) {
    return new ProvisionListener() {
      @Override
      public void stepStarted(ProvisionStep step) {
        events.add("start " + step);
      }

      @Override
      public void stepFailed(ProvisionStep step, RuntimeException cause) {
        events.add("failed " + step);
      }
    };
  }
}
