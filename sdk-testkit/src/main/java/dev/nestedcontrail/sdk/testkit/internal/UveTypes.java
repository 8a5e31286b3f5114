package dev.nestedcontrail.sdk.testkit.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * UVE type names of the analytics API and the Sandesh key tables they come from
 * ({@code ObjectVRouter} is the {@code vrouter} type). Key tables not listed map by rule:
 * {@code Object} dropped and the camel case hyphenated, so {@code ObjectKubernetesManagerNode}
 * is {@code kubernetes-manager-node}.
 */
public final class UveTypes {
  private static final Map<String, String> BY_KEY_TABLE = Map.of(
      "ObjectVRouter", "vrouter",
      "ObjectConfigNode", "config-node",
      "ObjectCollectorInfo", "analytics-node",
      "ObjectBgpRouter", "control-node",
      "ObjectDatabaseInfo", "database-node",
      "ObjectConfigDatabaseInfo", "config-database-node",
      "ObjectAnalyticsAlarmInfo", "analytics-alarm-node",
      "ObjectGeneratorInfo", "generator");

  /** The types every analytics API lists; the value says whether it is a global system object. */
  public static final Map<String, Boolean> DEFAULT_TYPES = Map.ofEntries(
      Map.entry("vrouter", true), Map.entry("config-node", true), Map.entry("analytics-node", true),
      Map.entry("control-node", true), Map.entry("database-node", true), Map.entry("config-database-node", true),
      Map.entry("analytics-alarm-node", true), Map.entry("kubernetes-manager-node", true), Map.entry("generator", true), Map.entry("virtual-network", false),
      Map.entry("virtual-machine", false), Map.entry("virtual-machine-interface", false));

  private static final Set<String> GLOBAL_SUFFIXES = Set.of("-node", "vrouter", "generator");

  private UveTypes() {}

  /** The UVE type of Sandesh key table {@code keyTable}. */
  public static String ofKeyTable(String keyTable) {
    String known = BY_KEY_TABLE.get(keyTable);
    if (known != null) {
      return known;
    }
    String rest = keyTable.startsWith("Object") ? keyTable.substring("Object".length()) : keyTable;
    return rest.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Whether a type not in {@link #DEFAULT_TYPES} is a global system object (a node type). */
  public static boolean global(String type) {
    return DEFAULT_TYPES.getOrDefault(type, GLOBAL_SUFFIXES.stream().anyMatch(type::endsWith));
  }
}
