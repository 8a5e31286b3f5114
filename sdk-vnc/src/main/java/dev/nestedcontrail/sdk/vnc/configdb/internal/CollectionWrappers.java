package dev.nestedcontrail.sdk.vnc.configdb.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The list and map properties of Contrail's schema ({@code ListProperty} / {@code MapProperty} in
 * vnc_cfg.xsd and its includes) and the one field of their wrapper type. The config DB stores
 * their elements without the wrapper, one column each ({@code propl:<name>:<position>},
 * {@code propm:<name>:<key>}); the config API adds the wrapper back when it answers, and so does
 * {@link ObjectAssembler}.
 */
final class CollectionWrappers {
  private static final Map<String, String> WRAPPER_FIELD = Map.ofEntries(
      Map.entry("annotations", "key_value_pair"),
      Map.entry("virtual_machine_interface_bindings", "key_value_pair"),
      Map.entry("service_instance_bindings", "key_value_pair"),
      Map.entry("encryption_tunnel_endpoints", "endpoint"),
      Map.entry("dscp_entries", "qos_id_forwarding_class_pair"),
      Map.entry("vlan_priority_entries", "qos_id_forwarding_class_pair"),
      Map.entry("mpls_exp_entries", "qos_id_forwarding_class_pair"),
      Map.entry("port_translation_pools", "port_translation_pool"),
      Map.entry("ipam_subnets", "subnets"),
      Map.entry("virtual_machine_interface_fat_flow_protocols", "fat_flow_protocol"),
      Map.entry("virtual_network_fat_flow_protocols", "fat_flow_protocol"),
      Map.entry("floating_ip_port_mappings", "port_mappings"),
      Map.entry("multicast_source_groups", "multicast_source_group"),
      Map.entry("route_target_list", "route_target"),
      Map.entry("import_route_target_list", "route_target"),
      Map.entry("export_route_target_list", "route_target"),
      Map.entry("job_template_playbooks", "playbook_info"),
      Map.entry("job_template_executables", "executable_info"),
      Map.entry("fabric_credentials", "device_credential"),
      Map.entry("commit_diff_list", "commit_diff_info"),
      Map.entry("service_group_firewall_service_list", "firewall_service"),
      Map.entry("address_group_prefix", "subnet"),
      Map.entry("match_tags", "tag_list"),
      Map.entry("alarm_rules", "or_list"),
      Map.entry("user_defined_log_statistics", "statlist"));

  private CollectionWrappers() {}

  /** The wrapper field of collection property {@code property}; empty when it has none or is unknown. */
  static Optional<String> wrapperField(String property) {
    return Optional.ofNullable(WRAPPER_FIELD.get(property));
  }
}
