package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniDns;
import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniInterface;
import dev.nestedcontrail.sdk.cni.CniIpConfig;
import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.CniRequest;
import dev.nestedcontrail.sdk.cni.CniResult;
import dev.nestedcontrail.sdk.cni.CniRoute;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceConfig;
import dev.nestedcontrail.sdk.cni.agent.VmInterfaceStatus;
import dev.nestedcontrail.sdk.cni.agent.VmRequest;
import dev.nestedcontrail.sdk.cni.agent.VrouterAgentClient;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.dataplane.InterfaceAddressing;
import dev.nestedcontrail.sdk.cni.dataplane.VlanLink;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ADD as Contrail's CNI does it. Nested ({@code macvlan}): poll {@code /vm-cfg} for VLAN and MAC,
 * remove a leftover VLAN link by alias, create {@code vlan<uuid11>} on the parent, a macvlan child
 * inside the pod as {@code CNI_IFNAME}, write the pod file, poll {@code /vm/<uuid>} and program
 * MAC, address, link up and default route. Non-nested ({@code veth}): a veth pair, {@code POST
 * /vm}, the same poll and programming. On failure everything created is removed again.
 */
final class AddCommand {
  private static final Logger logger = LoggerFactory.getLogger(AddCommand.class);

  private final DataPlane dataPlane;
  private final Clock clock;

  AddCommand(DataPlane dataPlane, Clock clock) {
    this.dataPlane = dataPlane;
    this.clock = clock;
  }

  CniResult run(CniRequest request, VrouterAgentClient agent) {
    CniNetworkConfig config = request.config();
    PodIdentity pod = PodIdentity.of(request);
    Instant deadline = clock.instant().plus(config.pollBudget());
    if (!dataPlane.namespaceExists(request.netns())) {
      throw new CniException(CniErrorCode.UNKNOWN_CONTAINER, "network namespace "
          + request.netns() + " does not exist", "CNI_NETNS must name an existing namespace");
    }
    PodFiles files = new PodFiles(Path.of(config.configDir()));
    return config.vifType() == VifType.MACVLAN
        ? nested(request, pod, agent, files, deadline)
        : veth(request, pod, agent, files, deadline);
  }

  private CniResult nested(CniRequest request, PodIdentity pod, VrouterAgentClient agent,
      PodFiles files, Instant deadline) {
    CniNetworkConfig config = request.config();
    VmInterfaceConfig vmi = agent.awaitVmConfig(pod.vmConfigKey(), remaining(deadline)).stream()
        .filter(c -> c.vlanId() > 0).findFirst().orElseThrow(() -> new CniException(
            CniErrorCode.AGENT_FAILURE, "the pod's interface has no VLAN id",
            "/vm-cfg/" + pod.vmConfigKey() + " lists no entry with vlan-id > 0; in nested mode"
                + " kube-manager sets sub_interface_vlan_tag on the pod's VMI"));
    String vmUuid = pod.podUid(vmi.vmUuid());
    VlanLink vlan;
    try {
      vlan = VlanLink.builder().name(PodIdentity.linkName("vlan", vmUuid))
          .parent(config.parentInterface()).vlanId(vmi.vlanId()).mtu(config.effectiveMtu())
          .build();
    } catch (ValidationException e) {
      throw new CniException(CniErrorCode.AGENT_FAILURE, "the agent's answer cannot be a VLAN link",
          "/vm-cfg/" + pod.vmConfigKey() + ": " + String.join("; ", e.problems()), e);
    }
    for (String leftover : dataPlane.linksWithAlias(vlan.alias())) {
      logger.debug("removing leftover link {} with alias {}", leftover, vlan.alias());
      dataPlane.deleteLink(leftover);
    }
    if (dataPlane.linkExists(vlan.name())) {
      throw new CniException(CniErrorCode.DATA_PLANE_FAILURE, "link " + vlan.name()
          + " already exists", "a second ADD for pod " + vmUuid + " without a DEL in between");
    }
    dataPlane.createVlan(vlan);
    try {
      dataPlane.createMacvlan(vlan.name(), PodIdentity.linkName("mac", vmUuid), request.netns(),
          request.ifName());
      files.write(vmRequest(request, pod, vmUuid, config.parentInterface()));
      return finish(request, agent, vmUuid, vmi.id(), vmi.macAddress(), deadline);
    } catch (RuntimeException e) {
      throw rollback(e, vlan.name(), files, vmUuid);
    }
  }

  private CniResult veth(CniRequest request, PodIdentity pod, VrouterAgentClient agent,
      PodFiles files, Instant deadline) {
    String uid = pod.podUid();
    String tap = PodIdentity.linkName("tap", uid);
    dataPlane.createVethPair(tap, PodIdentity.linkName("tmp", uid), request.netns(),
        request.ifName(), request.config().effectiveMtu());
    try {
      VmRequest vm = vmRequest(request, pod, uid, tap);
      files.write(vm);
      agent.addVm(vm);
      return finish(request, agent, uid, "", "", deadline);
    } catch (RuntimeException e) {
      throw rollback(e, tap, files, uid);
    }
  }

  private CniResult finish(CniRequest request, VrouterAgentClient agent, String vmUuid,
      String vmiUuid, String configMac, Instant deadline) {
    List<VmInterfaceStatus> ports = agent.awaitVm(vmUuid, remaining(deadline));
    VmInterfaceStatus port = ports.stream().filter(p -> p.id().equals(vmiUuid)).findFirst()
        .orElse(ports.get(0));
    if (port.ipAddress().isEmpty() || port.plen() <= 0) {
      throw new CniException(CniErrorCode.AGENT_FAILURE, "the agent reported no IP address",
          "/vm/" + vmUuid + " answered ip-address '" + port.ipAddress() + "' plen " + port.plen());
    }
    String mac = port.macAddress().isEmpty() ? configMac : port.macAddress();
    String cidr = port.ipAddress() + "/" + port.plen();
    InterfaceAddressing.Builder addressing = InterfaceAddressing.builder().address(cidr);
    if (!mac.isEmpty()) {
      addressing.macAddress(mac);
    }
    port.gateway().ifPresent(addressing::gateway);
    dataPlane.configure(request.netns(), request.ifName(), addressing.build());
    CniInterface.Builder itf = CniInterface.builder().name(request.ifName())
        .sandbox(request.netns());
    if (!mac.isEmpty()) {
      itf.mac(mac);
    }
    CniIpConfig.Builder ip = CniIpConfig.builder().address(cidr).interfaceIndex(0);
    port.gateway().ifPresent(ip::gateway);
    CniResult.Builder result = CniResult.builder().addInterface(itf.build()).addIp(ip.build());
    port.gateway().ifPresent(gw -> result.addRoute(CniRoute.of("0.0.0.0/0", gw)));
    port.dnsServer().ifPresent(dns -> result.dns(CniDns.builder().addNameserver(dns).build()));
    return result.build();
  }

  /** Removes what ADD created; a failure to do so is attached to the original failure. */
  private RuntimeException rollback(RuntimeException failure, String link, PodFiles files,
      String podUuid) {
    try {
      dataPlane.deleteLink(link);
      files.delete(podUuid);
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  private VmRequest vmRequest(CniRequest request, PodIdentity pod, String vmUuid, String hostIf) {
    return VmRequest.builder().time(clock.instant().toString()).vmId(request.containerId())
        .vmUuid(vmUuid).vmName(pod.vmName()).hostIfname(hostIf).vmIfname(request.ifName())
        .vmNamespace(request.netns()).build();
  }

  private Duration remaining(Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
