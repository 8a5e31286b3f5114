package dev.nestedcontrail.sdk.vnc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.IpamSubnetType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SubnetType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VncSchema;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VncJsonTest {
  private static VirtualNetwork network() {
    return VncJson.readWrapped(VncSchema.VIRTUAL_NETWORK, Fixtures.read("virtual-network.json"));
  }

  @Test
  void read_typesIpamRefAttrSubnets() {
    VirtualNetwork vn = network();
    Reference<VnSubnetsType> ipam = vn.networkIpamRefs().get(0);
    IpamSubnetType subnet = ipam.attr().orElseThrow().ipamSubnets().get(0);
    assertThat(subnet.subnet().orElseThrow().ipPrefix()).contains("10.32.0.0");
    assertThat(subnet.subnet().orElseThrow().ipPrefixLen()).contains(12L);
    assertThat(subnet.subnetUuid()).contains("c1f2e3d4-b5a6-4978-8a9b-1c2d3e4f5a6b");
    assertThat(ipam.href()).contains(
        "http://10.0.0.10:8082/network-ipam/7e0d2c44-3f9a-4b8e-a1c2-d3e4f5a6b7c8");
    assertThat(vn.fabricSnat()).contains(true);
    assertThat(vn.href()).contains(
        "http://10.0.0.10:8082/virtual-network/0d4e7c2a-8a7e-4f3b-9d2e-3c6c0f1e5a11");
    assertThat(vn.routingInstances()).hasSize(1);
    assertThat(vn.virtualMachineInterfaceBackRefs().get(0).uuid())
        .contains("11111111-2222-4333-8444-555555555555");
  }

  @Test
  void unknownMembers_areKeptVerbatimAtTopLevelAndNested() {
    VirtualNetwork vn = network();
    assertThat(vn.unknownFields()).containsOnlyKeys("a_newer_server_field", "another_unknown");
    assertThat(vn.unknownFields().get("another_unknown")).isEqualTo("null");
    IpamSubnetType subnet = vn.networkIpamRefs().get(0).attr().orElseThrow().ipamSubnets().get(0);
    assertThat(subnet.unknownFields()).containsOnlyKeys("subnet_future_field");

    String written = VncJson.write(vn);
    assertThat(written)
        .contains("\"a_newer_server_field\":{\"enabled\":true,\"ratio\":0.25,"
            + "\"big\":123456789012345678901234567890}")
        .contains("\"another_unknown\":null")
        .contains("\"subnet_future_field\":{\"nested\":[1,2,3]}");
  }

  @Test
  void unsigned64BitUuidHalves_roundTripAboveLongMax() {
    InstanceIp iip = VncJson.readWrapped(VncSchema.INSTANCE_IP, Fixtures.read("instance-ip.json"));
    var uuid = iip.idPerms().orElseThrow().uuid().orElseThrow();
    assertThat(uuid.uuidMslong()).contains(new BigInteger("18446744073709551615"));
    assertThat(uuid.uuidLslong()).contains(BigInteger.ONE.shiftLeft(63));
    assertThat(VncJson.write(iip))
        .contains("\"uuid_mslong\":18446744073709551615")
        .contains("\"uuid_lslong\":9223372036854775808");
  }

  @Test
  void microsecondTimestamps_areKeptExactly() {
    VirtualNetwork vn = network();
    assertThat(vn.idPerms().orElseThrow().created()).contains("2018-04-05T10:11:12.123456");
    assertThat(VncJson.write(vn)).contains("\"last_modified\":\"2018-04-05T10:11:13.654321\"");
  }

  @Test
  void refOfLinkWithData_alwaysWritesAttr_nullWhenEmpty() {
    VirtualNetwork vn = VirtualNetwork.builder()
        .fqName(List.of("default-domain", "p", "vn"))
        .addNetworkIpamRef(Reference.toFqName(List.of("default-domain", "p", "ipam")))
        .addNetworkIpamRef(Reference.<VnSubnetsType>builder()
            .uuid("7e0d2c44-3f9a-4b8e-a1c2-d3e4f5a6b7c8")
            .attr(VnSubnetsType.builder().addIpamSubnet(IpamSubnetType.builder()
                .subnet(SubnetType.builder().ipPrefix("10.0.0.0").ipPrefixLen(24L).build())
                .build()).build())
            .build())
        .addVirtualNetworkRef(Reference.toUuid("0d4e7c2a-8a7e-4f3b-9d2e-3c6c0f1e5a11"))
        .build();

    String json = VncJson.write(vn);

    assertThat(json).contains(
        "\"network_ipam_refs\":[{\"to\":[\"default-domain\",\"p\",\"ipam\"],\"attr\":null},"
            + "{\"uuid\":\"7e0d2c44-3f9a-4b8e-a1c2-d3e4f5a6b7c8\",\"attr\":{\"ipam_subnets\":"
            + "[{\"subnet\":{\"ip_prefix\":\"10.0.0.0\",\"ip_prefix_len\":24}}]}}]");
    assertThat(json).contains(
        "\"virtual_network_refs\":[{\"uuid\":\"0d4e7c2a-8a7e-4f3b-9d2e-3c6c0f1e5a11\"}]");
  }

  @Test
  void vmiSubInterfaceTagAndRefs_areTyped() {
    VirtualMachineInterface vmi = VncJson.readWrapped(VncSchema.VIRTUAL_MACHINE_INTERFACE,
        Fixtures.read("virtual-machine-interface.json"));
    assertThat(vmi.virtualMachineInterfaceProperties().orElseThrow().subInterfaceVlanTag())
        .contains(101L);
    assertThat(vmi.virtualMachineInterfaceRefs().get(0).to())
        .containsExactly("default-domain", "admin", "underlay-vm-port");
    assertThat(vmi.virtualNetworkRefs()).hasSize(1);
    assertThat(vmi.virtualMachineInterfaceBindings().orElseThrow().keyValuePair())
        .extracting(kv -> kv.key().orElseThrow()).containsExactly("host_id", "vnic_type");
  }

  @Test
  void globalVrouterConfig_keepsLinkLocalServicesFlowAgingAndPortPools() {
    GlobalVrouterConfig gvc = VncJson.readWrapped(VncSchema.GLOBAL_VROUTER_CONFIG,
        Fixtures.read("global-vrouter-config.json"));
    List<LinklocalServiceEntryType> services =
        gvc.linklocalServices().orElseThrow().linklocalServiceEntry();
    assertThat(services.get(0).ipFabricServiceIp()).containsExactly("10.0.0.10");
    assertThat(services.get(1).ipFabricDnsServiceName()).contains("k8s-master.example.org");
    assertThat(gvc.flowAgingTimeoutList().orElseThrow().flowAgingTimeout())
        .extracting(t -> t.timeoutInSeconds().orElseThrow()).containsOnly(2147483647L);
    assertThat(gvc.portTranslationPools().orElseThrow().portTranslationPool()).hasSize(2);
    assertThat(VncJson.write(gvc)).contains("\"ip_fabric_DNS_service_name\":\"k8s-master.example.org\"");
  }

  @Test
  void complexValues_haveTheirOwnCodec() {
    SubnetType subnet = VncJson.readValue(SubnetType.class,
        "{\"ip_prefix\":\"10.1.0.0\",\"ip_prefix_len\":16,\"x\":[true]}");
    assertThat(subnet.ipPrefixLen()).contains(16L);
    assertThat(VncJson.writeValue(subnet))
        .isEqualTo("{\"ip_prefix\":\"10.1.0.0\",\"ip_prefix_len\":16,\"x\":[true]}");
  }

  @Test
  void genericTree_keepsNullsAndBigNumbers() {
    Object tree = VncJson.parseTree("{\"a\":null,\"b\":18446744073709551615,\"c\":1.5,\"d\":[1]}");
    assertThat(tree).isEqualTo(new java.util.LinkedHashMap<>(Map.of(
        "b", new BigInteger("18446744073709551615"), "c", new java.math.BigDecimal("1.5"),
        "d", List.of(1L))) {{ put("a", null); }});
    assertThat(VncJson.writeTree(tree))
        .isEqualTo("{\"a\":null,\"b\":18446744073709551615,\"c\":1.5,\"d\":[1]}");
  }

  @Test
  void reference_withoutUuidOrTo_isRejected() {
    assertThatThrownBy(() -> Reference.<Void>builder().href("http://x/y").build())
        .isInstanceOf(dev.nestedcontrail.sdk.core.ValidationException.class)
        .hasMessageContaining("to: [] and no uuid");
  }

  @Test
  void builderFrom_copiesAResourceForAChange() {
    VirtualNetwork vn = network();
    VirtualNetwork renamed = VirtualNetwork.builder().from(vn).displayName("renamed").build();
    assertThat(renamed.displayName()).contains("renamed");
    assertThat(renamed.networkIpamRefs()).isEqualTo(vn.networkIpamRefs());
    assertThat(renamed.unknownFields()).isEqualTo(vn.unknownFields());
  }

  @Test
  void malformedJson_isAClientException() {
    assertThatThrownBy(() -> VncJson.read(VncSchema.PROJECT, "{\"fq_name\": 3}"))
        .isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("invalid JSON for project");
    assertThatThrownBy(() -> VncJson.readWrapped(VncSchema.PROJECT, "{\"tag\": {}}"))
        .isInstanceOf(ContrailClientException.class);
  }
}
