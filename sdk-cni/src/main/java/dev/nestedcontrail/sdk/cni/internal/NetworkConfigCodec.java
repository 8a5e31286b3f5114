package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniNetworkConfig;
import dev.nestedcontrail.sdk.cni.VifType;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@code 10-contrail.conf}. The writer reproduces cni-init's layout exactly: keys
 * of the {@code contrail} section padded to one column, 3-space indent, a blank line at the end.
 */
public final class NetworkConfigCodec {
  private static final Set<String> TOP_KEYS = Set.of("cniVersion", "name", "type", "contrail");
  private static final Set<String> CONTRAIL_KEYS = Set.of("cluster-name", "mode", "meta-plugin",
      "vif-type", "parent-interface", "vrouter-ip", "vrouter-port", "config-dir", "poll-timeout",
      "poll-retries", "log-file", "log-level", "log-dir", "mtu");
  private static final int KEY_COLUMN = 20;

  private NetworkConfigCodec() {}

  public static CniNetworkConfig parse(String json) {
    return fromFields(JsonFields.parse(json, "network config"));
  }

  /** Builds the config from an already parsed object (the plugin's stdin). */
  public static CniNetworkConfig fromFields(JsonFields top) {
    List<String> problems = new ArrayList<>();
    CniNetworkConfig.Builder b = CniNetworkConfig.builder();
    top.string("cniVersion", problems).ifPresent(b::cniVersion);
    top.string("name", problems).ifPresentOrElse(b::name, () -> problems.add("name: missing"));
    top.string("type", problems).ifPresentOrElse(b::type, () -> problems.add("type: missing"));
    b.putAllUnknownKeys(top.rawExcept(TOP_KEYS));
    top.object("contrail", problems).ifPresent(c -> readContrail(c, b, problems));
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      throw invalid(e.problems());
    }
  }

  private static void readContrail(JsonFields c, CniNetworkConfig.Builder b, List<String> problems) {
    c.string("cluster-name", problems).ifPresent(b::clusterName);
    c.string("mode", problems).ifPresent(b::mode);
    c.string("meta-plugin", problems).ifPresent(b::metaPlugin);
    c.string("vif-type", problems).ifPresent(v -> VifType.fromWire(v).ifPresentOrElse(b::vifType,
        () -> problems.add("vif-type: '" + v + "' is not 'veth' or 'macvlan'")));
    c.string("parent-interface", problems).ifPresent(b::parentInterface);
    c.string("vrouter-ip", problems).ifPresent(b::vrouterIp);
    c.integer("vrouter-port", problems).ifPresent(b::vrouterPort);
    c.string("config-dir", problems).ifPresent(b::configDir);
    c.integer("poll-timeout", problems).ifPresent(s -> b.pollTimeout(Duration.ofSeconds(s)));
    c.integer("poll-retries", problems).ifPresent(b::pollRetries);
    c.string("log-file", problems).ifPresent(b::logFile);
    c.string("log-level", problems).ifPresent(b::logLevel);
    c.string("log-dir", problems).ifPresent(b::logDir);
    c.integer("mtu", problems).ifPresent(b::mtu);
    b.putAllUnknownContrailKeys(c.rawExcept(CONTRAIL_KEYS));
  }

  private static CniException invalid(List<String> problems) {
    return new CniException(CniErrorCode.INVALID_NETWORK_CONFIG, "invalid network config: "
        + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
        String.join("; ", problems));
  }

  public static String write(CniNetworkConfig config) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("   \"cniVersion\": ").append(Json.quote(config.cniVersion())).append(",\n");
    out.append("   \"contrail\" : {\n");
    List<String> entries = new ArrayList<>();
    config.clusterName().ifPresent(v -> entries.add(entry("cluster-name", Json.quote(v))));
    entries.add(entry("mode", Json.quote(config.mode())));
    config.metaPlugin().ifPresent(v -> entries.add(entry("meta-plugin", Json.quote(v))));
    entries.add(entry("vif-type", Json.quote(config.vifType().wire())));
    entries.add(entry("parent-interface", Json.quote(config.parentInterface())));
    entries.add(entry("vrouter-ip", Json.quote(config.vrouterIp())));
    entries.add(entry("vrouter-port", Integer.toString(config.vrouterPort())));
    entries.add(entry("config-dir", Json.quote(config.configDir())));
    entries.add(entry("poll-timeout", Long.toString(config.pollTimeout().toSeconds())));
    entries.add(entry("poll-retries", Integer.toString(config.pollRetries())));
    entries.add(entry("log-file", Json.quote(config.logFile())));
    entries.add(entry("log-level", Json.quote(config.logLevel())));
    config.logDir().ifPresent(v -> entries.add(entry("log-dir", Json.quote(v))));
    config.mtu().ifPresent(v -> entries.add(entry("mtu", Integer.toString(v))));
    config.unknownContrailKeys().forEach((k, v) -> entries.add(entry(k, v)));
    out.append(String.join(",\n", entries)).append("\n   },\n");
    out.append("   \"name\": ").append(Json.quote(config.name())).append(",\n");
    out.append("   \"type\": ").append(Json.quote(config.type()));
    for (Map.Entry<String, String> e : config.unknownKeys().entrySet()) {
      out.append(",\n   ").append(Json.quote(e.getKey())).append(": ").append(e.getValue());
    }
    return out.append("\n}\n\n").toString();
  }

  private static String entry(String key, String rawValue) {
    String quoted = Json.quote(key);
    String padding = " ".repeat(Math.max(1, KEY_COLUMN - quoted.length()));
    return "       " + quoted + padding + ": " + rawValue;
  }
}
