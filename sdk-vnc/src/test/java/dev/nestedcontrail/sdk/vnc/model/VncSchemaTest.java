package dev.nestedcontrail.sdk.vnc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VncSchemaTest {
  @Test
  void virtualNetwork_hasProjectParent_andIpamRefsWithSubnetData() {
    ResourceType<VirtualNetwork> vn = VncSchema.VIRTUAL_NETWORK;
    assertThat(vn.typeName()).isEqualTo("virtual-network");
    assertThat(vn.jsonKey()).isEqualTo("virtual-network");
    assertThat(vn.path()).isEqualTo("/virtual-network");
    assertThat(vn.collectionPath()).isEqualTo("/virtual-networks");
    assertThat(vn.javaClass()).isEqualTo(VirtualNetwork.class);
    assertThat(vn.parentTypes()).containsExactly("project");
    RefField ipam = vn.ref("network_ipam_refs").orElseThrow();
    assertThat(ipam.targetType()).isEqualTo("network-ipam");
    assertThat(ipam.attrType()).contains("VnSubnetsType");
    assertThat(ipam.attrClass()).contains(VnSubnetsType.class);
    assertThat(ipam.hasData()).isTrue();
    assertThat(vn.ref("tag_refs")).isPresent();
    assertThat(vn.child("routing_instances")).isPresent();
    assertThat(vn.backRef("virtual_machine_interface_back_refs").orElseThrow().fromType())
        .isEqualTo("virtual-machine-interface");
    assertThat(vn.property("fabric_snat").orElseThrow().javaType()).isEqualTo(Boolean.class);
  }

  @Test
  void virtualMachineInterface_refsNetworksAndOtherInterfaces_andHasThreeParents() {
    ResourceType<VirtualMachineInterface> vmi = VncSchema.VIRTUAL_MACHINE_INTERFACE;
    assertThat(vmi.refs()).extracting(RefField::targetType)
        .contains("virtual-network", "virtual-machine-interface", "virtual-machine", "tag");
    assertThat(vmi.refTo("virtual-network").orElseThrow().hasData()).isFalse();
    assertThat(vmi.parentTypes())
        .containsExactlyInAnyOrder("project", "virtual-machine", "virtual-router");
    PropertyField bindings = vmi.property("virtual_machine_interface_bindings").orElseThrow();
    assertThat(bindings.kind()).isEqualTo(PropertyKind.MAP);
    assertThat(bindings.collectionMember()).contains("key_value_pair");
    assertThat(bindings.mapKey()).contains("key");
  }

  @Test
  void wireNames_areTheSchemaNames() {
    ResourceType<?> dns = VncSchema.find("virtual-DNS").orElseThrow();
    assertThat(dns.javaClass()).isEqualTo(VirtualDns.class);
    assertThat(dns.collectionPath()).isEqualTo("/virtual-DNSs");
    assertThat(VncSchema.NETWORK_IPAM.ref("virtual_DNS_refs")).isPresent();
    assertThat(VncSchema.NETWORK_POLICY.collectionPath()).isEqualTo("/network-policys");
    assertThat(VncSchema.BGP_AS_A_SERVICE.collectionPath()).isEqualTo("/bgp-as-a-services");
  }

  @Test
  void find_acceptsHyphenAndUnderscoreForms() {
    assertThat(VncSchema.find("virtual_machine_interface")).contains(VncSchema.VIRTUAL_MACHINE_INTERFACE);
    assertThat(VncSchema.find("virtual-machine-interface")).contains(VncSchema.VIRTUAL_MACHINE_INTERFACE);
    assertThat(VncSchema.find("virtual_DNS")).contains(VncSchema.VIRTUAL_DNS);
    assertThat(VncSchema.find("no-such-type")).isEmpty();
  }

  @Test
  void defaultObjects_haveTheirParentTypes() {
    assertThat(VncSchema.GLOBAL_SYSTEM_CONFIG.parentTypes()).containsExactly("config-root");
    assertThat(VncSchema.GLOBAL_VROUTER_CONFIG.parentTypes()).containsExactly("global-system-config");
    assertThat(VncSchema.DOMAIN.parentTypes()).containsExactly("config-root");
    assertThat(VncSchema.PROJECT.parentTypes()).containsExactly("domain");
    assertThat(VncSchema.NETWORK_IPAM.parentTypes()).containsExactly("project");
    assertThat(VncSchema.TAG.parentTypes()).containsExactlyInAnyOrder("config-root", "project");
    assertThat(VncSchema.CONFIG_ROOT.parentTypes()).isEmpty();
    assertThat(VncSchema.VIRTUAL_MACHINE.parentTypes()).isEmpty();
    assertThat(VncSchema.INSTANCE_IP.parentTypes()).isEmpty();
    assertThat(VncSchema.CONFIG_ROOT.children()).extracting(ChildField::childType)
        .contains("global-system-config", "domain", "tag");
  }

  @Test
  void everyRelation_pointsAtARegisteredType_andIsMirrored() {
    for (ResourceType<?> type : VncSchema.all()) {
      for (String parent : type.parentTypes()) {
        ResourceType<?> p = VncSchema.find(parent).orElseThrow();
        assertThat(p.children()).extracting(ChildField::childType).contains(type.typeName());
      }
      for (RefField ref : type.refs()) {
        ResourceType<?> target = VncSchema.find(ref.targetType()).orElseThrow(
            () -> new AssertionError(type.typeName() + "." + ref.fieldName() + " -> ?"));
        assertThat(target.backRef(type.underscoreName() + "_back_refs"))
            .as("%s back ref on %s", type.typeName(), target.typeName()).isPresent();
      }
      for (ChildField child : type.children()) {
        assertThat(VncSchema.find(child.childType())).isPresent();
      }
      for (BackRefField back : type.backRefs()) {
        assertThat(VncSchema.find(back.fromType())).isPresent();
      }
    }
  }

  @Test
  void everyType_hasTheCommonProperties() {
    for (ResourceType<?> type : VncSchema.all()) {
      assertThat(type.properties()).extracting(PropertyField::wireName)
          .contains("id_perms", "perms2", "annotations", "display_name");
      assertThat(type.ref("tag_refs")).isPresent();
    }
    assertThat(VncSchema.all()).hasSizeGreaterThan(100);
    assertThat(List.copyOf(VncSchema.all())).extracting(ResourceType::typeName).isSorted();
  }
}
