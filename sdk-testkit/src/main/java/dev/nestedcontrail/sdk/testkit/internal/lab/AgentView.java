package dev.nestedcontrail.sdk.testkit.internal.lab;

import dev.nestedcontrail.sdk.testkit.VrouterAgentRelease;
import dev.nestedcontrail.sdk.testkit.internal.JsonMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a vrouter agent on one compute knows, read from the config API: the VMIs bound to the
 * compute ({@code virtual_machine_interface_bindings} {@code host_id}) and, per VMI, its VM,
 * network, MAC, VLAN and instance-ip, in the agent's {@code /vm-cfg} and {@code /vm} shapes.
 */
public final class AgentView {
  private final ConfigHttp config;
  private final String hostId;

  public AgentView(ConfigHttp config, String hostId) {
    this.config = config;
    this.hostId = hostId;
  }

  /**
   * {@code GET /vm-cfg/<key>}: the key is the VM uuid or its name. R5.0 names the VM {@code
   * instance-id}; R2008 names it {@code vm-uuid} and adds {@code vn-name} and {@code annotations}.
   */
  public List<Map<String, Object>> vmConfigs(String key, VrouterAgentRelease release) {
    boolean r5 = release == VrouterAgentRelease.R5_0;
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> vmi : vmisOf(key, Optional.empty())) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", vmi.get("uuid"));
      entry.put(r5 ? "instance-id" : "vm-uuid", vmUuid(vmi).orElse(""));
      network(vmi).ifPresent(vn -> {
        entry.put("vn-id", vn.get("uuid"));
        if (!r5) {
          entry.put("vn-name", String.join(":", strings(vn.get("fq_name"))));
        }
      });
      entry.put("mac-address", mac(vmi));
      int vlan = vlan(vmi);
      entry.put("sub-interface", vlan > 0);
      entry.put("vlan-id", vlan);
      if (!r5) {
        entry.put("annotations", annotations(vmi));
      }
      out.add(entry);
    }
    return out;
  }

  /** {@code GET /vm/<vm uuid>[/<vmi uuid>]}: the operational view, with the instance-ip. */
  public List<Map<String, Object>> vmStatuses(String vmUuid, Optional<String> vmiUuid) {
    List<Map<String, Object>> out = new ArrayList<>();
    vmisOf(vmUuid, vmiUuid).forEach(vmi -> out.add(status(vmi)));
    return out;
  }

  /** The operational view of one VMI bound to this compute; empty when there is none. */
  public List<Map<String, Object>> vmiStatus(String vmiUuid) {
    return read("virtual-machine-interface", vmiUuid).filter(this::boundHere)
        .filter(vmi -> vmUuid(vmi).isPresent()).map(vmi -> List.of(status(vmi)))
        .orElse(List.of());
  }

  private Map<String, Object> status(Map<String, Object> vmi) {
    Map<String, Object> entry = new LinkedHashMap<>();
    String id = (String) vmi.get("uuid");
    entry.put("id", id);
    entry.put("instance-id", vmUuid(vmi).orElse(""));
    entry.put("ip-address", instanceIp(vmi).orElse("0.0.0.0"));
    Optional<Map<String, Object>> vn = network(vmi);
    Optional<Map<String, Object>> subnet = vn.flatMap(AgentView::firstSubnet);
    entry.put("plen", subnet.flatMap(s -> JsonMaps.object(s, "subnet"))
        .map(s -> ((Number) s.get("ip_prefix_len")).intValue()).orElse(32));
    subnet.flatMap(s -> JsonMaps.string(s, "default_gateway")).ifPresent(g -> entry.put("gateway", g));
    subnet.flatMap(s -> JsonMaps.string(s, "dns_server_address"))
        .ifPresent(d -> entry.put("dns-server", d));
    entry.put("mac-address", mac(vmi));
    vn.ifPresent(v -> entry.put("vn-id", v.get("uuid")));
    JsonMaps.string(vmi, "parent_uuid").ifPresent(p -> entry.put("vm-project-id", p));
    entry.put("system-name", "tap" + id.substring(0, 11));
    int vlan = vlan(vmi);
    if (vlan > 0) {
      entry.put("rx-vlan-id", vlan);
      entry.put("tx-vlan-id", vlan);
    }
    return entry;
  }

  /** The VMI's {@code annotations} as the agent renders them: {@code "{key:value}"} strings. */
  private static List<String> annotations(Map<String, Object> vmi) {
    List<String> out = new ArrayList<>();
    JsonMaps.object(vmi, "annotations").stream()
        .flatMap(a -> JsonMaps.list(a, "key_value_pair").stream())
        .forEach(kv -> out.add("{" + ((Map<?, ?>) kv).get("key") + ":"
            + ((Map<?, ?>) kv).get("value") + "}"));
    return out;
  }

  private List<Map<String, Object>> vmisOf(String vmKey, Optional<String> vmiUuid) {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> list = config.get("/virtual-machine-interfaces").orElse(Map.of());
    for (Object ref : JsonMaps.list(list, "virtual-machine-interfaces")) {
      String uuid = String.valueOf(((Map<?, ?>) ref).get("uuid"));
      if (vmiUuid.isPresent() && !vmiUuid.get().equals(uuid)) {
        continue;
      }
      Optional<Map<String, Object>> vmi = read("virtual-machine-interface", uuid);
      if (vmi.isPresent() && boundHere(vmi.get()) && belongsTo(vmi.get(), vmKey)) {
        out.add(vmi.get());
      }
    }
    return out;
  }

  /**
   * Bound to this compute itself, or a nested pod's sub-interface whose parent (its {@code
   * virtual_machine_interface_refs}) is.
   */
  private boolean boundHere(Map<String, Object> vmi) {
    return hasHostBinding(vmi) || firstRef(vmi, "virtual_machine_interface_refs")
        .flatMap(parent -> read("virtual-machine-interface", parent))
        .filter(this::hasHostBinding).isPresent();
  }

  private boolean hasHostBinding(Map<String, Object> vmi) {
    return JsonMaps.object(vmi, "virtual_machine_interface_bindings").stream()
        .flatMap(b -> JsonMaps.list(b, "key_value_pair").stream())
        .anyMatch(kv -> "host_id".equals(((Map<?, ?>) kv).get("key"))
            && hostId.equals(((Map<?, ?>) kv).get("value")));
  }

  private boolean belongsTo(Map<String, Object> vmi, String key) {
    Optional<String> uuid = vmUuid(vmi);
    if (uuid.isEmpty()) {
      return false;
    }
    if (uuid.get().equals(key)) {
      return true;
    }
    return read("virtual-machine", uuid.get()).map(vm -> key.equals(vm.get("display_name"))
        || strings(vm.get("fq_name")).contains(key)).orElse(false);
  }

  private static Optional<String> vmUuid(Map<String, Object> vmi) {
    return firstRef(vmi, "virtual_machine_refs");
  }

  private Optional<Map<String, Object>> network(Map<String, Object> vmi) {
    return firstRef(vmi, "virtual_network_refs").flatMap(uuid -> read("virtual-network", uuid));
  }

  private Optional<String> instanceIp(Map<String, Object> vmi) {
    return firstRef(vmi, "instance_ip_back_refs").flatMap(uuid -> read("instance-ip", uuid))
        .flatMap(ip -> JsonMaps.string(ip, "instance_ip_address"));
  }

  private static Optional<Map<String, Object>> firstSubnet(Map<String, Object> vn) {
    for (Object ref : JsonMaps.list(vn, "network_ipam_refs")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> attr = JsonMaps.object((Map<String, Object>) ref, "attr").orElse(Map.of());
      for (Object subnet : JsonMaps.list(attr, "ipam_subnets")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) subnet;
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String mac(Map<String, Object> vmi) {
    return JsonMaps.object(vmi, "virtual_machine_interface_mac_addresses")
        .map(m -> JsonMaps.list(m, "mac_address")).filter(l -> !l.isEmpty())
        .map(l -> String.valueOf(l.get(0))).orElse("00:00:00:00:00:00");
  }

  private static int vlan(Map<String, Object> vmi) {
    return JsonMaps.object(vmi, "virtual_machine_interface_properties")
        .map(p -> p.get("sub_interface_vlan_tag")).filter(Number.class::isInstance)
        .map(n -> ((Number) n).intValue()).orElse(0);
  }

  private static Optional<String> firstRef(Map<String, Object> object, String field) {
    return JsonMaps.list(object, field).stream().map(r -> ((Map<?, ?>) r).get("uuid"))
        .filter(String.class::isInstance).map(String.class::cast).findFirst();
  }

  private Optional<Map<String, Object>> read(String type, String uuid) {
    return config.get("/" + type + "/" + uuid).flatMap(body -> JsonMaps.object(body, type));
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List) {
      ((List<?>) value).forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }
}
