package dev.nestedcontrail.sdk.testkit.it.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.cni.agent.AgentNotReadyException;
import dev.nestedcontrail.sdk.cni.agent.GatewayRequest;
import dev.nestedcontrail.sdk.cni.agent.GatewaySubnet;
import dev.nestedcontrail.sdk.cni.agent.PortRequest;
import dev.nestedcontrail.sdk.cni.agent.PortType;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceConfig;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceStatus;
import dev.nestedcontrail.sdk.cni.agent.VmRequest;
import dev.nestedcontrail.sdk.cni.agent.VrouterAgentClient;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.UnavailableException;
import dev.nestedcontrail.sdk.testkit.ContrailLab;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.testkit.FakeVrouterAgent;
import dev.nestedcontrail.sdk.testkit.VrouterAgentRelease;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link VrouterAgentClient} against the lab's {@link FakeVrouterAgent} of compute-1 (which hosts
 * the master VM): every port_ipc endpoint, in both releases' shapes, with the agent's errors.
 */
class VrouterAgentClientOnFakeAgentTest {
  private static final String MASTER_VM = "b0000001-0000-4000-8000-000000000001";
  private static final String MASTER_VMI = "b0000002-0000-4000-8000-000000000001";
  private static final String NETWORK = "c0000001-0000-4000-8000-000000000001";
  private static final String PROJECT = "d0000001-0000-4000-8000-000000000001";
  private static final String OTHER_VMI = "b0000002-0000-4000-8000-0000000000aa";

  private final ContrailLab lab = ContrailLab.start();
  private final FakeClock clock = FakeClock.atDefaultStart();
  private final FakeVrouterAgent agent = lab.vrouterAgent("compute-1").orElseThrow()
      .configDelay(Duration.ZERO, clock);
  private final VrouterAgentClient client = VrouterAgentClient.builder().endpoint(agent.baseUrl())
      .clock(clock).sleeper(clock::advance).build();

  @AfterEach
  void close() {
    client.close();
    lab.close();
  }

  private static PortRequest.Builder port(String vmi) {
    return PortRequest.builder().id(vmi).instanceId(MASTER_VM).vnId(NETWORK)
        .vmProjectId(PROJECT).displayName("k8s-master").ipAddress("0.0.0.0")
        .systemName("tap" + vmi.substring(0, 11)).macAddress("02:00:00:00:00:01");
  }

