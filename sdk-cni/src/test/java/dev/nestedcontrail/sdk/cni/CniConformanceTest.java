package dev.nestedcontrail.sdk.cni;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The spec conformance table: every command with valid and invalid input, for every supported
 * version. Rows are the test methods, columns the versions.
 */
class CniConformanceTest extends PluginTestBase {

  @BeforeEach
  void start() {
    FakeAgentStubs.stubPod(h.agent, 7);
  }

  static String expectedAddResult(CniVersion v) {
    if (v.legacyResult()) {
      return "{\"cniVersion\":\"" + v.wire() + "\",\"ip4\":{\"ip\":\"10.47.255.250/12\","
          + "\"gateway\":\"10.47.255.254\",\"routes\":[{\"dst\":\"0.0.0.0/0\","
          + "\"gw\":\"10.47.255.254\"}]},\"dns\":{\"nameservers\":[\"10.47.255.253\"]}}";
    }
    String version = v.ipsCarryVersion() ? "\"version\":\"4\"," : "";
    return "{\"cniVersion\":\"" + v.wire() + "\",\"interfaces\":[{\"name\":\"eth0\",\"mac\":\""
        + FakeAgentStubs.MAC + "\",\"sandbox\":\"" + PluginHarness.NETNS + "\"}],\"ips\":[{"
        + version + "\"interface\":0,\"address\":\"10.47.255.250/12\",\"gateway\":\"10.47.255.254\"}],"
        + "\"routes\":[{\"dst\":\"0.0.0.0/0\",\"gw\":\"10.47.255.254\"}],"
        + "\"dns\":{\"nameservers\":[\"10.47.255.253\"]}}";
  }

  private CniOutcome add(CniVersion v) {
    return h.run(h.config(v.wire(), ""), h.env("ADD"));
  }

