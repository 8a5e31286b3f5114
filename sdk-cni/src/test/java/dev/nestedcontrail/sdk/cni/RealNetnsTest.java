package dev.nestedcontrail.sdk.cni;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.dataplane.IprouteDataPlane;
import dev.nestedcontrail.sdk.cni.install.PluginShim;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADD, CHECK, DEL in real network namespaces with the iproute2 data plane and a WireMock agent.
 * Only the VLAN link is a stand-in (this kernel has no 802.1Q); see {@link StandInVlanDataPlane}.
 */
class RealNetnsTest {
  @TempDir Path tempDir;
  HostNetwork host;
  PluginHarness h;
  String podUid = UUID.randomUUID().toString();
  String vlanLink = "vlan" + podUid.substring(0, 11);
  String netns;
  String netnsName;
  String parent;

  @BeforeEach
  void setUp() {
    host = HostNetwork.requireRoot();
    netns = host.namespace("cnit");
    netnsName = netns.substring(netns.lastIndexOf('/') + 1);
    parent = host.parentInterface();
    host.track(vlanLink);
    host.track("tap" + podUid.substring(0, 11));
  }

  @AfterEach
  void tearDown() {
    if (h != null) {
      h.close();
    }
    if (host != null) {
      host.close();
    }
  }

  private void startPlugin(boolean standInVlan) {
    IprouteDataPlane real = IprouteDataPlane.builder().build();
    h = new PluginHarness(tempDir, standInVlan ? new StandInVlanDataPlane(real, host) : real);
    FakeAgentStubs.stubPod(h.agent, podUid, 7);
  }

  private String config(String vifType) {
    return h.config("1.0.0", "", h.agent.port(), vifType, parent);
  }

  private CniOutcome run(String command, String config) {
    return h.run(config, h.env(command, netns, podUid));
  }

  @Test
  void nestedAddCheckDel_inARealNamespace_programsTheAgentsAddressAndCleansUp() {
    startPlugin(true);

    CniOutcome add = run("ADD", config("macvlan"));

    assertThat(add.exitCode()).as(add.stdout()).isZero();
    Map<String, Object> result = Json.object(add.stdout());
    assertThat(result.get("dns")).isEqualTo(Map.of("nameservers", List.of(FakeAgentStubs.DNS)));
    Map<String, Object> link = host.single("ip", "-n", netnsName, "-j", "addr", "show", "dev", "eth0");
    assertThat(link.get("ifname")).isEqualTo("eth0");
    assertThat(link.get("address")).isEqualTo(FakeAgentStubs.MAC);
    assertThat(link.get("flags").toString()).contains("UP");
    assertThat(link.get("addr_info").toString()).contains("local=10.47.255.250", "prefixlen=12.0");
    Map<String, Object> route = host.single("ip", "-n", netnsName, "-j", "route", "show", "default");
    assertThat(route).containsEntry("gateway", FakeAgentStubs.GATEWAY).containsEntry("dev", "eth0");
    assertThat(host.single("ip", "-j", "link", "show", "dev", vlanLink))
        .containsEntry("ifalias", "contrail-k8s-cni-vlan-7");

    CniOutcome check = h.run(h.config("1.0.0", ",\"prevResult\":" + add.stdout(), h.agent.port(),
        "macvlan", parent), h.env("CHECK", netns, podUid));
    assertThat(check).isEqualTo(CniOutcome.of(0, ""));

    assertThat(run("DEL", config("macvlan"))).isEqualTo(CniOutcome.of(0, ""));
    assertThat(host.linkExists(vlanLink)).isFalse();
    assertThat(HostNetwork.run("ip", "-n", netnsName, "link", "show", "dev", "eth0").exit).isNotZero();
    assertThat(run("DEL", config("macvlan"))).isEqualTo(CniOutcome.of(0, ""));
  }

