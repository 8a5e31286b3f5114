package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NodeStatus UVEs as the analytics API shows them (flat), and the {@code process-status} alarm
 * the alarm generator raises while a process is not functional.
 */
public final class NodeStatusUves {
  /** The alarm type Contrail's process-status alarm has. */
  public static final String PROCESS_STATUS_ALARM = "default-global-system-config:process-status";

  private NodeStatusUves() {}

  public static Map<String, Object> nodeStatus(NodeStatus status) {
    Map<String, Object> result = new LinkedHashMap<>();
    List<Object> processes = new ArrayList<>();
    for (ProcessStatus p : status.processStatus()) {
      Map<String, Object> process = new LinkedHashMap<>();
      process.put("module_id", p.moduleId());
      process.put("instance_id", p.instanceId());
      process.put("state", p.state().wireName());
      List<Object> connections = new ArrayList<>();
      for (ConnectionInfo c : p.connectionInfos()) {
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("type", c.type());
        connection.put("name", c.name());
        connection.put("server_addrs", List.copyOf(c.serverAddrs()));
        connection.put("status", c.status().wireName());
        c.description().ifPresent(d -> connection.put("description", d));
        connections.add(connection);
      }
      process.put("connection_infos", connections);
      p.description().ifPresent(d -> process.put("description", d));
      processes.add(process);
    }
    result.put("process_status", processes);
    status.description().ifPresent(d -> result.put("description", d));
    return result;
  }

  /** The {@code UVEAlarms} struct for {@code status}; empty when every process is functional. */
  public static Optional<Map<String, Object>> alarms(NodeStatus status, Instant now) {
    List<String> failing = new ArrayList<>();
    for (ProcessStatus p : status.processStatus()) {
      if (p.state() != ProcessState.FUNCTIONAL) {
        failing.add(p.moduleId() + (p.description().map(d -> " (" + d + ")").orElse("")));
      }
    }
    if (failing.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> alarm = new LinkedHashMap<>();
    alarm.put("type", PROCESS_STATUS_ALARM);
    alarm.put("severity", 0L);
    alarm.put("ack", false);
    alarm.put("timestamp", now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000L);
    alarm.put("description", "Process Failure: " + String.join(", ", failing) + " not functional");
    return Optional.of(Map.of("alarms", List.of(alarm)));
  }
}
