package dev.nestedcontrail.sdk.testkit.internal.lab;

import static dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay.DOMAIN;
import static dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay.NETWORK;
import static dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay.NETWORK_UUID;
import static dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay.PROJECT;
import static dev.nestedcontrail.sdk.testkit.internal.lab.LabUnderlay.PROJECT_UUID;

import java.util.List;
import java.util.Map;

/**
 * Creates the lab's underlay through the config API's REST contract, as Neutron and Nova would:
 * the project, the node network with its subnet on the default IPAM, a virtual-router per compute,
 * and per VM the virtual-machine, its port (VMI, bound to its compute by {@code host_id}) and its
 * instance-ip.
 */
public final class UnderlayLoader {
  private static final List<String> DEFAULT_IPAM =
      List.of(DOMAIN, "default-project", "default-network-ipam");

  private UnderlayLoader() {}

  public static void load(ConfigHttp config) {
    config.post("/projects", wrap("project", Map.of("uuid", PROJECT_UUID,
        "fq_name", List.of(DOMAIN, PROJECT), "parent_type", "domain")));
    Map<String, Object> subnet = Map.of("subnet", Map.of("ip_prefix", LabUnderlay.SUBNET,
            "ip_prefix_len", LabUnderlay.SUBNET_LENGTH),
        "default_gateway", LabUnderlay.GATEWAY, "dns_server_address", LabUnderlay.DNS_SERVER);
    config.post("/virtual-networks", wrap("virtual-network", Map.of("uuid", NETWORK_UUID,
        "fq_name", List.of(DOMAIN, PROJECT, NETWORK), "parent_type", "project",
        "network_ipam_refs", List.of(Map.of("to", DEFAULT_IPAM,
            "attr", Map.of("ipam_subnets", List.of(subnet)))))));
    for (LabVm vm : LabUnderlay.VMS) {
      config.post("/virtual-machines", wrap("virtual-machine", Map.of("uuid", vm.uuid(),
          "fq_name", List.of(vm.uuid()), "display_name", vm.name())));
    }
    for (LabCompute compute : LabUnderlay.COMPUTES) {
      List<Object> vms = LabUnderlay.VMS.stream().filter(vm -> vm.compute().equals(compute))
          .map(vm -> (Object) Map.of("to", List.of(vm.uuid()))).toList();
      config.post("/virtual-routers", wrap("virtual-router", Map.of(
          "fq_name", List.of("default-global-system-config", compute.name()),
          "parent_type", "global-system-config", "virtual_router_ip_address", compute.ip(),
          "virtual_machine_refs", vms)));
    }
    for (LabVm vm : LabUnderlay.VMS) {
      config.post("/virtual-machine-interfaces", wrap("virtual-machine-interface", Map.of(
          "uuid", vm.vmiUuid(), "fq_name", List.of(DOMAIN, PROJECT, vm.name() + "-port"),
          "parent_type", "project",
          "virtual_network_refs", List.of(Map.of("to", List.of(DOMAIN, PROJECT, NETWORK))),
          "virtual_machine_refs", List.of(Map.of("to", List.of(vm.uuid()))),
          "virtual_machine_interface_mac_addresses", Map.of("mac_address", List.of(vm.mac())),
          "virtual_machine_interface_bindings", Map.of("key_value_pair", List.of(
              Map.of("key", "host_id", "value", vm.compute().name()),
              Map.of("key", "vnic_type", "value", "normal"))))));
      config.post("/instance-ips", wrap("instance-ip", Map.of("uuid", vm.instanceIpUuid(),
          "fq_name", List.of(vm.instanceIpUuid()), "instance_ip_address", vm.ip(),
          "virtual_network_refs", List.of(Map.of("to", List.of(DOMAIN, PROJECT, NETWORK))),
          "virtual_machine_interface_refs", List.of(Map.of("to",
              List.of(DOMAIN, PROJECT, vm.name() + "-port"))))));
    }
  }

  private static Map<String, Object> wrap(String type, Map<String, Object> body) {
    return Map.of(type, body);
  }
}
