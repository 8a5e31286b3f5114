package dev.nestedcontrail.sdk.cni.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.nestedcontrail.sdk.cni.FakeAgentStubs.error;
import static dev.nestedcontrail.sdk.cni.FakeAgentStubs.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nestedcontrail.sdk.cni.FakeAgentStubs;
import dev.nestedcontrail.sdk.cni.ManualClock;
import dev.nestedcontrail.sdk.core.BadRequestException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.UnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VrouterAgentClientTest {
  private static final String UID = FakeAgentStubs.POD_UID;

  WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
  ManualClock clock = new ManualClock();
  VrouterAgentClient client;

  @BeforeEach
  void start() {
    server.start();
    client = VrouterAgentClient.builder().endpoint("127.0.0.1", server.port()).clock(clock)
        .sleeper(clock).callTimeout(Duration.ofMillis(500)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void vmConfig_r50SingleObject_isReadAsOneEntry() {
    server.stubFor(get(urlEqualTo("/vm-cfg/" + UID)).willReturn(ok(FakeAgentStubs.vmConfigJson(7))));

    List<VmInterfaceConfig> cfg = client.vmConfig(UID);

    assertThat(cfg).containsExactly(VmInterfaceConfig.builder().id(FakeAgentStubs.VMI_UUID)
        .vmUuid(UID).vnId("5e1f0000-0000-4000-8000-0000000000aa").macAddress(FakeAgentStubs.MAC)
        .subInterface(true).vlanId(7).build());
    server.verify(getRequestedFor(urlEqualTo("/vm-cfg/" + UID))
        .withHeader("X-Request-Id", matching("req-.+")));
  }

  @Test
  void vmConfig_r2008Array_readsEveryEntryWithVmUuidAndAnnotations() {
    server.stubFor(get(urlEqualTo("/vm-cfg/k8s__default__web-1")).willReturn(ok("[{\"id\":\"a\","
        + "\"vm-uuid\":\"" + UID + "\",\"vn-name\":\"default-domain:k8s:pods\",\"mac-address\":"
        + "\"02:00:00:00:00:0a\",\"sub-interface\":false,\"vlan-id\":12,\"annotations\":"
        + "[\"{index:0/2}\"]},{\"id\":\"b\",\"vm-uuid\":\"" + UID + "\",\"mac-address\":"
        + "\"02:00:00:00:00:0b\",\"vlan-id\":13}]")));

    List<VmInterfaceConfig> cfg = client.vmConfig("k8s__default__web-1");

    assertThat(cfg).extracting(VmInterfaceConfig::id, VmInterfaceConfig::vlanId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 12),
            org.assertj.core.groups.Tuple.tuple("b", 13));
    assertThat(cfg.get(0).vmUuid()).contains(UID);
    assertThat(cfg.get(0).annotations()).containsExactly("{index:0/2}");
    assertThat(cfg.get(0).vnName()).contains("default-domain:k8s:pods");
  }

  @Test
  void vm_singleObjectAndArray_bothGiveTheStatus() {
    server.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(ok(FakeAgentStubs.vmJson())));
    server.stubFor(get(urlEqualTo("/vm/" + UID + "/" + FakeAgentStubs.VMI_UUID))
        .willReturn(ok("[" + FakeAgentStubs.vmJson() + "]")));

    VmInterfaceStatus single = client.vm(UID).get(0);
    VmInterfaceStatus fromArray = client.vm(UID, FakeAgentStubs.VMI_UUID).get(0);

    assertThat(single).isEqualTo(fromArray);
    assertThat(single.ipAddress()).isEqualTo(FakeAgentStubs.IP);
    assertThat(single.plen()).isEqualTo(12);
    assertThat(single.gateway()).contains(FakeAgentStubs.GATEWAY);
    assertThat(single.dnsServer()).contains(FakeAgentStubs.DNS);
    assertThat(single.ip6Address()).isEmpty();
    assertThat(single.rxVlanId()).contains(7);
  }

  @Test
  void portEndpoints_sendTheAgentsWireNames() {
    server.stubFor(post(urlEqualTo("/port")).willReturn(ok("{}")));
    server.stubFor(delete(urlEqualTo("/port/p1")).willReturn(ok("{}")));
    server.stubFor(get(urlEqualTo("/port/p1")).willReturn(ok(FakeAgentStubs.vmJson())));
    server.stubFor(post(urlEqualTo("/syncports")).willReturn(ok("{}")));
    server.stubFor(put(urlEqualTo("/enable-port/p1")).willReturn(ok("{}")));
    server.stubFor(put(urlEqualTo("/disable-port/p1")).willReturn(ok("{}")));
    PortRequest port = PortRequest.builder().id("p1").instanceId("vm1").vnId("vn1")
        .vmProjectId("pr1").displayName("web").ipAddress("10.0.0.5").systemName("tap1")
        .macAddress("02:00:00:00:00:01").type(PortType.REMOTE_PORT).linkState(1).build();

    client.addPort(port);
    client.addPorts(List.of(port));
    assertThat(client.port("p1")).hasSize(1);
    client.deletePort("p1");
    client.syncPorts();
    client.enablePort("p1");
    client.disablePort("p1");

    String json = "{\"id\":\"p1\",\"instance-id\":\"vm1\",\"vn-id\":\"vn1\",\"vm-project-id\":"
        + "\"pr1\",\"display-name\":\"web\",\"ip-address\":\"10.0.0.5\",\"ip6-address\":\"\","
        + "\"type\":2,\"system-name\":\"tap1\",\"mac-address\":\"02:00:00:00:00:01\","
        + "\"rx-vlan-id\":-1,\"tx-vlan-id\":-1,\"link-state\":1}";
    server.verify(postRequestedFor(urlEqualTo("/port")).withRequestBody(equalToJson(json)));
    server.verify(postRequestedFor(urlEqualTo("/port")).withRequestBody(equalToJson("[" + json + "]")));
    server.verify(deleteRequestedFor(urlEqualTo("/port/p1")));
    server.verify(postRequestedFor(urlEqualTo("/syncports")));
    server.verify(putRequestedFor(urlEqualTo("/enable-port/p1")));
    server.verify(putRequestedFor(urlEqualTo("/disable-port/p1")));
  }

  @Test
  void gatewayAndVmEndpoints_sendTheAgentsWireNames() {
    server.stubFor(post(urlEqualTo("/gateway")).willReturn(ok("{}")));
    server.stubFor(delete(urlEqualTo("/gateway")).willReturn(ok("{}")));
    server.stubFor(post(urlEqualTo("/vm")).willReturn(ok("{}")));
    server.stubFor(delete(urlEqualTo("/vm/" + UID)).willReturn(ok("{}")));

    client.addGateways(List.of(GatewayRequest.builder().interfaceName("gw0")
        .routingInstance("default-domain:p:vn:vn").addSubnet(GatewaySubnet.of("10.1.0.0", 16))
        .addRoute(GatewaySubnet.of("0.0.0.0", 0)).build()));
    client.deleteGateways(List.of("gw0"));
    VmRequest vm = VmRequest.builder().time("t").vmId("c1").vmUuid(UID).vmName("web")
        .hostIfname("tap1b2c3d4e-5f").vmIfname("eth0").vmNamespace("/var/run/netns/x").build();
    client.addVm(vm);
    client.deleteVm(vm);

    server.verify(postRequestedFor(urlEqualTo("/gateway")).withRequestBody(equalToJson(
        "[{\"interface\":\"gw0\",\"routing-instance\":\"default-domain:p:vn:vn\",\"subnets\":"
            + "[{\"ip-address\":\"10.1.0.0\",\"prefix-len\":16}],\"routes\":[{\"ip-address\":"
            + "\"0.0.0.0\",\"prefix-len\":0}]}]")));
    server.verify(deleteRequestedFor(urlEqualTo("/gateway"))
        .withRequestBody(equalToJson("[{\"interface\":\"gw0\"}]")));
    String vmJson = "{\"time\":\"t\",\"vm-id\":\"c1\",\"vm-uuid\":\"" + UID + "\",\"vm-name\":"
        + "\"web\",\"host-ifname\":\"tap1b2c3d4e-5f\",\"vm-ifname\":\"eth0\",\"vm-namespace\":"
        + "\"/var/run/netns/x\"}";
    server.verify(postRequestedFor(urlEqualTo("/vm")).withRequestBody(equalToJson(vmJson))
        .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8")));
    server.verify(deleteRequestedFor(urlEqualTo("/vm/" + UID)).withRequestBody(equalToJson(vmJson)));
  }

  @Test
  void errors_mapToTheExceptionTreeWithTheAgentsMessage() {
    server.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(error(404, "VM not found. Retry")));
    server.stubFor(get(urlEqualTo("/vm-cfg/" + UID)).willReturn(error(500, "Invalid Request")));
    server.stubFor(post(urlEqualTo("/vm")).willReturn(error(400, "bad")));

    assertThatThrownBy(() -> client.vm(UID)).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.body()).isEqualTo("{\"error\":\"VM not found. Retry\"}");
      assertThat(e.endpoint()).isEqualTo("http://127.0.0.1:" + server.port());
      assertThat(e.getMessage()).contains("GET /vm/" + UID, "404", "VM not found. Retry");
    });
    assertThatThrownBy(() -> client.vmConfig(UID)).isInstanceOf(UnavailableException.class)
        .hasMessageContaining("500");
    assertThatThrownBy(() -> client.addVm(VmRequest.builder().vmUuid(UID).build()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void calls_haveAnHttpTimeout() {
    server.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(ok("{}").withFixedDelay(3000)));
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.vm(UID)).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("GET /vm/" + UID);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void awaitVmConfig_whenConfigArrivesAfterOneSecond_picksItUpWithin100Ms() {
    server.stubFor(get(urlEqualTo("/vm-cfg/" + UID)).willReturn(error(404, "Not found. Retry")));
    Instant arrival = clock.instant().plusSeconds(1);
    clock.onAdvance(now -> {
      if (!now.isBefore(arrival)) {
        server.stubFor(get(urlEqualTo("/vm-cfg/" + UID))
            .willReturn(ok(FakeAgentStubs.vmConfigJson(7))));
      }
    });

    List<VmInterfaceConfig> cfg = client.awaitVmConfig(UID, Duration.ofSeconds(75));

    assertThat(cfg.get(0).vlanId()).isEqualTo(7);
    assertThat(Duration.between(arrival, clock.instant())).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(clock.sleeps().get(0)).isEqualTo(Duration.ofMillis(10));
    assertThat(clock.sleeps()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(50)));
  }

  @Test
  void awaitVm_whenTheBudgetRunsOut_throwsAgentNotReadyWithTheLastAnswer() {
    server.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(error(404, "VM not found. Retry")));

    assertThatThrownBy(() -> client.awaitVm(UID, Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(AgentNotReadyException.class, e -> {
          assertThat(e.waited()).isEqualTo(Duration.ofSeconds(1));
          assertThat(e.attempts()).isGreaterThan(15).isLessThan(30);
          assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
          assertThat(e.getMessage()).contains("VM not found. Retry");
        });
  }

  @Test
  void awaitVm_onAClientError_failsAtOnceWithoutRetrying() {
    server.stubFor(get(urlEqualTo("/vm/" + UID)).willReturn(error(400, "bad uuid")));

    assertThatThrownBy(() -> client.awaitVm(UID, Duration.ofSeconds(10)))
        .isInstanceOf(BadRequestException.class);
    server.verify(1, getRequestedFor(urlEqualTo("/vm/" + UID)));
  }

  @Test
  void awaitVm_whenTheAgentIsDown_retriesThenReportsNotReady() {
    server.stop();

    assertThatThrownBy(() -> client.awaitVm(UID, Duration.ofMillis(200)))
        .isInstanceOf(AgentNotReadyException.class).hasMessageContaining("GET /vm/" + UID);
  }

  @Test
  void close_isIdempotent() {
    client.close();
    client.close();
  }
}
