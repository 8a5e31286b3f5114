package dev.nestedcontrail.sdk.testkit.it.k8s;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.k8s.NestedCluster;
import dev.nestedcontrail.sdk.k8s.NestedPlan;
import dev.nestedcontrail.sdk.k8s.PreflightFinding;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.FakeAnalyticsApi;
import dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NestedCluster's analytics preflight: each compute's vrouter state from its vrouter UVE. */
class AnalyticsPreflightOnLabTest {
  private static final String VROUTER_UP = "vrouter up on compute ";

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  @Test
  void plan_withAVrouterDown_failsTheFindingNamingItsCompute_andPassesTheOthers() {
    try (ContrailLab lab = ContrailLab.start(); FakeAnalyticsApi analytics = FakeAnalyticsApi.start()) {
      analytics.putVrouter("compute-1", "192.168.1.30", ProcessState.FUNCTIONAL);
      analytics.putVrouter("compute-2", "192.168.1.40", ProcessState.NON_FUNCTIONAL);
      analytics.putVrouter("compute-3", "192.168.1.50", ProcessState.FUNCTIONAL);

      NestedPlan plan = plan(lab, b -> b.analyticsApi(Endpoints.parse(analytics.baseUrl()),
          AuthProvider.none()));

      assertThat(vrouterFindings(plan)).extracting(PreflightFinding::check,
          PreflightFinding::passed, PreflightFinding::warning).containsExactly(
          tuple(VROUTER_UP + "192.168.1.30", true, false),
          tuple(VROUTER_UP + "192.168.1.40", false, false),
          tuple(VROUTER_UP + "192.168.1.50", true, false));
      assertThat(vrouterFindings(plan).get(1).detail()).isEqualTo("compute-2: "
          + "contrail-vrouter-agent Non-Functional (XMPP:control-node connection down)");
      assertThat(vrouterFindings(plan).get(0).detail())
          .isEqualTo("compute-1: contrail-vrouter-agent Functional");
      assertThat(plan.preflightPassed()).isFalse();
      assertThat(plan.report()).contains("  FAILED " + VROUTER_UP + "192.168.1.40: compute-2: ");
      assertThat(analytics.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void plan_withAComputeWithoutUve_warnsItsVrouterIsUnknown_andLeavesTheCallersClientOpen() {
    try (ContrailLab lab = ContrailLab.start(); FakeAnalyticsApi analytics = FakeAnalyticsApi.start();
        AnalyticsClient client = AnalyticsClient.builder()
            .endpoints(Endpoints.parse(analytics.baseUrl())).build()) {
      LabUnderlay.COMPUTES.stream().limit(2).forEach(c ->
          analytics.putVrouter(c.name(), c.ip(), ProcessState.FUNCTIONAL));

      NestedPlan plan = plan(lab, b -> b.analyticsClient(client));

      assertThat(vrouterFindings(plan)).extracting(PreflightFinding::passed,
          PreflightFinding::warning).containsExactly(tuple(true, false), tuple(true, false),
          tuple(true, true));
      assertThat(vrouterFindings(plan).get(2)).hasToString("warn   " + VROUTER_UP
          + "192.168.1.50: unknown: no vrouter UVE has 192.168.1.50 as control_ip or in "
          + "self_ip_list");
      assertThat(plan.toJson()).contains("\"warning\":true");
      assertThat(client.uveNames("vrouter")).as("the caller's client stays open").hasSize(2);
    }
  }

  @Test
  void plan_whenAnalyticsResetsTheConnection_warnsItIsUnreachable_andPasses() {
    wireMock.stubFor(get(urlPathEqualTo("/analytics/uves/vrouter/*"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (ContrailLab lab = ContrailLab.start()) {
      NestedPlan plan = plan(lab, b -> b.analyticsApi(Endpoints.parse(wireMock.baseUrl()),
          AuthProvider.none()));

      List<PreflightFinding> analytics = plan.preflight().stream()
          .filter(f -> f.check().startsWith("analytics") || f.check().startsWith("vrouter"))
          .toList();
      assertThat(analytics).singleElement().satisfies(f -> {
        assertThat(f.check()).isEqualTo("analytics API reachable");
        assertThat(f.passed()).isTrue();
        assertThat(f.warning()).isTrue();
        assertThat(f.detail()).startsWith("vrouter states not checked: ");
      });
      assertThat(plan.preflightPassed()).isTrue();
      wireMock.verify(getRequestedFor(urlPathEqualTo("/analytics/uves/vrouter/*")));
    }
  }

  @Test
  void plan_whenAnalyticsAnswers503_warnsItIsUnreachable() {
    wireMock.stubFor(get(urlPathEqualTo("/analytics/uves/vrouter/*"))
        .willReturn(aResponse().withStatus(503).withBody("collector down")));
    try (ContrailLab lab = ContrailLab.start()) {
      NestedPlan plan = plan(lab, b -> b.analyticsApi(Endpoints.parse(wireMock.baseUrl()),
          AuthProvider.none()));

      assertThat(plan.preflight()).filteredOn(f -> f.check().equals("analytics API reachable"))
          .singleElement().satisfies(f -> {
            assertThat(f.toString()).startsWith("warn   analytics API reachable: vrouter states "
                + "not checked: ");
            assertThat(f.detail()).contains("503");
          });
      assertThat(plan.preflight()).noneMatch(f -> f.check().startsWith(VROUTER_UP));
    }
  }

  @Test
  void plan_withoutAnalytics_hasNoAnalyticsFindings() {
    try (ContrailLab lab = ContrailLab.start()) {
      NestedPlan plan = plan(lab, b -> { });

      assertThat(plan.preflight()).noneMatch(f -> f.check().startsWith("analytics")
          || f.check().startsWith(VROUTER_UP) || f.warning());
    }
  }

  private static NestedPlan plan(ContrailLab lab, Consumer<NestedCluster.Builder> analytics) {
    try (KubernetesClient kubernetes = KubernetesClient.builder()
        .server(lab.kubernetes().baseUrl()).pollInterval(Duration.ofMillis(20)).build()) {
      NestedCluster.Builder builder = NestedCluster.builder().topologyFile(lab.topologyFile())
          .kubernetes(kubernetes).contrailRegistry("tungstenfabric");
      analytics.accept(builder);
      try (NestedCluster cluster = builder.build()) {
        return cluster.plan();
      }
    }
  }

  private static List<PreflightFinding> vrouterFindings(NestedPlan plan) {
    return plan.preflight().stream().filter(f -> f.check().startsWith(VROUTER_UP)).toList();
  }
}
