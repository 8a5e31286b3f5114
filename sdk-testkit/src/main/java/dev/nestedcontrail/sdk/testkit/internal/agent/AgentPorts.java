package dev.nestedcontrail.sdk.testkit.internal.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent's port table ({@code POST /port}, {@code GET}/{@code DELETE /port/<uuid>}, {@code
 * /syncports}, {@code /enable-port}, {@code /disable-port}) with the agent's checks and messages.
 * {@code /syncports} starts a new version; ports not added again within the stale-cleanup delay
 * after it are dropped, as the agent's stale-port cleaner does. Thread-safe.
 */
public final class AgentPorts {
  /** The members {@code POST /port} must have, in the order the agent checks them. */
  private static final List<String> MEMBERS = List.of("id", "instance-id", "vn-id",
      "vm-project-id", "display-name", "system-name", "ip-address", "ip6-address", "mac-address",
      "type", "rx-vlan-id", "tx-vlan-id");
  private static final List<String> INTS = List.of("type", "rx-vlan-id", "tx-vlan-id");
  private static final int REMOTE_PORT = 2;

  private record Port(Map<String, Object> fields, long version) {}

  private final Map<String, Port> ports = new LinkedHashMap<>();
  private long version;
  private Optional<Instant> lastSync = Optional.empty();

  /** {@code POST /port}: one object or an array (all or none). */
  public synchronized void add(String body, Instant now, Duration staleAfter) {
    purge(now, staleAfter);
    List<Map<String, Object>> requests = AgentJson.objects(AgentJson.parse(body), body);
    requests.forEach(r -> validate(r, body));
    for (Map<String, Object> r : requests) {
      ports.put((String) r.get("id"), new Port(new LinkedHashMap<>(r), version));
    }
  }

  private static void validate(Map<String, Object> r, String body) {
    AgentJson.require(r, MEMBERS, INTS, body);
    StringBuilder err = new StringBuilder();
    if (!isIp4((String) r.get("ip-address")) && !isIp6((String) r.get("ip6-address"))) {
      err.append("Neither Ipv4 nor IPv6 address is correct, ");
    }
    if (!AgentJson.isUuid((String) r.get("id"))) {
      err.append("invalid port uuid, ");
    }
    if (!AgentJson.isUuid((String) r.get("instance-id"))) {
      err.append("invalid instance uuid, ");
    }
    int type = AgentJson.integer(r, "type").orElseThrow();
    boolean vmPort = type != 1 && type != REMOTE_PORT;
    if (vmPort && !AgentJson.isUuid((String) r.get("vn-id"))) {
      err.append("invalid VN uuid, ");
    }
    if (vmPort && !AgentJson.isUuid((String) r.get("vm-project-id"))) {
      err.append("invalid VM project uuid, ");
    }
    String mac = (String) r.get("mac-address");
    if (mac.chars().filter(c -> c == ':').count() != 5) {
      err.append("Invalid MAC, Use xx:xx:xx:xx:xx:xx format");
    }
    if (AgentJson.integer(r, "rx-vlan-id").orElseThrow() != -1
        && AgentJson.integer(r, "tx-vlan-id").orElseThrow() == -1) {
      err.append("Invalid request. RX (isolated) vlan set, but TX vlan not set");
    }
    if (err.length() > 0) {
      throw AgentError.refused(err.toString());
    }
  }

  /** The port as added, if this agent has it. */
  public synchronized Optional<Map<String, Object>> port(String uuid, Instant now,
      Duration staleAfter) {
    purge(now, staleAfter);
    return Optional.ofNullable(ports.get(uuid))
        .map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p.fields())));
  }

  /** Every port this agent has, by uuid, in the order they were first added. */
  public synchronized List<String> uuids(Instant now, Duration staleAfter) {
    purge(now, staleAfter);
    return new ArrayList<>(ports.keySet());
  }

  /** {@code DELETE /port/<uuid>}: always succeeds, known or not. */
  public synchronized void delete(String uuid) {
    ports.remove(uuid);
  }

  /** {@code POST /syncports}: a new version; older ports go stale after {@code staleAfter}. */
  public synchronized void sync(Instant now, Duration staleAfter) {
    purge(now, staleAfter);
    version++;
    lastSync = Optional.of(now);
  }

  /** {@code PUT /enable-port/<uuid>} or {@code /disable-port/<uuid>}: remote ports only. */
  public synchronized void linkState(String uuid, boolean up, Instant now, Duration staleAfter) {
    purge(now, staleAfter);
    Port port = ports.get(uuid);
    if (port == null) {
      throw AgentError.refused("Port " + uuid + " not found");
    }
    if (AgentJson.integer(port.fields(), "type").orElse(0) != REMOTE_PORT) {
      throw AgentError.refused("Port " + uuid + " is not a remote port; link-state is for type 2");
    }
    port.fields().put("link-state", up ? 1L : 0L);
  }

  private void purge(Instant now, Duration staleAfter) {
    if (lastSync.isPresent() && !now.isBefore(lastSync.get().plus(staleAfter))) {
      ports.values().removeIf(p -> p.version() < version);
      lastSync = Optional.empty();
    }
  }

  private static boolean isIp4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIp6(String text) {
    return text.contains(":") && text.matches("[0-9a-fA-F:.]+")
        && text.chars().filter(c -> c == ':').count() <= 7;
  }
}
