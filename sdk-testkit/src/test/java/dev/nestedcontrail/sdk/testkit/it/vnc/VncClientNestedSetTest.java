package dev.nestedcontrail.sdk.testkit.it.vnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.vnc.ListQuery;
import dev.nestedcontrail.sdk.vnc.ObjectExistsException;
import dev.nestedcontrail.sdk.vnc.ObjectInUseException;
import dev.nestedcontrail.sdk.vnc.ReadOptions;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.model.GlobalVrouterConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServiceEntryType;
import dev.nestedcontrail.sdk.vnc.model.LinklocalServicesTypes;
import dev.nestedcontrail.sdk.vnc.model.NetworkIpam;
import dev.nestedcontrail.sdk.vnc.model.Project;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.SecurityGroup;
import dev.nestedcontrail.sdk.vnc.model.Tag;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterfacePropertiesType;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import dev.nestedcontrail.sdk.vnc.model.VirtualRouter;
import dev.nestedcontrail.sdk.vnc.model.VnSubnetsType;
import java.util.List;
import org.junit.jupiter.api.Test;

class VncClientNestedSetTest extends FakeVncHarness {

  @Test
  void project_createReadUpdateListDelete() {
    ResourceOperations<Project> projects = vnc.resources(Project.class);
    Project created = projects.create(Project.builder().fqName(List.of("default-domain", "k8s")).build());
    String uuid = created.uuid().orElseThrow();
    Project read = projects.readByFqName(List.of("default-domain", "k8s"));
    assertThat(read.uuid()).contains(uuid);
    assertThat(read.displayName()).contains("k8s");

    projects.update(read, Project.builder().from(read).displayName("Kubernetes").build());
    assertThat(projects.read(uuid).displayName()).contains("Kubernetes");
    assertThat(projects.list(ListQuery.builder().parentFqName(List.of("default-domain")).build()))
        .extracting(p -> p.fqName()).contains(List.of("default-domain", "k8s"), PROJECT);

    projects.delete(uuid);
    assertThat(projects.find(uuid)).isEmpty();
    assertThat(projects.deleteIfExists(uuid)).isFalse();
  }

