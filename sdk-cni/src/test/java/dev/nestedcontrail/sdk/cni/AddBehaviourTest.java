package dev.nestedcontrail.sdk.cni;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADD's failure handling and the R2008 VM-name key, on the recording data plane. */
class AddBehaviourTest extends PluginTestBase {
  private static final String UID = FakeAgentStubs.POD_UID;


  private Map<String, Object> error(CniOutcome outcome) {
    assertThat(outcome.exitCode()).as(outcome.stdout()).isEqualTo(1);
    return Json.object(outcome.stdout());
  }

  private CniOutcome add() {
    return h.run(h.config("1.0.0", ""), h.env("ADD"));
  }

  @Test
  void add_withClusterName_asksForTheVmNameAndTakesThePodUuidFromTheAgent() {
    h.agent.stubFor(get(urlEqualTo("/vm-cfg/k8s__default__web-1")).willReturn(FakeAgentStubs.ok(
        "[" + FakeAgentStubs.vmConfigJson(9).replace("instance-id", "vm-uuid") + "]")));
    h.agent.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(FakeAgentStubs.ok(
        "[" + FakeAgentStubs.vmJson() + "]")));
    Map<String, String> env = h.env("ADD");
    env.put("CNI_ARGS", "K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-1");
    String config = h.config("1.0.0", "").replace("\"mode\":\"k8s\"",
        "\"mode\":\"k8s\",\"cluster-name\":\"k8s\"");

    CniOutcome outcome = h.run(config, env);

    assertThat(outcome.exitCode()).as(outcome.stdout()).isZero();
    assertThat(h.recording.operations()).contains(
        "ip link add link eth0 name vlan1b2c3d4e-5f mtu 1500 type vlan id 9");
    h.agent.verify(getRequestedFor(urlEqualTo("/vm-cfg/k8s__default__web-1")));
  }

  @Test
  void add_whenVmConfigNeverArrives_isTryAgainLaterAfterThePollBudgetAndChangesNothing() {
    h.agent.stubFor(get(urlEqualTo("/vm-cfg/" + UID))
        .willReturn(FakeAgentStubs.error(404, "Not found. Retry")));
    java.time.Instant start = h.clock.instant();

    Map<String, Object> error = error(add());

    assertThat(error.get("code")).isEqualTo(11.0);
    assertThat((String) error.get("details")).contains("Not found. Retry");
    assertThat(Duration.between(start, h.clock.instant())).isEqualTo(Duration.ofSeconds(2));
    assertThat(h.recording.operations()).isEmpty();
  }

  @Test
  void add_whenTheVmNeverGetsAnAddress_removesTheVlanAndThePodFile() {
    h.agent.stubFor(get(urlEqualTo("/vm-cfg/" + UID))
        .willReturn(FakeAgentStubs.ok(FakeAgentStubs.vmConfigJson(7))));
    h.agent.stubFor(get(urlEqualTo("/vm/" + UID))
        .willReturn(FakeAgentStubs.error(404, "VM not found. Retry")));

    assertThat(error(add()).get("code")).isEqualTo(11.0);

    assertThat(h.recording.operations()).last().isEqualTo("ip link del dev vlan1b2c3d4e-5f");
    assertThat(h.recording.inspect(PluginHarness.NETNS, "eth0")).isEmpty();
    assertThat(h.configDir.resolve(UID)).doesNotExist();
  }

  @Test
  void add_whenTheAgentRejectsTheRequest_isAgentFailureWithoutRetrying() {
    h.agent.stubFor(get(urlEqualTo("/vm-cfg/" + UID))
        .willReturn(FakeAgentStubs.error(400, "Invalid UUID")));

    Map<String, Object> error = error(add());

    assertThat(error.get("code")).isEqualTo(101.0);
    h.agent.verify(1, getRequestedFor(urlEqualTo("/vm-cfg/" + UID)));
  }

  @Test
  void add_again_withTheSameVlan_replacesTheLeftoverFoundByAlias() {
    FakeAgentStubs.stubPod(h.agent, 7);
    assertThat(add().exitCode()).isZero();

    CniOutcome again = add();

    assertThat(again.exitCode()).as(again.stdout()).isZero();
    assertThat(h.recording.operations()).containsSubsequence(
        "ip link add link eth0 name vlan1b2c3d4e-5f mtu 1500 type vlan id 7",
        "ip link del dev vlan1b2c3d4e-5f",
        "ip link add link eth0 name vlan1b2c3d4e-5f mtu 1500 type vlan id 7");
  }

  @Test
  void add_whenThePodsVlanLinkExistsWithAnotherVlan_failsAndKeepsIt() {
    FakeAgentStubs.stubPod(h.agent, 7);
    assertThat(add().exitCode()).isZero();
    FakeAgentStubs.stubPod(h.agent, 8);

    Map<String, Object> error = error(add());

    assertThat(error.get("code")).isEqualTo(100.0);
    assertThat((String) error.get("msg")).contains("vlan1b2c3d4e-5f already exists");
    assertThat(h.recording.linksWithAlias("contrail-k8s-cni-vlan-7"))
        .containsExactly("vlan1b2c3d4e-5f");
  }

  @Test
  void add_whenTheAgentReportsVlan4096_isAgentFailureNamingTheVlan() {
    FakeAgentStubs.stubPod(h.agent, 4096);

    Map<String, Object> error = error(add());

    assertThat(error.get("code")).isEqualTo(101.0);
    assertThat((String) error.get("details")).contains("vlanId: 4096 is not between 1 and 4094");
    assertThat(h.recording.operations()).isEmpty();
  }

  @Test
  void add_intoAMissingNamespace_isUnknownContainer() {
    FakeAgentStubs.stubPod(h.agent, 7);

    CniOutcome outcome = h.run(h.config("1.0.0", ""), h.env("ADD", "/var/run/netns/gone"));

    assertThat(error(outcome).get("code")).isEqualTo(3.0);
  }

  @Test
  void add_withoutPodUid_isInvalidEnvironment() {
    Map<String, String> env = h.env("ADD");
    env.put("CNI_ARGS", "K8S_POD_NAMESPACE=default;K8S_POD_NAME=web-1");

    Map<String, Object> error = error(h.run(h.config("1.0.0", ""), env));

    assertThat(error.get("code")).isEqualTo(4.0);
    assertThat((String) error.get("msg")).contains("K8S_POD_UID");
  }
}
