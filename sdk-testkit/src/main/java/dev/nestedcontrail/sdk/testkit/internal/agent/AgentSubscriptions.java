package dev.nestedcontrail.sdk.testkit.internal.agent;

import dev.nestedcontrail.sdk.testkit.VrouterAgentRelease;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's VM-VN subscriptions ({@code POST /vm}, {@code DELETE /vm/<uuid>}) and gateway
 * interfaces ({@code POST}/{@code DELETE /gateway}), with the agent's checks. Thread-safe.
 */
public final class AgentSubscriptions {
  private static final List<String> VM_MEMBERS = List.of("vm-uuid", "vm-name", "host-ifname");
  private static final List<String> VM_MEMBERS_R2008 = List.of("vm-uuid", "vm-name",
      "host-ifname", "vn-uuid", "vmi-uuid");
  private static final List<String> GATEWAY_MEMBERS = List.of("interface", "routing-instance");

  /** By VM uuid (R5.0) or VM uuid + "/" + VMI uuid (R2008). */
  private final Map<String, Map<String, Object>> vms = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> gateways = new LinkedHashMap<>();

  /** {@code POST /vm}: one subscription (or an array of them, all or none). */
  public synchronized void addVm(String body, VrouterAgentRelease release) {
    List<Map<String, Object>> requests = AgentJson.objects(AgentJson.parse(body), body);
    List<String> members = release == VrouterAgentRelease.R5_0 ? VM_MEMBERS : VM_MEMBERS_R2008;
    for (Map<String, Object> r : requests) {
      AgentJson.require(r, members, List.of(), body);
      if (!AgentJson.isUuid((String) r.get("vm-uuid"))) {
        throw AgentError.refused("invalid VM uuid " + r.get("vm-uuid"));
      }
      if (release == VrouterAgentRelease.R2008 && !AgentJson.isUuid((String) r.get("vmi-uuid"))) {
        throw AgentError.refused("invalid VMI uuid " + r.get("vmi-uuid"));
      }
    }
    for (Map<String, Object> r : requests) {
      String key = release == VrouterAgentRelease.R5_0 ? (String) r.get("vm-uuid")
          : r.get("vm-uuid") + "/" + r.get("vmi-uuid");
      vms.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(r)));
    }
  }

  /** {@code DELETE /vm/<uuid>}: drops the VM's subscriptions; unknown VMs are no error. */
  public synchronized void deleteVm(String vmUuid) {
    vms.keySet().removeIf(k -> k.equals(vmUuid) || k.startsWith(vmUuid + "/"));
  }

  /** The subscriptions this agent has, in the order they were added. */
  public synchronized List<Map<String, Object>> vms() {
    return new ArrayList<>(vms.values());
  }

  /** {@code POST /gateway}: an array of gateway interfaces, all or none. */
  public synchronized void addGateways(String body) {
    List<Map<String, Object>> requests = AgentJson.arrayOfObjects(AgentJson.parse(body), body);
    for (Map<String, Object> r : requests) {
      AgentJson.require(r, GATEWAY_MEMBERS, List.of(), body);
      checkPrefixes(r, "subnets", body);
      checkPrefixes(r, "routes", body);
    }
    requests.forEach(r -> gateways.put((String) r.get("interface"),
        Collections.unmodifiableMap(new LinkedHashMap<>(r))));
  }

  private static void checkPrefixes(Map<String, Object> gateway, String member, String body) {
    Object list = gateway.get(member);
    if (!(list instanceof List)) {
      AgentJson.require(Map.of(), List.of(member), List.of(), body);
    }
    for (Map<String, Object> prefix : AgentJson.arrayOfObjects(list, body)) {
      AgentJson.require(prefix, List.of("ip-address", "prefix-len"), List.of("prefix-len"), body);
    }
  }

  /** {@code DELETE /gateway}: an array of {@code {"interface": name}}; unknown ones are no error. */
  public synchronized void deleteGateways(String body) {
    List<Map<String, Object>> requests = AgentJson.arrayOfObjects(AgentJson.parse(body), body);
    for (Map<String, Object> r : requests) {
      AgentJson.require(r, List.of("interface"), List.of(), body);
    }
    requests.forEach(r -> gateways.remove((String) r.get("interface")));
  }

  /** The gateway interfaces this agent has, by interface name. */
  public synchronized Map<String, Map<String, Object>> gateways() {
    return new LinkedHashMap<>(gateways);
  }
}