  @Test
  void virtualNetwork_withIpamRefs_keepsRefsAcrossUpdatesAndEditsThemExplicitly() {
    ResourceOperations<NetworkIpam> ipams = vnc.resources(NetworkIpam.class);
    NetworkIpam ipam = ipams.create(NetworkIpam.builder().fqName(inProject("pod-ipam")).parentType("project").build());
    ResourceOperations<VirtualNetwork> vns = vnc.resources(VirtualNetwork.class);
    VirtualNetwork vn = vns.create(VirtualNetwork.builder().fqName(inProject("pods")).parentType("project")
        .addNetworkIpamRef(Reference.<VnSubnetsType>builder().uuid(ipam.uuid().orElseThrow())
            .attr(subnet("10.32.0.0", 12)).build()).build());
    String uuid = vn.uuid().orElseThrow();

    VirtualNetwork read = vns.read(uuid);
    assertThat(read.networkIpamRefs()).singleElement().satisfies(ref -> {
      assertThat(ref.to()).isEqualTo(inProject("pod-ipam"));
      assertThat(ref.attr().orElseThrow().ipamSubnets().get(0).subnet().orElseThrow().ipPrefix()).contains("10.32.0.0");
    });
    assertThat(ipams.read(ipam.uuid().orElseThrow()).virtualNetworkBackRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(uuid);

    vns.update(read, VirtualNetwork.builder().from(read).displayName("pod network").build());
    assertThat(vns.read(uuid).networkIpamRefs()).hasSize(1);

    vns.replaceRefs(uuid, "network_ipam_refs", List.of());
    assertThat(vns.read(uuid).networkIpamRefs()).isEmpty();
    vns.ensureRef(uuid, "network-ipam", ipam.uuid().orElseThrow(), subnet("10.96.0.0", 12));
    assertThat(vns.read(uuid).networkIpamRefs()).singleElement()
        .satisfies(ref -> assertThat(ref.attr()).isPresent());
    vns.removeRef(uuid, "network-ipam", ipam.uuid().orElseThrow());
    assertThat(vns.read(uuid).networkIpamRefs()).isEmpty();
    assertThat(vns.read(uuid).displayName()).contains("pod network");
  }

  @Test
  void subInterface_vmiWithVlanTagAndVmiRef_isLinkedBothWaysAndBlocksDeleteOfItsParentPort() {
    VirtualNetwork vn = network("nodes", "10.10.0.0");
    VirtualMachine vm = vnc.resources(VirtualMachine.class).create(VirtualMachine.builder()
        .fqName(List.of("k8s-node-1")).build());
    ResourceOperations<VirtualMachineInterface> vmis = vnc.resources(VirtualMachineInterface.class);
    VirtualMachineInterface port = vmis.create(VirtualMachineInterface.builder().fqName(inProject("node-1-port"))
        .parentType("project").addVirtualNetworkRef(Reference.toUuid(vn.uuid().orElseThrow()))
        .addVirtualMachineRef(Reference.toUuid(vm.uuid().orElseThrow())).build());
    VirtualMachineInterface sub = vmis.create(VirtualMachineInterface.builder().fqName(inProject("pod-a"))
        .parentType("project").addVirtualNetworkRef(Reference.toUuid(vn.uuid().orElseThrow()))
        .virtualMachineInterfaceProperties(VirtualMachineInterfacePropertiesType.builder().subInterfaceVlanTag(100L).build())
        .addVirtualMachineInterfaceRef(Reference.toUuid(port.uuid().orElseThrow())).build());

    VirtualMachineInterface readSub = vmis.read(sub.uuid().orElseThrow());
    assertThat(readSub.virtualMachineInterfaceProperties().orElseThrow().subInterfaceVlanTag()).contains(100L);
    assertThat(readSub.virtualMachineInterfaceRefs()).extracting(r -> r.uuid().orElseThrow())
        .containsExactly(port.uuid().orElseThrow());
    assertThat(readSub.virtualMachineInterfaceMacAddresses()).isPresent();
    assertThat(vmis.read(port.uuid().orElseThrow()).virtualMachineInterfaceBackRefs())
        .extracting(r -> r.uuid().orElseThrow()).containsExactly(sub.uuid().orElseThrow());

    assertThatThrownBy(() -> vmis.delete(port.uuid().orElseThrow())).isInstanceOf(ObjectInUseException.class);
    vmis.delete(sub.uuid().orElseThrow());
    vmis.delete(port.uuid().orElseThrow());
  }

  @Test
  void instanceIp_getsAnAddressFromTheNetworkSubnet() {
    VirtualNetwork vn = network("pods", "10.20.0.0");
    VirtualMachineInterface vmi = vnc.resources(VirtualMachineInterface.class).create(VirtualMachineInterface.builder()
        .fqName(inProject("pod-b")).parentType("project")
        .addVirtualNetworkRef(Reference.toUuid(vn.uuid().orElseThrow())).build());
    ResourceOperations<InstanceIp> iips = vnc.resources(InstanceIp.class);
    InstanceIp iip = iips.create(InstanceIp.builder().fqName(List.of("pod-b-ip"))
        .addVirtualNetworkRef(Reference.toUuid(vn.uuid().orElseThrow()))
        .addVirtualMachineInterfaceRef(Reference.toUuid(vmi.uuid().orElseThrow())).build());
    InstanceIp read = iips.read(iip.uuid().orElseThrow());
    assertThat(read.instanceIpAddress()).hasValueSatisfying(ip -> assertThat(ip).startsWith("10.20.0."));
    assertThat(iips.list(ListQuery.builder().addBackRefId(vmi.uuid().orElseThrow()).build()))
        .extracting(i -> i.uuid().orElseThrow()).containsExactly(iip.uuid().orElseThrow());
    assertThatThrownBy(() -> vnc.resources(VirtualNetwork.class).delete(vn.uuid().orElseThrow()))
        .isInstanceOf(ObjectInUseException.class);
  }

  @Test
  void virtualRouter_refsItsVirtualMachine() {
    VirtualMachine vm = vnc.resources(VirtualMachine.class).create(VirtualMachine.builder().fqName(List.of("vm-x")).build());
    ResourceOperations<VirtualRouter> vrs = vnc.resources(VirtualRouter.class);
    VirtualRouter vr = vrs.create(VirtualRouter.builder()
        .fqName(List.of("default-global-system-config", "compute-1")).virtualRouterIpAddress("192.168.0.11")
        .addVirtualMachineRef(Reference.toUuid(vm.uuid().orElseThrow())).build());
    VirtualRouter read = vrs.read(vr.uuid().orElseThrow());
    assertThat(read.parentType()).contains("global-system-config");
    assertThat(read.virtualMachineRefs()).extracting(Reference::to).containsExactly(List.of("vm-x"));
    assertThat(vnc.resources(VirtualMachine.class).read(vm.uuid().orElseThrow()).virtualRouterBackRefs()).hasSize(1);
  }

  @Test
  void securityGroup_createOrGetIsIdempotent() {
    ResourceOperations<SecurityGroup> sgs = vnc.resources(SecurityGroup.class);
    SecurityGroup wanted = SecurityGroup.builder().fqName(inProject("k8s-default")).parentType("project").build();
    SecurityGroup first = sgs.createOrGet(wanted);
    SecurityGroup second = sgs.createOrGet(wanted);
    assertThat(second.uuid()).isEqualTo(first.uuid());
    assertThatThrownBy(() -> sgs.create(wanted)).isInstanceOf(ObjectExistsException.class);
    assertThat(sgs.count(ListQuery.builder().parentFqName(PROJECT).build())).isEqualTo(2);
  }

  @Test
  void globalVrouterConfig_linkLocalServiceUpdateSendsOnlyThatProperty() {
    ResourceOperations<GlobalVrouterConfig> gvcs = vnc.resources(GlobalVrouterConfig.class);
    GlobalVrouterConfig gvc = gvcs.readByFqName(List.of("default-global-system-config", "default-global-vrouter-config"),
        ReadOptions.withoutChildrenAndBackRefs());
    LinklocalServiceEntryType k8sApi = LinklocalServiceEntryType.builder().linklocalServiceName("k8s-api")
        .linklocalServiceIp("169.254.169.10").linklocalServicePort(6443L).addIpFabricServiceIp("10.0.0.5")
        .ipFabricServicePort(6443L).build();
    gvcs.update(gvc, GlobalVrouterConfig.builder().from(gvc)
        .linklocalServices(LinklocalServicesTypes.builder().addLinklocalServiceEntry(k8sApi).build()).build());
    assertThat(gvcs.read(gvc.uuid().orElseThrow()).linklocalServices().orElseThrow().linklocalServiceEntry())
        .containsExactly(k8sApi);
  }

  @Test
  void tag_isNamedByTypeAndValue_andSetTagAttachesIt() {
    ResourceOperations<Tag> tags = vnc.resources(Tag.class);
    Tag tag = tags.create(Tag.builder().fqName(List.of("application=k8s")).parentType("config-root")
        .tagTypeName("application").tagValue("k8s").build());
    assertThat(tag.fqName()).isEqualTo(List.of("application=k8s"));
    assertThat(tags.list(ListQuery.builder().filter("tag_value", "k8s").build()))
        .extracting(t -> t.uuid().orElseThrow()).containsExactly(tag.uuid().orElseThrow());
    VirtualNetwork vn = network("tagged", "10.30.0.0");
    vnc.setTag("virtual-network", vn.uuid().orElseThrow(), "application", "k8s", true);
    assertThat(vnc.resources(VirtualNetwork.class).read(vn.uuid().orElseThrow()).tagRefs())
        .extracting(r -> r.uuid().orElseThrow()).containsExactly(tag.uuid().orElseThrow());
  }
}
