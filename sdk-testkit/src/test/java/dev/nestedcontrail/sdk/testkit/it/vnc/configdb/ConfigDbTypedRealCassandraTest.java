package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.GSC;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.GVC;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.IIP;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.IPAM;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.PROJECT;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VM;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VMI;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN1;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN10;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN2;
import static dev.nestedcontrail.sdk.testkit.it.vnc.configdb.Underlay.VN_ACCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.configdb.ConfigDb;
import dev.nestedcontrail.sdk.vnc.model.EncapsulationType;
import dev.nestedcontrail.sdk.vnc.model.FatFlowIgnoreAddressType;
import dev.nestedcontrail.sdk.vnc.model.ForwardingModeType;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import dev.nestedcontrail.sdk.vnc.model.VncResource;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed operations of {@link ConfigDb} against the real Cassandra 5.0.7: the underlay decoded
 * into the generated model the config API client returns, compared field by field.
 */
class ConfigDbTypedRealCassandraTest extends RealUnderlayTest {
  private static final List<String> PROJ = List.of("default-domain", "proj");

  private static ConfigDb db;

  @BeforeAll
  static void useUnderlay() {
    db = keyspace.db;
  }

  @Test
  void read_virtualNetwork_decodesPropertiesAndTheIpamRefWithItsSubnets() {
    VirtualNetwork vn = db.read(VncSchema.VIRTUAL_NETWORK, VN1);

    assertThat(vn.uuid()).contains(VN1);
    assertThat(vn.name()).contains("vn1");
    assertThat(vn.fqName()).containsExactly("default-domain", "proj", "vn1");
    assertThat(vn.parentType()).contains("project");
    assertThat(vn.parentUuid()).contains(PROJECT);
    assertThat(vn.href()).isEmpty();
    assertThat(vn.displayName()).contains("vn1");
    assertThat(vn.idPerms().orElseThrow().uuid().orElseThrow().uuidMslong()).contains(new BigInteger("17365880163140632576"));
    assertThat(vn.idPerms().orElseThrow().uuid().orElseThrow().uuidLslong()).contains(BigInteger.valueOf(Long.MAX_VALUE));
    assertThat(vn.idPerms().orElseThrow().enable()).contains(true);
    assertThat(vn.idPerms().orElseThrow().description()).isEmpty();
    assertThat(vn.idPerms().orElseThrow().permissions().orElseThrow().ownerAccess()).contains(7L);
    assertThat(vn.perms2().orElseThrow().owner()).contains("0d000000000040008000000000000002");
    assertThat(vn.perms2().orElseThrow().share()).isEmpty();
    assertThat(vn.virtualNetworkProperties().orElseThrow().forwardingMode()).contains(ForwardingModeType.L2_L3);
    assertThat(vn.virtualNetworkProperties().orElseThrow().allowTransit()).contains(false);
    assertThat(vn.virtualNetworkFatFlowProtocols().orElseThrow().fatFlowProtocol())
        .extracting(p -> p.protocol().orElseThrow(), p -> p.port().orElseThrow(), p -> p.ignoreAddress().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tcp", 22L, FatFlowIgnoreAddressType.NONE),
            org.assertj.core.groups.Tuple.tuple("udp", 53L, FatFlowIgnoreAddressType.NONE));
    assertThat(vn.annotations().orElseThrow().keyValuePair())
        .extracting(p -> p.key().orElseThrow() + "=" + p.value().orElseThrow()).containsExactly("a=1", "b=2");

    Reference<VnSubnetsType> ipam = vn.networkIpamRefs().get(0);
    assertThat(vn.networkIpamRefs()).hasSize(1);
    assertThat(ipam.to()).containsExactly("default-domain", "proj", "ipam1");
    assertThat(ipam.uuid()).contains(IPAM);
    VnSubnetsType attr = ipam.attr().orElseThrow();
    assertThat(attr.hostRoutes()).isEmpty();
    IpamSubnetType subnet = attr.ipamSubnets().get(0);
    assertThat(attr.ipamSubnets()).hasSize(1);
    assertThat(subnet.subnet().orElseThrow().ipPrefix()).contains("10.10.0.0");
    assertThat(subnet.subnet().orElseThrow().ipPrefixLen()).contains(24L);
    assertThat(subnet.defaultGateway()).contains("10.10.0.1");
    assertThat(subnet.dnsServerAddress()).contains("10.10.0.2");
    assertThat(subnet.enableDhcp()).contains(true);
    assertThat(subnet.addrFromStart()).contains(true);
    assertThat(subnet.subnetUuid()).contains("5b000000-0000-4000-8000-000000000001");
    assertThat(subnet.allocUnit()).contains(1L);
    assertThat(subnet.unknownFields()).isEmpty();

    assertThat(vn.virtualMachineInterfaceBackRefs()).singleElement().satisfies(r -> {
      assertThat(r.to()).containsExactly("default-domain", "proj", "vmi1");
      assertThat(r.uuid()).contains(VMI);
    });
    assertThat(vn.instanceIpBackRefs()).singleElement().satisfies(r -> assertThat(r.uuid()).contains(IIP));
    assertThat(vn.unknownFields()).isEmpty();
  }