  @Test
  void vmConfig_r2008_answersAnArrayByNameAndByUuid() {
    List<VmInterfaceConfig> byName = client.vmConfig("k8s-master");

    assertThat(client.vmConfig(MASTER_VM)).isEqualTo(byName);
    assertThat(byName).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo(MASTER_VMI);
      assertThat(c.vmUuid()).contains(MASTER_VM);
      assertThat(c.vnName()).contains("default-domain:admin:k8s-vm-net");
      assertThat(c.macAddress()).isEqualTo("02:00:00:00:00:01");
    });
  }

  @Test
  void vmConfig_r50_answersOneObjectByUuidOnly() {
    agent.release(VrouterAgentRelease.R5_0);

    assertThat(client.vmConfig(MASTER_VM)).singleElement().satisfies(c -> {
      assertThat(c.vmUuid()).contains(MASTER_VM);
      assertThat(c.vnName()).isEmpty();
    });
    assertThatThrownBy(() -> client.vmConfig("k8s-master"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Unknown Request");
  }

  @Test
  void vm_inBothReleases_givesTheInstanceIpAndSubnet() {
    VmInterfaceStatus later = client.vm(MASTER_VM).get(0);
    assertThat(client.vm(MASTER_VM, MASTER_VMI)).containsExactly(later);
    agent.release(VrouterAgentRelease.R5_0);

    assertThat(client.vm(MASTER_VM)).containsExactly(later);
    assertThat(later.ipAddress()).isEqualTo("10.0.0.3");
    assertThat(later.plen()).isEqualTo(24);
    assertThat(later.gateway()).contains("10.0.0.1");
    assertThatThrownBy(() -> client.vm(MASTER_VM, MASTER_VMI))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Unknown Request");
  }

  @Test
  void lookups_ofUnknownOrMalformedKeys_answer404() {
    assertThatThrownBy(() -> client.vm("b0000001-0000-4000-8000-0000000000ff"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Retry");
    assertThatThrownBy(() -> client.vm("NOT-A-UUID"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Unknown Request");
    assertThatThrownBy(() -> client.port(MASTER_VMI))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not found");
  }

  @Test
  void awaitVmConfig_whenConfigArrivesLate_pollsUntilItIsThere() {
    agent.configDelay(Duration.ofMillis(300), clock);

    List<VmInterfaceConfig> config = client.awaitVmConfig(MASTER_VM, Duration.ofSeconds(5));

    assertThat(config).extracting(VmInterfaceConfig::id).containsExactly(MASTER_VMI);
    assertThatThrownBy(() -> client.awaitVm("b0000001-0000-4000-8000-0000000000ff",
        Duration.ofMillis(200))).isInstanceOf(AgentNotReadyException.class);
  }

  @Test
  void configApiFailure_answers500() {
    lab.configApi().faults().failNext(1, 503);

    assertThatThrownBy(() -> client.vm(MASTER_VM)).isInstanceOf(UnavailableException.class)
        .hasMessageContaining("Error reading config");
  }

  @Test
  void addPort_thenGetAndDelete_servesTheOperationalViewWithThePortsTap() {
    client.addPort(port(MASTER_VMI).rxVlanId(7).txVlanId(7).build());

    VmInterfaceStatus status = client.port(MASTER_VMI).get(0);
    assertThat(status.ipAddress()).isEqualTo("10.0.0.3");
    assertThat(status.systemName()).contains("tapb0000002-00");
    assertThat(status.txVlanId()).contains(7);
    assertThat(agent.ports()).containsExactly(MASTER_VMI);

    client.deletePort(MASTER_VMI);
    client.deletePort(OTHER_VMI);
    assertThat(agent.ports()).isEmpty();
    assertThatThrownBy(() -> client.port(MASTER_VMI)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void addPort_withWhatTheAgentRefuses_answers500WithItsMessage() {
    assertThatThrownBy(() -> client.addPort(port(MASTER_VMI).vnId("").build()))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("invalid VN uuid");
    assertThatThrownBy(() -> client.addPort(port(MASTER_VMI).ipAddress("10.0.0.300").build()))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("Neither Ipv4 nor IPv6 address is correct");
    assertThatThrownBy(() -> client.addPort(port(MASTER_VMI).rxVlanId(5).build()))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("TX vlan not set");
    assertThatThrownBy(() -> client.addPorts(List.of(port(OTHER_VMI).build(),
        port(MASTER_VMI).instanceId("vm-1").build())))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("invalid instance uuid");
    assertThat(agent.ports()).as("all or none").isEmpty();
  }

  @Test
  void syncPorts_dropsThePortsNotAddedAgainWithinTheStaleDelay() {
    agent.staleCleanupDelay(Duration.ofSeconds(30));
    client.addPorts(List.of(port(MASTER_VMI).build(), port(OTHER_VMI).build()));

    client.syncPorts();
    client.addPort(port(OTHER_VMI).build());
    clock.advance(Duration.ofSeconds(29));
    assertThat(agent.ports()).containsExactly(MASTER_VMI, OTHER_VMI);
    clock.advance(Duration.ofSeconds(1));

    assertThat(agent.ports()).containsExactly(OTHER_VMI);
  }

  @Test
  void enableAndDisablePort_setTheLinkStateOfRemotePortsOnly() {
    client.addPort(port(OTHER_VMI).type(PortType.REMOTE_PORT).build());
    client.addPort(port(MASTER_VMI).build());

    client.disablePort(OTHER_VMI);
    assertThat(agent.portFields(OTHER_VMI).orElseThrow()).containsEntry("link-state", 0L);
    client.enablePort(OTHER_VMI);
    assertThat(agent.portFields(OTHER_VMI).orElseThrow()).containsEntry("link-state", 1L);

    assertThatThrownBy(() -> client.enablePort(MASTER_VMI))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("not a remote port");
    assertThatThrownBy(() -> client.disablePort("b0000002-0000-4000-8000-0000000000bb"))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("not found");
  }

  @Test
  void gateways_areAddedAndDeletedByInterface() {
    client.addGateways(List.of(GatewayRequest.builder().interfaceName("vgw")
        .routingInstance("default-domain:admin:public:public")
        .addSubnets(GatewaySubnet.of("192.0.2.0", 24))
        .addRoutes(GatewaySubnet.of("0.0.0.0", 0)).build()));

    assertThat(agent.gateways()).containsOnlyKeys("vgw");
    assertThat(agent.gateways().get("vgw"))
        .containsEntry("routing-instance", "default-domain:admin:public:public");

    client.deleteGateways(List.of("vgw", "vgw-unknown"));
    assertThat(agent.gateways()).isEmpty();
  }

  @Test
  void addVm_checksTheReleasesRequiredMembers_andDeleteVmDropsIt() {
    VmRequest vm = VmRequest.builder().vmUuid(MASTER_VM).vmName("k8s-master")
        .hostIfname("tapb0000002-00").vmId("c1").build();
    assertThatThrownBy(() -> client.addVm(vm)).isInstanceOf(UnavailableException.class)
        .hasMessageContaining("vn-uuid is missing");

    agent.release(VrouterAgentRelease.R5_0);
    client.addVm(vm);
    assertThat(agent.vmSubscriptions()).singleElement()
        .satisfies(s -> assertThat(s).containsEntry("vm-uuid", MASTER_VM));

    client.deleteVm(vm);
    assertThat(agent.vmSubscriptions()).isEmpty();
  }

  @Test
  void addVm_r2008_keepsOneSubscriptionPerVmi() {
    client.addVm(VmRequest.builder().vmUuid(MASTER_VM).vmName("k8s-master")
        .hostIfname("tapb0000002-00").vnUuid(NETWORK).vmiUuid(MASTER_VMI).build());

    assertThat(agent.vmSubscriptions()).singleElement()
        .satisfies(s -> assertThat(s).containsEntry("vmi-uuid", MASTER_VMI));
    assertThatThrownBy(() -> client.addVm(VmRequest.builder().vmUuid("vm-1").vmName("x")
        .hostIfname("t").vnUuid(NETWORK).vmiUuid(MASTER_VMI).build()))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("invalid VM uuid");
  }
}
