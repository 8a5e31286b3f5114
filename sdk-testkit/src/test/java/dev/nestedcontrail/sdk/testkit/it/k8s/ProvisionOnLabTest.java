package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.LabSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** End to end on the embedded lab: provision, provision again, roll back. */
class ProvisionOnLabTest {
  private final ContrailLab lab = ContrailLab.start();
  private final KubernetesClient kubernetes = KubernetesClient.builder()
      .server(lab.kubernetes().baseUrl()).pollInterval(Duration.ofMillis(20)).build();
  private final NestedCluster cluster = NestedCluster.builder().topologyFile(lab.topologyFile())
      .kubernetes(kubernetes).contrailRegistry("tungstenfabric").contrailTag("latest")
      .kubernetesApiServer("10.0.0.3").rolloutTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void close() {
    cluster.close();
    kubernetes.close();
    lab.close();
  }

  @Test
  void provision_bringsTheLabToThePlan_secondRunWritesNothing_rollbackRestoresTheSnapshot() {
    LabSnapshot before = lab.snapshot();
    NestedPlan plan = cluster.plan();

    ProvisionResult first = cluster.provision(plan, ProvisionListener.none());

    assertThat(first.kubernetes().created()).hasSize(8);
    for (String name : new String[] {"contrail-kube-manager", "contrail-kubernetes-cni-agent"}) {
      KubernetesObject ds = lab.kubernetes().object("DaemonSet", "kube-system", name).orElseThrow();
      assertThat(ds.at("status", "numberReady")).isEqualTo(ds.at("status", "desiredNumberScheduled"));
    }
    assertThat(lab.kubernetes().objects("Pod")).hasSize(3);
    KubernetesObject env = lab.kubernetes().object("ConfigMap", "kube-system", "env").orElseThrow();
    assertThat(env.at("data", "KUBERNESTES_NESTED_VROUTER_VIP"))
        .contains(plan.connectivity().vrouterVip().toString());
    assertThat(env.at("data", "CONFIG_NODES")).contains(plan.connectivity().endpoints()
        .get(ServiceRole.CONFIG).get(0).address().toString());
    assertThat(env.at("data", "RABBITMQ_NODES")).contains("192.168.1.100");

    ProvisionResult second = cluster.provision(cluster.plan(), ProvisionListener.none());
    assertThat(second.totalWrites()).isZero();
    assertThat(lab.snapshot()).isNotEqualTo(before);

    assertThat(cluster.rollback()).isEqualTo(8);
    assertThat(lab.snapshot()).isEqualTo(before);
  }
}
