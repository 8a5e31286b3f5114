package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.vnc.model.InstanceIp;
import dev.nestedcontrail.sdk.vnc.model.Reference;
import dev.nestedcontrail.sdk.vnc.model.VirtualMachine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the VMIs an endpoint address stands for (contrail-internals §2.5, Endpoints): the VM is
 * the pod's (uuid = pod UID) or, for an address without a pod in nested mode, the node VM holding
 * that IP in the cluster network; its members are those of the VM's VMIs that hold an
 * instance-ip with the endpoint's address, as the Python kube-manager filters them.
 */
final class MemberTargets {
  private final VncOps vnc;
  private final UnderlayLookup underlay;
  private final boolean nested;

  MemberTargets(VncOps vnc, UnderlayLookup underlay, boolean nested) {
    this.vnc = vnc;
    this.underlay = underlay;
    this.nested = nested;
  }

  /** The member targets of an address; empty while its pod is not wired (or no VM has it). */
  List<MemberTarget> resolve(EndpointAddress address) {
    Optional<String> vm = address.podUid()
        .or(() -> nested ? underlay.hostVm(address.ip()) : Optional.empty());
    if (vm.isEmpty()) {
      return List.of();
    }
    List<String> vmis = vnc.find(VirtualMachine.class, vm.get())
        .map(v -> uuids(v.virtualMachineInterfaceBackRefs())).orElse(List.of());
    if (vmis.isEmpty()) {
      return List.of();
    }
    Set<String> holding = underlay.instanceIps(address.ip()).stream()
        .flatMap(iip -> uuids(iip.virtualMachineInterfaceRefs()).stream())
        .collect(Collectors.toSet());
    return vmis.stream().filter(holding::contains).map(vmi -> MemberTarget.of(vm.get(), vmi))
        .toList();
  }

  private static List<String> uuids(List<Reference<Void>> refs) {
    return refs.stream().flatMap(r -> r.uuid().stream()).toList();
  }
}