  private static void assertError(CniOutcome outcome, CniVersion v, CniErrorCode code,
      String msgPart) {
    assertThat(outcome.exitCode()).as(outcome.stdout()).isEqualTo(1);
    Map<String, Object> error = Json.object(outcome.stdout());
    assertThat(error).containsOnlyKeys("cniVersion", "code", "msg", "details");
    assertThat(error.get("cniVersion")).isEqualTo(v.wire());
    assertThat(error.get("code")).isEqualTo((double) code.code());
    assertThat((String) error.get("msg")).contains(msgPart);
    assertThat((String) error.get("details")).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_valid_printsTheResultInTheRequestedVersionsLayout(CniVersion v) {
    CniOutcome outcome = add(v);

    assertThat(outcome.exitCode()).as(outcome.stdout()).isZero();
    assertThat(outcome.stdout()).isEqualTo(expectedAddResult(v));
    assertThat(h.recording.operations()).containsSubsequence(
        "ip link add link eth0 name vlan1b2c3d4e-5f mtu 1500 type vlan id 7",
        "ip link set dev vlan1b2c3d4e-5f alias contrail-k8s-cni-vlan-7 up",
        "ip link add link vlan1b2c3d4e-5f name mac1b2c3d4e-5f netns /var/run/netns/pod-1 type"
            + " macvlan mode vepa",
        "nsenter --net=/var/run/netns/pod-1 ip link set dev eth0 address " + FakeAgentStubs.MAC,
        "nsenter --net=/var/run/netns/pod-1 ip route add default via 10.47.255.254 dev eth0");
    assertThat(h.configDir.resolve(FakeAgentStubs.POD_UID)).exists();
    h.agent.verify(0, postRequestedFor(urlMatching("/vm.*")));
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_unsupportedConfigVersion_isIncompatibleVersion(CniVersion v) {
    CniOutcome outcome = h.run(h.config("0.2.1", ""), h.env("ADD"));
    assertError(outcome, CniVersion.latest(), CniErrorCode.INCOMPATIBLE_VERSION,
        "incompatible CNI version 0.2.1");
    assertThat(h.recording.operations()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_missingNetns_isInvalidEnvironment(CniVersion v) {
    Map<String, String> env = h.env("ADD");
    env.remove("CNI_NETNS");
    assertError(h.run(h.config(v.wire(), ""), env), v, CniErrorCode.INVALID_ENVIRONMENT,
        "[CNI_NETNS]");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_badJson_isDecodeFailure(CniVersion v) {
    String broken = h.config(v.wire(), "").replace("}}", "}");
    assertError(h.run(broken, h.env("ADD")), CniVersion.latest(), CniErrorCode.DECODE_FAILURE,
        "not valid JSON");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_unknownCniArgsWithoutIgnoreUnknown_isUnsupportedField(CniVersion v) {
    Map<String, String> env = h.env("ADD");
    env.put("CNI_ARGS", "K8S_POD_UID=" + FakeAgentStubs.POD_UID + ";COLOR=blue");
    assertError(h.run(h.config(v.wire(), ""), env), v, CniErrorCode.UNSUPPORTED_FIELD, "COLOR");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_unknownCniArgsWithIgnoreUnknown_succeeds(CniVersion v) {
    Map<String, String> env = h.env("ADD");
    env.put("CNI_ARGS", env.get("CNI_ARGS") + ";COLOR=blue");
    assertThat(h.run(h.config(v.wire(), ""), env).exitCode()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_unknownConfigFields_areIgnored(CniVersion v) {
    CniOutcome outcome = h.run(h.config(v.wire(), ",\"runtimeConfig\":{\"x\":1},\"foo\":[1]"),
        h.env("ADD"));
    assertThat(outcome.stdout()).isEqualTo(expectedAddResult(v));
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void add_wrongTypeInContrailSection_isInvalidNetworkConfig(CniVersion v) {
    String config = h.config(v.wire(), "").replace("\"poll-retries\":2", "\"poll-retries\":\"2\"");
    assertError(h.run(config, h.env("ADD")), v, CniErrorCode.INVALID_NETWORK_CONFIG,
        "poll-retries");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void del_afterAdd_removesTheVlanAndThePodFile_andIsIdempotent(CniVersion v) {
    add(v);
    CniOutcome first = h.run(h.config(v.wire(), ""), h.env("DEL"));
    CniOutcome second = h.run(h.config(v.wire(), ""), h.env("DEL"));

    assertThat(first).isEqualTo(CniOutcome.of(0, ""));
    assertThat(second).isEqualTo(CniOutcome.of(0, ""));
    assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isFalse();
    assertThat(h.recording.inspect(PluginHarness.NETNS, "eth0")).isEmpty();
    assertThat(h.configDir.resolve(FakeAgentStubs.POD_UID)).doesNotExist();
    h.agent.verify(0, deleteRequestedFor(urlMatching("/vm.*")));
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void del_ofAnotherContainer_leavesThePodAlone(CniVersion v) {
    add(v);
    Map<String, String> env = h.env("DEL");
    env.put("CNI_CONTAINERID", "retried02");
    assertThat(h.run(h.config(v.wire(), ""), env).exitCode()).isZero();
    assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void del_withoutNetnsAndPodUid_findsThePodByContainerId(CniVersion v) {
    add(v);
    Map<String, String> env = h.env("DEL");
    env.remove("CNI_NETNS");
    env.remove("CNI_ARGS");
    assertThat(h.run(h.config(v.wire(), ""), env).exitCode()).isZero();
    assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void del_missingIfname_isInvalidEnvironment(CniVersion v) {
    Map<String, String> env = h.env("DEL");
    env.remove("CNI_IFNAME");
    assertError(h.run(h.config(v.wire(), ""), env), v, CniErrorCode.INVALID_ENVIRONMENT,
        "CNI_IFNAME");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void check_afterAdd_succeedsFromVersion040AndIsIncompatibleBefore(CniVersion v) {
    String result = add(v).stdout();
    CniOutcome outcome = h.run(h.config(v.wire(), ",\"prevResult\":" + result), h.env("CHECK"));
    if (v.supportsCheck()) {
      assertThat(outcome).isEqualTo(CniOutcome.of(0, ""));
    } else {
      assertError(outcome, v, CniErrorCode.INCOMPATIBLE_VERSION, "does not allow CHECK");
    }
  }

  @ParameterizedTest
  @EnumSource(value = CniVersion.class, names = {"V0_4_0", "V1_0_0", "V1_1_0"})
  void check_whenAddressDiffersFromPrevResult_reportsTheMismatch(CniVersion v) {
    String result = add(v).stdout().replace("10.47.255.250/12", "10.47.255.9/12");
    CniOutcome outcome = h.run(h.config(v.wire(), ",\"prevResult\":" + result), h.env("CHECK"));
    assertError(outcome, v, CniErrorCode.CHECK_MISMATCH, "does not match prevResult");
    assertThat(outcome.stdout()).contains("address 10.47.255.9/12 missing");
  }

  @ParameterizedTest
  @EnumSource(value = CniVersion.class, names = {"V0_4_0", "V1_0_0", "V1_1_0"})
  void check_withoutPrevResult_isInvalidNetworkConfig(CniVersion v) {
    add(v);
    assertError(h.run(h.config(v.wire(), ""), h.env("CHECK")), v,
        CniErrorCode.INVALID_NETWORK_CONFIG, "prevResult");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void version_anyInput_listsAllSupportedVersions(CniVersion v) {
    String expected = "{\"cniVersion\":\"1.1.0\",\"supportedVersions\":[\"0.1.0\",\"0.2.0\","
        + "\"0.3.0\",\"0.3.1\","
        + "\"0.4.0\",\"1.0.0\",\"1.1.0\"]}";
    assertThat(h.run("{\"cniVersion\":\"" + v.wire() + "\"}", Map.of("CNI_COMMAND", "VERSION")))
        .isEqualTo(CniOutcome.of(0, expected));
    assertThat(h.run("not json", Map.of("CNI_COMMAND", "VERSION")))
        .isEqualTo(CniOutcome.of(0, expected));
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void status_isOnlyFromVersion110_andSucceedsWhenTheAgentAnswers(CniVersion v) {
    CniOutcome outcome = h.run(h.config(v.wire(), ""), Map.of("CNI_COMMAND", "STATUS"));
    if (v.supportsStatusAndGc()) {
      assertThat(outcome).isEqualTo(CniOutcome.of(0, ""));
    } else {
      assertError(outcome, v, CniErrorCode.INCOMPATIBLE_VERSION, "does not allow STATUS");
    }
  }

  @ParameterizedTest
  @EnumSource(value = CniVersion.class, names = "V1_1_0")
  void status_whenTheAgentIsDown_isPluginNotAvailable(CniVersion v) {
    int closedPort = h.agent.port();
    h.agent.stop();
    CniOutcome outcome = h.run(h.config(v.wire(), "", closedPort, "macvlan"),
        Map.of("CNI_COMMAND", "STATUS"));
    assertError(outcome, v, CniErrorCode.PLUGIN_NOT_AVAILABLE, "not reachable");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void gc_removesPodsNotInValidAttachments_fromVersion110(CniVersion v) throws Exception {
    add(CniVersion.V1_0_0);
    Map<String, String> env = Map.of("CNI_COMMAND", "GC", "CNI_PATH", "/opt/cni/bin");
    String keep = ",\"cni.dev/valid-attachments\":[{\"containerID\":\"" + PluginHarness.CONTAINER
        + "\",\"ifname\":\"eth0\"}]";
    CniOutcome kept = h.run(h.config(v.wire(), keep), env);
    if (!v.supportsStatusAndGc()) {
      assertError(kept, v, CniErrorCode.INCOMPATIBLE_VERSION, "does not allow GC");
      return;
    }
    assertThat(kept.exitCode()).isZero();
    assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isTrue();

    CniOutcome collected = h.run(h.config(v.wire(), ",\"cni.dev/valid-attachments\":[]"), env);

    assertThat(collected.exitCode()).isZero();
    assertThat(h.recording.linkExists("vlan1b2c3d4e-5f")).isFalse();
    try (var files = Files.list(h.configDir)) {
      assertThat(files).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = CniVersion.class, names = "V1_1_0")
  void gc_withoutValidAttachments_isInvalidNetworkConfig(CniVersion v) {
    assertError(h.run(h.config(v.wire(), ""), Map.of("CNI_COMMAND", "GC", "CNI_PATH", "/x")), v,
        CniErrorCode.INVALID_NETWORK_CONFIG, "valid-attachments");
  }

  @ParameterizedTest
  @EnumSource(CniVersion.class)
  void unknownOrMissingCommand_isInvalidEnvironment(CniVersion v) {
    for (Map<String, String> env : List.of(Map.of("CNI_COMMAND", "UPDATE"), Map.<String, String>of())) {
      assertError(h.run(h.config(v.wire(), ""), env), CniVersion.latest(),
          CniErrorCode.INVALID_ENVIRONMENT, "CNI_COMMAND");
    }
  }
}