  @Test
  void nestedAdd_removesALeftoverLinkWithTheSameVlanAlias() {
    startPlugin(true);
    String leftover = "lo" + host.suffix;
    HostNetwork.ok("ip", "link", "add", leftover, "type", "veth", "peer", "name", "lp" + host.suffix);
    host.track(leftover);
    HostNetwork.ok("ip", "link", "set", "dev", leftover, "alias", "contrail-k8s-cni-vlan-7");

    assertThat(run("ADD", config("macvlan")).exitCode()).isZero();

    assertThat(host.linkExists(leftover)).isFalse();
    assertThat(host.linkExists(vlanLink)).isTrue();
  }

  @Test
  void nestedAdd_onAKernelWithout8021q_isAClearErrorAndLeavesNothingBehind() {
    org.junit.jupiter.api.Assumptions.assumeFalse(kernelHasVlan(),
        "this kernel supports 802.1Q; the test is about kernels that do not");
    startPlugin(false);

    CniOutcome add = run("ADD", config("macvlan"));

    assertThat(add.exitCode()).isEqualTo(1);
    Map<String, Object> error = Json.object(add.stdout());
    assertThat(error.get("code")).isEqualTo(100.0);
    assertThat((String) error.get("msg")).contains("802.1Q");
    assertThat((String) error.get("details")).contains("ip link add link " + parent + " name "
        + vlanLink, "type vlan id 7", "Unknown device type");
    assertThat(host.linkExists(vlanLink)).isFalse();
    assertThat(HostNetwork.ok("ip", "-n", netnsName, "-o", "link", "show").strip().split("\n"))
        .hasSize(1).allSatisfy(l -> assertThat(l).contains(": lo:"));
    assertThat(h.configDir.resolve(podUid)).doesNotExist();
  }

  @Test
  void vethAddDel_inARealNamespace_createsTheTapAndSubscribesTheVm() {
    startPlugin(false);
    h.agent.stubFor(post(urlEqualTo("/vm")).willReturn(FakeAgentStubs.ok("{}")));
    String tap = "tap" + podUid.substring(0, 11);

    CniOutcome add = run("ADD", config("veth"));

    assertThat(add.exitCode()).as(add.stdout()).isZero();
    assertThat(host.linkExists(tap)).isTrue();
    assertThat(host.single("ip", "-n", netnsName, "-j", "addr", "show", "dev", "eth0"))
        .containsEntry("address", FakeAgentStubs.MAC);
    h.agent.verify(postRequestedFor(urlEqualTo("/vm")));
    assertThat(run("DEL", config("veth")).exitCode()).isZero();
    assertThat(host.linkExists(tap)).isFalse();
  }

  @Test
  void nestedAddDel_throughTheShimAndTheDaemon_inARealNamespace() throws Exception {
    startPlugin(true);
    Path socket = tempDir.resolve("run/cni.sock");
    try (CniDaemon daemon = CniDaemon.start(socket, h.plugin, 2)) {
      Path script = ShimRunner.write(tempDir, PluginShim.builder()
          .daemonSocket(daemon.socket().toString()).javaCommand("false").build().script());
      CniOutcome add = ShimRunner.run(script, config("macvlan"), h.env("ADD", netns, podUid));

      assertThat(add.exitCode()).as(add.stdout()).isZero();
      assertThat(Json.object(add.stdout()).get("ips").toString()).contains("10.47.255.250/12");
      assertThat(host.single("ip", "-n", netnsName, "-j", "addr", "show", "dev", "eth0"))
          .containsEntry("address", FakeAgentStubs.MAC);

      CniOutcome del = ShimRunner.run(script, config("macvlan"), h.env("DEL", netns, podUid));
      assertThat(del).isEqualTo(CniOutcome.of(0, ""));
      assertThat(host.linkExists(vlanLink)).isFalse();
    }
  }

  private boolean kernelHasVlan() {
    String probe = "vq" + host.suffix;
    boolean ok = HostNetwork.run("ip", "link", "add", "link", parent, "name", probe, "type", "vlan",
        "id", "5").exit == 0;
    HostNetwork.run("ip", "link", "del", "dev", probe);
    return ok;
  }
}
