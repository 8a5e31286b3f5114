package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.ServerType;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterface;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachineInterfacePropertiesType;
import java.util.List;
import java.util.Map;

/**
 * Builds a nested pod's VM, VMI and instance-ip as kube-manager does (contrail-internals §2.3,
 * §3): VM {@code <pod>__<uid>} with uuid = pod UID and server type {@code container}; VMI
 * {@code <pod>__<uuid>} under the project, a sub-interface
 * ({@code sub_interface_vlan_tag}) whose first VMI ref is the node VM's VMI; instance-ip of the
 * same name on the pod network's subnet.
 */
public final class PodGraph {
  private final KubeManagerConfig config;
  private final Names names;

  public PodGraph(KubeManagerConfig config) {
    this.config = config;
    this.names = new Names(config);
  }

  public PodObjects build(PodView pod, PodPlacement placement) {
    List<String> project = names.project(pod.namespace());
    Map<String, String> common = Annotations.common(config.clusterOwner(), config.clusterName(),
        project.get(1), pod.namespace(), pod.name(), "Pod");
    Map<String, String> vmAnnotations = new java.util.LinkedHashMap<>(common);
    vmAnnotations.put(Annotations.K8S_UUID, pod.uid());
    vmAnnotations.put("labels", Annotations.labelsJson(pod.labels()));
    String vmName = names.podVm(pod.name(), pod.uid());
    VirtualMachine vm = VirtualMachine.builder()
        .uuid(pod.uid())
        .name(vmName)
        .fqName(List.of(vmName))
        .displayName(names.podVmDisplay(pod.namespace(), pod.name()))
        .serverType(ServerType.CONTAINER)
        .annotations(Annotations.of(vmAnnotations))
        .build();
    String vmiName = names.podVmi(pod.name(), pod.uid());
    VirtualMachineInterface vmi = VirtualMachineInterface.builder()
        .uuid(Names.podVmiUuid(pod.uid()))
        .name(vmiName)
        .fqName(Names.child(project, vmiName))
        .parentType("project")
        .displayName(vmiName)
        .portSecurityEnabled(true)
        .virtualMachineInterfaceProperties(VirtualMachineInterfacePropertiesType.builder()
            .subInterfaceVlanTag((long) placement.vlan()).build())
        .addVirtualMachineInterfaceRefs(Reference.toUuid(placement.parentInterfaceUuid()))
        .addVirtualMachineRefs(Reference.toUuid(pod.uid()))
        .addVirtualNetworkRefs(Reference.toFqName(placement.network()))
        .addSecurityGroupRefs(Reference.toFqName(placement.securityGroup()))
        .tagRefs(placement.tags())
        .annotations(Annotations.of(common))
        .build();
    InstanceIp iip = InstanceIp.builder()
        .uuid(Names.podIipUuid(pod.uid()))
        .name(vmiName)
        .fqName(List.of(vmiName))
        .displayName(vmiName)
        .subnetUuid(placement.subnetUuid())
        .addVirtualNetworkRefs(Reference.toFqName(placement.network()))
        .addVirtualMachineInterfaceRefs(Reference.toUuid(vmi.uuid().orElseThrow()))
        .annotations(Annotations.of(common))
        .build();
    return PodObjects.builder().virtualMachine(vm).virtualMachineInterface(vmi).instanceIp(iip)
        .parentInterfaceUuid(placement.parentInterfaceUuid()).build();
  }
}
