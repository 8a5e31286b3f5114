package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniCommand;
import dev.nestedcontrail.sdk.cni.CniErrorCode;
import dev.nestedcontrail.sdk.cni.CniException;
import dev.nestedcontrail.sdk.cni.CniRequest;
import dev.nestedcontrail.sdk.cni.CniVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns stdin and the {@code CNI_*} environment into a {@link CniRequest}, checking in the order
 * the reference plugins do: command, JSON, version, environment, {@code CNI_ARGS}, config.
 */
public final class RequestParser {
  private static final Pattern CONTAINER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.\\-]*");
  private static final Set<String> KNOWN_ARGS = Set.of("IgnoreUnknown", "K8S_POD_NAMESPACE",
      "K8S_POD_NAME", "K8S_POD_UID", "K8S_POD_INFRA_CONTAINER_ID");
  private static final Map<String, Set<CniCommand>> REQUIRED_ENV = Map.of(
      "CNI_CONTAINERID", EnumSet.of(CniCommand.ADD, CniCommand.DEL, CniCommand.CHECK),
      "CNI_NETNS", EnumSet.of(CniCommand.ADD, CniCommand.CHECK),
      "CNI_IFNAME", EnumSet.of(CniCommand.ADD, CniCommand.DEL, CniCommand.CHECK),
      "CNI_PATH", EnumSet.of(CniCommand.ADD, CniCommand.DEL, CniCommand.CHECK, CniCommand.GC));

  private RequestParser() {}

  /** The command; VERSION needs nothing else. */
  public static CniCommand command(Map<String, String> env) {
    String value = env.get("CNI_COMMAND");
    if (value == null || value.isEmpty()) {
      throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "CNI_COMMAND is not set",
          "set CNI_COMMAND to one of " + Arrays.toString(CniCommand.values()));
    }
    return CniCommand.fromWire(value).orElseThrow(() -> new CniException(
        CniErrorCode.INVALID_ENVIRONMENT, "unknown CNI_COMMAND: " + value,
        "expected one of " + Arrays.toString(CniCommand.values())));
  }

  /** The version a config asks for, read before anything else so errors can be written in it. */
  public static CniVersion version(JsonFields config) {
    List<String> problems = new ArrayList<>();
    String wire = config.string("cniVersion", problems).orElse("");
    return CniVersion.fromWire(wire).orElseThrow(() -> new CniException(
        CniErrorCode.INCOMPATIBLE_VERSION,
        wire.isEmpty() ? "the network config has no cniVersion"
            : "incompatible CNI version " + wire,
        "this plugin supports " + String.join(", ", CniVersion.supportedWireVersions())));
  }

  public static CniRequest parse(CniCommand command, JsonFields config, Map<String, String> env) {
    CniVersion version = version(config);
    requireCommandInVersion(command, version);
    List<String> missing = new ArrayList<>();
    REQUIRED_ENV.forEach((name, commands) -> {
      if (commands.contains(command) && env.getOrDefault(name, "").isEmpty()) {
        missing.add(name);
      }
    });
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "required environment variables "
          + missing + " missing", command + " needs " + String.join(", ", missing));
    }
    String containerId = env.getOrDefault("CNI_CONTAINERID", "");
    if (!containerId.isEmpty() && !CONTAINER_ID.matcher(containerId).matches()) {
      throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "invalid CNI_CONTAINERID",
          "'" + containerId + "' must start with a letter or digit and contain only letters,"
              + " digits, '_', '.' and '-'");
    }
    String ifName = env.getOrDefault("CNI_IFNAME", "");
    if (!ifName.isEmpty() && !InterfaceNames.isValid(ifName)) {
      throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "invalid CNI_IFNAME",
          "'" + ifName + "' " + InterfaceNames.RULE);
    }
    CniRequest.Builder b = CniRequest.builder().command(command).cniVersion(version)
        .containerId(containerId).netns(env.getOrDefault("CNI_NETNS", "")).ifName(ifName)
        .putAllArgs(args(env.getOrDefault("CNI_ARGS", "")))
        .config(NetworkConfigCodec.fromFields(config));
    for (String dir : env.getOrDefault("CNI_PATH", "").split(":")) {
      if (!dir.isEmpty()) {
        b.addPath(dir);
      }
    }
    List<String> problems = new ArrayList<>();
    config.object("prevResult", problems).map(ResultCodec::parse).ifPresent(b::prevResult);
    if (!problems.isEmpty()) {
      throw new CniException(CniErrorCode.INVALID_NETWORK_CONFIG, "invalid prevResult",
          String.join("; ", problems));
    }
    return b.build();
  }

  private static void requireCommandInVersion(CniCommand command, CniVersion version) {
    if (!version.supports(command)) {
      throw new CniException(CniErrorCode.INCOMPATIBLE_VERSION, "config version " + version
          + " does not allow " + command, command + " needs cniVersion "
          + (command == CniCommand.CHECK ? "0.4.0" : "1.1.0") + " or later");
    }
  }

  /** Parses {@code K1=V1;K2=V2}; unknown keys fail unless {@code IgnoreUnknown} is true or 1. */
  static Map<String, String> args(String cniArgs) {
    Map<String, String> args = new LinkedHashMap<>();
    if (cniArgs.isEmpty()) {
      return args;
    }
    for (String pair : cniArgs.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new CniException(CniErrorCode.INVALID_ENVIRONMENT, "invalid CNI_ARGS",
            "'" + pair + "' is not KEY=VALUE (pairs are separated by ';')");
      }
      args.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    String ignore = args.getOrDefault("IgnoreUnknown", "");
    boolean ignoreUnknown = ignore.equalsIgnoreCase("true") || ignore.equals("1");
    List<String> unknown = new ArrayList<>();
    for (String key : args.keySet()) {
      if (!KNOWN_ARGS.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty() && !ignoreUnknown) {
      throw new CniException(CniErrorCode.UNSUPPORTED_FIELD, "unknown CNI_ARGS " + unknown,
          "supported: " + KNOWN_ARGS.stream().sorted().toList() + "; add IgnoreUnknown=1 to"
              + " ignore the others");
    }
    args.keySet().removeAll(unknown);
    return args;
  }
}
