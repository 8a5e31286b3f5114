package dev.nestedcontrail.sdk.testkit.it.vnc.configdb;

import dev.nestedcontrail.sdk.testkit.ApiServerRows;

/**
 * A small underlay written as the api-server writes it: domain and project, a network-ipam, virtual
 * networks (one with a VnSubnetsType ref to the ipam, annotations and fat-flow list), a virtual
 * machine with its interface and instance-ip, a virtual-router, and the global-vrouter-config with
 * link-local services. Uuids are chosen so that uuid order differs from creation order.
 */
final class Underlay {
  static final String DOMAIN = "0d000000-0000-4000-8000-000000000001";
  static final String PROJECT = "0d000000-0000-4000-8000-000000000002";
  static final String IPAM = "0d000000-0000-4000-8000-000000000003";
  static final String VN1 = "f1000000-0000-4000-8000-000000000001";
  static final String VN2 = "01000000-0000-4000-8000-000000000002";
  static final String VN10 = "a1000000-0000-4000-8000-000000000010";
  static final String VN_ACCENT = "b1000000-0000-4000-8000-0000000000e9";
  static final String VN_GONE = "c1000000-0000-4000-8000-000000000009";
  static final String VM = "5e000000-0000-4000-8000-000000000001";
  static final String VMI = "7a000000-0000-4000-8000-000000000001";
  static final String IIP = "11000000-0000-4000-8000-000000000001";
  static final String GSC = "9c000000-0000-4000-8000-000000000001";
  static final String VROUTER = "9c000000-0000-4000-8000-000000000002";
  static final String GVC = "9c000000-0000-4000-8000-000000000003";
  static final String MISSING_POLICY = "dead0000-0000-4000-8000-000000000001";

  static final String ID_PERMS = "{\"uuid\": {\"uuid_mslong\": 17365880163140632576, \"uuid_lslong\": 9223372036854775807},"
      + " \"enable\": true, \"created\": \"2026-11-26T10:00:00.123456\", \"last_modified\": \"2026-11-26T10:00:00.123456\","
      + " \"user_visible\": true, \"description\": null, \"creator\": null,"
      + " \"permissions\": {\"owner\": \"cloud-admin\", \"owner_access\": 7, \"other_access\": 7, \"group\": \"cloud-admin-group\", \"group_access\": 7}}";
  static final String SUBNETS_ATTR = "{\"ipam_subnets\": [{\"subnet\": {\"ip_prefix\": \"10.10.0.0\", \"ip_prefix_len\": 24},"
      + " \"default_gateway\": \"10.10.0.1\", \"dns_server_address\": \"10.10.0.2\", \"enable_dhcp\": true,"
      + " \"addr_from_start\": true, \"subnet_uuid\": \"5b000000-0000-4000-8000-000000000001\", \"alloc_unit\": 1}],"
      + " \"host_routes\": null}";
  static final String METADATA_SERVICE = "{\"linklocal_service_name\": \"metadata\", \"linklocal_service_ip\": \"169.254.169.254\","
      + " \"linklocal_service_port\": 80, \"ip_fabric_DNS_service_name\": \"\", \"ip_fabric_service_port\": 8775,"
      + " \"ip_fabric_service_ip\": [\"192.168.0.1\"]}";

  private Underlay() {}

  static void load(ApiServerRows rows) {
    rows.object("domain", DOMAIN, "default-domain").prop("id_perms", ID_PERMS).create();
    rows.object("project", PROJECT, "default-domain", "proj").parent("domain", DOMAIN)
        .prop("id_perms", ID_PERMS).prop("display_name", "\"proj\"").create();
    rows.object("network-ipam", IPAM, "default-domain", "proj", "ipam1").parent("project", PROJECT)
        .prop("network_ipam_mgmt", "{\"ipam_dns_method\": \"default-dns-server\"}")
        .listProp("ipam_subnets", "{\"subnet\": {\"ip_prefix\": \"10.20.0.0\", \"ip_prefix_len\": 16}}")
        .create();
    rows.object("virtual-network", VN1, "default-domain", "proj", "vn1").parent("project", PROJECT)
        .prop("id_perms", ID_PERMS)
        .prop("display_name", "\"vn1\"")
        .prop("virtual_network_properties", "{\"forwarding_mode\": \"l2_l3\", \"rpf\": \"enable\", \"allow_transit\": false}")
        .prop("perms2", "{\"owner\": \"0d000000000040008000000000000002\", \"owner_access\": 7, \"global_access\": 0, \"share\": []}")
        .listProp("virtual_network_fat_flow_protocols",
            "{\"protocol\": \"tcp\", \"port\": 22, \"ignore_address\": \"none\"}",
            "{\"protocol\": \"udp\", \"port\": 53, \"ignore_address\": \"none\"}")
        .mapEntry("annotations", "b", "{\"key\": \"b\", \"value\": \"2\"}")
        .mapEntry("annotations", "a", "{\"key\": \"a\", \"value\": \"1\"}")
        .ref("network-ipam", IPAM, SUBNETS_ATTR)
        .create();
    rows.object("virtual-network", VN2, "default-domain", "proj", "vn2").parent("project", PROJECT)
        .prop("display_name", "\"vn2\"").ref("network-policy", MISSING_POLICY, null).create();
    rows.object("virtual-network", VN10, "default-domain", "proj", "vn10").parent("project", PROJECT).create();
    rows.object("virtual-network", VN_ACCENT, "default-domain", "proj", "réseau").parent("project", PROJECT).create();
    rows.object("virtual-network", VN_GONE, "default-domain", "proj", "vn-gone").parent("project", PROJECT).create();
    rows.deleteRowOnly(VN_GONE);
    rows.object("virtual-machine", VM, VM).prop("display_name", "\"node-1\"").create();
    rows.object("virtual-machine-interface", VMI, "default-domain", "proj", "vmi1").parent("project", PROJECT)
        .prop("virtual_machine_interface_mac_addresses", "{\"mac_address\": [\"02:aa:bb:cc:dd:ee\"]}")
        .mapEntry("virtual_machine_interface_bindings", "vnic_type", "{\"key\": \"vnic_type\", \"value\": \"normal\"}")
        .mapEntry("virtual_machine_interface_bindings", "host_id", "{\"key\": \"host_id\", \"value\": \"compute-1\"}")
        .ref("virtual-network", VN1, null)
        .ref("virtual-machine", VM, null)
        .create();
    rows.object("instance-ip", IIP, "iip1")
        .prop("instance_ip_address", "\"10.10.0.3\"").prop("instance_ip_family", "\"v4\"")
        .ref("virtual-network", VN1, null).ref("virtual-machine-interface", VMI, null)
        .create();
    rows.object("global-system-config", GSC, "default-global-system-config").prop("autonomous_system", "64512").create();
    rows.object("virtual-router", VROUTER, "default-global-system-config", "compute-1").parent("global-system-config", GSC)
        .prop("virtual_router_ip_address", "\"192.168.0.11\"").ref("virtual-machine", VM, null).create();
    rows.object("global-vrouter-config", GVC, "default-global-system-config", "default-global-vrouter-config")
        .parent("global-system-config", GSC)
        .prop("linklocal_services", "{\"linklocal_service_entry\": [" + METADATA_SERVICE + "]}")
        .prop("encapsulation_priorities", "{\"encapsulation\": [\"MPLSoUDP\", \"MPLSoGRE\", \"VXLAN\"]}")
        .create();
  }
}