  @Test
  void read_virtualMachineInterface_byClass_decodesRefsBindingsAndMacs() {
    VirtualMachineInterface vmi = db.read(VirtualMachineInterface.class, VMI);

    assertThat(vmi.fqName()).containsExactly("default-domain", "proj", "vmi1");
    assertThat(vmi.virtualNetworkRefs()).singleElement().satisfies(r -> {
      assertThat(r.to()).containsExactly("default-domain", "proj", "vn1");
      assertThat(r.uuid()).contains(VN1);
      assertThat(r.attr()).isEmpty();
    });
    assertThat(vmi.virtualMachineRefs()).singleElement().satisfies(r -> {
      assertThat(r.to()).containsExactly(VM);
      assertThat(r.uuid()).contains(VM);
    });
    assertThat(vmi.virtualMachineInterfaceBindings().orElseThrow().keyValuePair())
        .extracting(p -> p.key().orElseThrow() + "=" + p.value().orElseThrow())
        .containsExactly("host_id=compute-1", "vnic_type=normal");
    assertThat(vmi.virtualMachineInterfaceMacAddresses().orElseThrow().macAddress()).containsExactly("02:aa:bb:cc:dd:ee");
    assertThat(vmi.instanceIpBackRefs()).singleElement().satisfies(r -> assertThat(r.to()).containsExactly("iip1"));
  }

  @Test
  void read_globalVrouterConfig_decodesLinkLocalServices() {
    GlobalVrouterConfig gvc = db.read(VncSchema.GLOBAL_VROUTER_CONFIG, GVC);

    assertThat(gvc.parentUuid()).contains(GSC);
    LinklocalServiceEntryType metadata = gvc.linklocalServices().orElseThrow().linklocalServiceEntry().get(0);
    assertThat(gvc.linklocalServices().orElseThrow().linklocalServiceEntry()).hasSize(1);
    assertThat(metadata.linklocalServiceName()).contains("metadata");
    assertThat(metadata.linklocalServiceIp()).contains("169.254.169.254");
    assertThat(metadata.linklocalServicePort()).contains(80L);
    assertThat(metadata.ipFabricDnsServiceName()).contains("");
    assertThat(metadata.ipFabricServicePort()).contains(8775L);
    assertThat(metadata.ipFabricServiceIp()).containsExactly("192.168.0.1");
    assertThat(metadata.unknownFields()).isEmpty();
    assertThat(gvc.encapsulationPriorities().orElseThrow().encapsulation())
        .containsExactly(EncapsulationType.MPLSOUDP, EncapsulationType.MPLSOGRE, EncapsulationType.VXLAN);
  }

  @Test
  void read_anyType_returnsTheModelClassOfTheStoredType() {
    VncResource vmi = db.read(VMI);

    assertThat(vmi).isInstanceOf(VirtualMachineInterface.class).isEqualTo(db.read(VncSchema.VIRTUAL_MACHINE_INTERFACE, VMI));
    assertThat(db.read(GVC)).isInstanceOf(GlobalVrouterConfig.class);
    assertThatThrownBy(() -> db.read(UUID.randomUUID().toString())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void read_otherTypeOrNonResourceClass_isRejected() {
    assertThatThrownBy(() -> db.read(VncSchema.VIRTUAL_NETWORK, VMI)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> db.read(VncResource.class, VMI)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("VncResource");
  }

  @Test
  void find_byFqName_decodesTheObject_andIsEmptyForAnUnknownName() {
    Optional<VirtualNetwork> vn = db.find(VncSchema.VIRTUAL_NETWORK, List.of("default-domain", "proj", "réseau"));

    assertThat(vn).hasValueSatisfying(v -> assertThat(v.uuid()).contains(VN_ACCENT));
    assertThat(db.find(VncSchema.VIRTUAL_NETWORK, List.of("default-domain", "proj", "vn"))).isEmpty();
    assertThat(db.find(VncSchema.PROJECT, PROJ)).hasValueSatisfying(p ->
        assertThat(p.virtualNetworks()).extracting(r -> r.uuid().orElseThrow()).containsExactly(VN1, VN2, VN10, VN_ACCENT));
  }

  @Test
  void stream_decodesEveryLiveObjectOfTheType_asReadDoes() {
    try (Stream<VirtualNetwork> networks = db.stream(VncSchema.VIRTUAL_NETWORK)) {
      List<VirtualNetwork> all = networks.collect(Collectors.toList());

      assertThat(all).extracting(v -> v.uuid().orElseThrow()).containsExactly(VN_ACCENT, VN10, VN1, VN2);
      assertThat(all.get(2)).isEqualTo(db.read(VirtualNetwork.class, VN1));
    }
  }
}
