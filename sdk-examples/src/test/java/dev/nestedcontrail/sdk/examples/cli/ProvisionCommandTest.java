package dev.nestedcontrail.sdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.FakeAnalyticsApi;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import org.junit.jupiter.api.Test;

class ProvisionCommandTest {

  @Test
  void provision_withoutTarget_runsTheWholeFlowOnAFreshLab() {
    CapturedCli cli = new CapturedCli();

    int code = cli.run("provision");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("Started a lab: {\"configApi\":\"http://127.0.0.1:")
        .contains("| K8s-cni-to-agent", "ok     config API reachable and authenticated",
            "Link-local changes: 1 to add", "[1/6] preflight", "[4/6] server-side apply",
            "[6/6] verify", "Summary: 1 link-local entries written, 8 objects applied (8 writes), 2 DaemonSets ready");
  }

  @Test
  void provision_againstGivenFiles_secondRunSaysNothingWasWritten() {
    try (ContrailLab lab = ContrailLab.start()) {
      String[] args = {"provision", "--kubeconfig", lab.kubeconfig().toString(),
          "--topology", lab.topologyFile().toString(), "--config-api", lab.baseUrl()};
      assertThat(new CapturedCli().run(args)).isZero();
      CapturedCli second = new CapturedCli();

      assertThat(second.run(args)).isZero();

      assertThat(second.out()).contains("(0 writes)", "already as planned, nothing written");
    }
  }

  @Test
  void provision_dryRun_printsThePlanAndWritesNothing() {
    try (ContrailLab lab = ContrailLab.start()) {
      long version = lab.kubernetes().resourceVersion();
      CapturedCli cli = new CapturedCli();

      int code = cli.run("provision", "--dry-run", "--kubeconfig", lab.kubeconfig().toString(),
          "--topology", lab.topologyFile().toString());

      assertThat(code).isZero();
      assertThat(cli.out()).contains("Preflight:", "Dry run: nothing written.")
          .doesNotContain("[1/6]");
      assertThat(lab.kubernetes().resourceVersion()).isEqualTo(version);
    }
  }

  @Test
  void provision_dryRunWithAnalytics_printsEachComputesVrouterState_andFailsOnADownOne() {
    try (ContrailLab lab = ContrailLab.start(); FakeAnalyticsApi analytics = FakeAnalyticsApi.start()) {
      analytics.putVrouter("compute-1", "192.168.1.30", ProcessState.FUNCTIONAL);
      analytics.putVrouter("compute-2", "192.168.1.40", ProcessState.NON_FUNCTIONAL);
      CapturedCli cli = new CapturedCli();

      int code = cli.run("provision", "--dry-run", "--kubeconfig", lab.kubeconfig().toString(),
          "--topology", lab.topologyFile().toString(), "--analytics-api", analytics.baseUrl());

      assertThat(code).isEqualTo(1);
      assertThat(cli.out()).contains(
          "  ok     vrouter up on compute 192.168.1.30: compute-1: contrail-vrouter-agent Functional\n",
          "  FAILED vrouter up on compute 192.168.1.40: compute-2: contrail-vrouter-agent "
              + "Non-Functional (XMPP:control-node connection down)\n",
          "  warn   vrouter up on compute 192.168.1.50: unknown: no vrouter UVE has 192.168.1.50",
          "Dry run: nothing written.");
    }
  }

  @Test
  void provision_withOnlyOneOfTheFiles_isAUsageError() {
    CapturedCli cli = new CapturedCli();

    assertThat(cli.run("provision", "--kubeconfig", "k")).isEqualTo(2);
    assertThat(cli.err()).contains("--kubeconfig and --topology go together");
    CapturedCli configOnly = new CapturedCli();
    assertThat(configOnly.run("provision", "--config-api", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(configOnly.err()).contains("--config-api needs them");
  }
}
