package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.ProvisionResult;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServiceEntry;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionListener;
import dev.nestedcontrail.sdk.k8s.provision.ProvisionStep;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import java.time.Duration;
import dev.nestedcontrail.sdk.testkit.LabSnapshot;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NestedCluster's config API side on the lab: preflight, link-local diff, faults, auth. */
class ConfigSideOnLabTest {

  @Test
  void plan_withTheConfigApi_checksTheUnderlayAndWritesNothing() {
    try (ContrailLab lab = ContrailLab.start(); Fixture f = new Fixture(lab, AuthProvider.none())) {
      long writes = lab.configApi().writeCount();

      NestedPlan plan = f.cluster.plan();

      assertThat(plan.preflight()).extracting(PreflightFinding::check, PreflightFinding::passed)
          .startsWith(tuple("config API reachable and authenticated", true),
              tuple("node network exists", true), tuple("service IPs unused", true));
      assertThat(plan.preflight().get(0).detail())
          .isEqualTo("answered at " + Endpoint.parse(lab.baseUrl()));
      assertThat(plan.linkLocal().orElseThrow().toAdd()).extracting(LinkLocalServiceEntry::name)
          .containsExactly("K8s-cni-to-agent");
      assertThat(plan.report()).contains("Link-local changes: 1 to add, 0 to update",
          "fabric_snat unset -> true");
      assertThat(lab.configApi().writeCount()).isEqualTo(writes);
    }
  }

  @Test
  void provision_endToEnd_stateAsPlanned_secondRunWritesNothing_rollbackRestoresTheLab() {
    try (ContrailLab lab = ContrailLab.start(); Fixture f = new Fixture(lab, AuthProvider.none());
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(lab.baseUrl())).build()) {
      LabSnapshot before = lab.snapshot();
      NestedPlan plan = f.cluster.plan();

      ProvisionResult first = f.cluster.provision(plan, ProvisionListener.none());

      assertThat(linkLocalNames(vnc)).containsExactly("K8s-cni-to-agent");
      LinklocalServiceEntryType entry = linkLocal(vnc).get(0);
      assertThat(entry.linklocalServiceIp()).contains(plan.connectivity().vrouterVip().toString());
      assertThat(entry.ipFabricServiceIp()).containsExactly("127.0.0.1");
      assertThat(vnc.virtualNetworks().readByFqName(List.of("default-domain", "admin",
          "k8s-vm-net")).fabricSnat()).contains(true);
      assertThat(first.writes()).containsEntry(ProvisionStep.LINK_LOCAL, 1)
          .containsEntry(ProvisionStep.FABRIC_SNAT, 1)
          .containsEntry(ProvisionStep.KUBERNETES_APPLY, 8);
      assertThat(first.readyDaemonSets()).hasSize(2);
      assertThat(lab.kubernetes().object("ConfigMap", "kube-system", "env").orElseThrow()
          .at("data", "KUBERNESTES_NESTED_VROUTER_VIP"))
          .contains(plan.connectivity().vrouterVip().toString());

      long configWrites = lab.configApi().writeCount();
      long kubeVersion = lab.kubernetes().resourceVersion();
      ProvisionResult second = f.cluster.provision(f.cluster.plan(), ProvisionListener.none());
      assertThat(second.totalWrites()).isZero();
      assertThat(lab.configApi().writeCount()).isEqualTo(configWrites);
      assertThat(lab.kubernetes().resourceVersion()).isEqualTo(kubeVersion);

      assertThat(f.cluster.rollback()).isEqualTo(10);
      assertThat(lab.snapshot()).isEqualTo(before);
    }
  }

  private static List<LinklocalServiceEntryType> linkLocal(VncClient vnc) {
    return vnc.globalVrouterConfigs().readByFqName(List.of("default-global-system-config",
        "default-global-vrouter-config")).linklocalServices()
        .map(LinklocalServicesTypes::linklocalServiceEntry).orElse(List.of());
  }

  private static List<String> linkLocalNames(VncClient vnc) {
    return linkLocal(vnc).stream().map(e -> e.linklocalServiceName().orElse("")).toList();
  }

  @Test
  void plan_whenTheConfigApiFailsAndDropsRequests_stillConverges() {
    try (ContrailLab lab = ContrailLab.start(); Fixture f = new Fixture(lab, AuthProvider.none())) {
      NestedPlan clean = f.cluster.plan();
      lab.faults().failNext(2, 503).dropNext(1);

      NestedPlan faulty = f.cluster.plan();

      assertThat(lab.faults().injected()).isEqualTo(3);
      assertThat(faulty.preflight()).isEqualTo(clean.preflight());
      assertThat(faulty.linkLocal()).isEqualTo(clean.linkLocal());
      lab.faults().errorRate(0.2, 503).dropRate(0.1);
      ProvisionResult result = f.cluster.provision(faulty, ProvisionListener.none());
      lab.faults().reset();

      assertThat(result.readyDaemonSets()).hasSize(2);
      assertThat(result.writes()).containsEntry(ProvisionStep.LINK_LOCAL, 1);
      assertThat(f.cluster.provision(f.cluster.plan(), ProvisionListener.none()).totalWrites())
          .isZero();
    }
  }

  @Test
  void provision_withoutCredentialsOnAKeystoneLab_failsAtPreflightNamingTheCause() {
    try (ContrailLab lab = ContrailLab.builder().keystoneAuth(true).start();
        Fixture f = new Fixture(lab, AuthProvider.none())) {
      NestedPlan plan = f.cluster.plan();

      assertThat(plan.preflightPassed()).isFalse();
      assertThat(plan.linkLocal()).isEmpty();
      assertThatThrownBy(() -> f.cluster.provision(plan, ProvisionListener.none()))
          .isInstanceOf(ContrailClientException.class)
          .hasMessageStartingWith("provisioning failed at step preflight: FAILED config API "
              + "reachable and authenticated: authentication refused");
      assertThat(lab.kubernetes().objects("DaemonSet")).isEmpty();
    }
  }

  /** A cluster on the lab with its own config API client (created from endpoints). */
  private static final class Fixture implements AutoCloseable {
    final KubernetesClient kubernetes;
    final NestedCluster cluster;

    Fixture(ContrailLab lab, AuthProvider auth) {
      kubernetes = KubernetesClient.builder().server(lab.kubernetes().baseUrl())
          .pollInterval(Duration.ofMillis(20)).build();
      cluster = NestedCluster.builder().topologyFile(lab.topologyFile()).kubernetes(kubernetes)
          .configApi(Endpoints.parse(lab.baseUrl()), auth).contrailRegistry("tungstenfabric")
          .rolloutTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void close() {
      cluster.close();
      kubernetes.close();
    }
  }
}
