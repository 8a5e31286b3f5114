package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
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
import org.junit.jupiter.api.Test;

/** NestedCluster's config API side on the lab: preflight, link-local diff, faults, auth. */
class ConfigSideOnLabTest {

  @Test
  void plan_withTheConfigApi_checksTheUnderlayAndComparesTheLinkLocalEntries() {
    try (ContrailLab lab = ContrailLab.start(); Fixture f = new Fixture(lab, AuthProvider.none())) {
      long writes = lab.configApi().writeCount();

      NestedPlan plan = f.cluster.plan();

      assertThat(plan.preflight()).extracting(PreflightFinding::check, PreflightFinding::passed)
          .startsWith(org.assertj.core.groups.Tuple.tuple("config API reachable and authenticated",
              true), org.assertj.core.groups.Tuple.tuple("node network exists", true),
              org.assertj.core.groups.Tuple.tuple("service IPs unused", true));
      assertThat(plan.linkLocal().orElseThrow().toAdd()).extracting(LinkLocalServiceEntry::name)
          .containsExactly("K8s-cni-to-agent");
      assertThat(plan.report()).contains("Link-local changes: 1 to add, 0 to update");
      assertThat(lab.configApi().writeCount()).isEqualTo(writes);

      ProvisionResult result = f.cluster.provision(plan, ProvisionListener.none());
      assertThat(result.steps().get(ProvisionStep.LINK_LOCAL)).contains("1 entries planned");
      assertThat(lab.configApi().writeCount()).isEqualTo(writes);
    }
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
      lab.faults().failNext(1, 503).dropNext(1);
      assertThat(f.cluster.provision(faulty, ProvisionListener.none()).readyDaemonSets())
          .hasSize(2);
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
