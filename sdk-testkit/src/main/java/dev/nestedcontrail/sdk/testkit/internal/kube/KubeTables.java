package dev.nestedcontrail.sdk.testkit.internal.kube;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Server-side printing ({@code Accept: application/json;as=Table;v=v1;g=meta.k8s.io}), as
 * {@code kubectl get} asks for it: a {@code meta.k8s.io/v1} Table with the columns the real server
 * prints for nodes, pods and DaemonSets, and Name and Age for every other kind.
 */
final class KubeTables {
  private KubeTables() {}

  private record Column(String name, String type, Function<Map<String, Object>, Object> cell) {}

  /** Whether {@code accept} prefers a Table. */
  static boolean wanted(Optional<String> accept) {
    return accept.map(a -> a.split(",")[0].contains("as=Table")).orElse(false);
  }

  static Map<String, Object> table(KubeResource resource, List<Map<String, Object>> objects, long version, Instant now) {
    List<Column> columns = columns(resource.kind(), now);
    List<Object> definitions = new ArrayList<>();
    for (Column c : columns) {
      definitions.add(Map.of("name", c.name(), "type", c.type(), "format", c.name().equals("Name") ? "name" : "",
          "description", c.name(), "priority", 0L));
    }
    List<Object> rows = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      rows.add(Map.of("cells", columns.stream().map(c -> c.cell().apply(o)).toList(), "object", o));
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("kind", "Table");
    table.put("apiVersion", "meta.k8s.io/v1");
    table.put("metadata", Map.of("resourceVersion", Long.toString(version)));
    table.put("columnDefinitions", definitions);
    table.put("rows", rows);
    return table;
  }

  private static List<Column> columns(String kind, Instant now) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("Name", "string", KubeStore::nameOf));
    switch (kind) {
      case "Node":
        columns.add(new Column("Status", "string", o -> NodeMatcher.ready(o) ? "Ready" : "NotReady"));
        columns.add(new Column("Roles", "string", KubeTables::roles));
        break;
      case "Pod":
        columns.add(new Column("Ready", "string", o -> readyContainers(o)));
        columns.add(new Column("Status", "string", o -> Trees.string(o, "status", "phase").orElse("Pending")));
        columns.add(new Column("Restarts", "string", o -> "0"));
        break;
      case "DaemonSet":
        for (String[] c : new String[][] {{"Desired", "desiredNumberScheduled"}, {"Current", "currentNumberScheduled"},
            {"Ready", "numberReady"}, {"Up-to-date", "updatedNumberScheduled"}, {"Available", "numberAvailable"}}) {
          columns.add(new Column(c[0], "integer", o -> Trees.at(o, "status", c[1]).orElse(0L)));
        }
        break;
      default:
        break;
    }
    columns.add(new Column("Age", "string", o -> age(o, now)));
    if (kind.equals("Node")) {
      columns.add(new Column("Version", "string", o -> Trees.string(o, "status", "nodeInfo", "kubeletVersion")
          .orElse("")));
    }
    return columns;
  }

  private static String roles(Map<String, Object> node) {
    String roles = Trees.strings(node, "metadata", "labels").keySet().stream()
        .filter(k -> k.startsWith("node-role.kubernetes.io/"))
        .map(k -> k.substring("node-role.kubernetes.io/".length())).collect(Collectors.joining(","));
    return roles.isEmpty() ? "<none>" : roles;
  }

  private static String readyContainers(Map<String, Object> pod) {
    List<Map<String, Object>> statuses = Trees.maps(pod, "status", "containerStatuses");
    long ready = statuses.stream().filter(s -> Boolean.TRUE.equals(s.get("ready"))).count();
    return ready + "/" + Trees.list(pod, "spec", "containers").size();
  }

  /** The age as kubectl prints it: {@code 42s}, {@code 5m}, {@code 3h}, {@code 2d}. */
  private static String age(Map<String, Object> object, Instant now) {
    Duration age = Trees.string(object, "metadata", "creationTimestamp").map(Instant::parse)
        .map(t -> Duration.between(t, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    if (age.toMinutes() < 2) {
      return age.toSeconds() + "s";
    }
    if (age.toHours() < 2) {
      return age.toMinutes() + "m";
    }
    return age.toDays() < 2 ? age.toHours() + "h" : age.toDays() + "d";
  }
}
