package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.connectivity.Connectivity;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceRole;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the topology file format (see {@link UnderlayTopology}) strictly: unknown keys, values of
 * the wrong type and malformed addresses are all reported at once, each naming its key, together
 * with the problems the topology's own validation finds in the keys that did parse.
 */
public final class TopologyReader {

  private static final List<String> SUBNET_KEYS =
      List.of("serviceIpPool", "podSubnet", "serviceSubnet", "ipFabricSubnet");

  private final UnderlayTopology.Builder builder = UnderlayTopology.builder();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> badKeys = new LinkedHashSet<>();

  private TopologyReader() {}

  /**
   * Parses {@code text} (YAML or JSON).
   *
   * @param source names the input in the error message, such as the file name
   * @throws ValidationException listing every problem
   */
  public static UnderlayTopology read(String text, String source) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw ValidationException.of(source, "not valid YAML or JSON: " + e.getMessage());
    }
    if (!(root instanceof Map)) {
      throw ValidationException.of(source,
          "top level: expected a map of topology keys, got " + typeOf(root));
    }
    return new TopologyReader().readMap((Map<?, ?>) root, source);
  }

  private UnderlayTopology readMap(Map<?, ?> root, String source) {
    for (Map.Entry<?, ?> entry : root.entrySet()) {
      String key = String.valueOf(entry.getKey());
      readKey(key, entry.getValue());
    }
    if (badKeys.contains("connectivity")) {
      // Which option's rules apply is unknown: report what is wrong under both.
      List<String> common = checkProblems(builder.connectivity(Connectivity.FABRIC_SNAT));
      common.retainAll(checkProblems(builder.connectivity(Connectivity.LINK_LOCAL_ONLY)));
      problems.addAll(common);
    } else {
      problems.addAll(checkProblems(builder));
    }
    ValidationException.throwIfAny(source, problems);
    return builder.build();
  }

  /** The topology's own problems, without those of keys that failed to parse (they would repeat). */
  private List<String> checkProblems(UnderlayTopology.Builder candidate) {
    try {
      candidate.build();
      return new ArrayList<>();
    } catch (ValidationException e) {
      return e.problems().stream().filter(p -> !concernsBadKey(p))
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  private void readKey(String key, Object value) {
    Optional<ServiceRole> role = Arrays.stream(ServiceRole.values())
        .filter(r -> r.key().equals(key)).findFirst();
    if (role.isPresent()) {
      addresses(key, value).forEach(ip -> addNode(role.get(), ip));
      return;
    }
    switch (key) {
      case "connectivity" -> string(key, value).ifPresent(this::connectivity);
      case "serviceIps" -> builder.addAllServiceIps(addresses(key, value));
      case "excludeIps" -> builder.addAllExcludeIps(addresses(key, value));
      case "nodeNetwork" -> string(key, value).ifPresent(builder::nodeNetwork);
      case "ports" -> ports(value);
      default -> {
        if (SUBNET_KEYS.contains(key)) {
          cidr(key, value).ifPresent(cidr -> setSubnet(key, cidr));
        } else {
          problem(key, key + ": unknown key (expected one of " + knownKeys() + ")");
        }
      }
    }
  }

  private void connectivity(String value) {
    Optional<Connectivity> connectivity = Connectivity.ofFileName(value);
    if (connectivity.isPresent()) {
      builder.connectivity(connectivity.get());
    } else {
      problem("connectivity", "connectivity: " + value + " is not one of "
          + Arrays.stream(Connectivity.values()).map(Connectivity::fileName)
              .collect(Collectors.joining(", ")));
    }
  }

  private void addNode(ServiceRole role, Ipv4Address ip) {
    switch (role) {
      case CONFIG -> builder.addConfig(ip);
      case ANALYTICS -> builder.addAnalytics(ip);
      case MSG_QUEUE -> builder.addMsgQueue(ip);
      case CONFIG_DB -> builder.addConfigDb(ip);
      case KEYSTONE -> builder.addKeystone(ip);
      case VROUTER -> builder.addVrouter(ip);
    }
  }

  private void setSubnet(String key, Ipv4Cidr cidr) {
    switch (key) {
      case "serviceIpPool" -> builder.serviceIpPool(cidr);
      case "podSubnet" -> builder.podSubnet(cidr);
      case "serviceSubnet" -> builder.serviceSubnet(cidr);
      default -> builder.ipFabricSubnet(cidr);
    }
  }

  private void ports(Object value) {
    if (!(value instanceof Map)) {
      problem("ports", "ports: expected a map of role to port, got " + typeOf(value));
      return;
    }
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      String field = "ports." + entry.getKey();
      Optional<ServiceRole> role = ServiceRole.ofPortKey(String.valueOf(entry.getKey()));
      Object port = entry.getValue();
      if (role.isEmpty()) {
        problem("ports", field + ": unknown role (expected one of " + Arrays.stream(
            ServiceRole.values()).map(ServiceRole::portKey).collect(Collectors.joining(", ")) + ")");
      } else if (port instanceof BigInteger || port instanceof Long) {
        problem("ports", field + ": " + port + " is not a port number (1-65535)");
      } else if (port instanceof Integer) {
        builder.putPort(role.get(), (Integer) port);
      } else {
        problem("ports", field + ": expected an integer port, got " + typeOf(port));
      }
    }
  }

  private List<Ipv4Address> addresses(String key, Object value) {
    if (!(value instanceof List)) {
      problem(key, key + ": expected a list of IPv4 addresses, got " + typeOf(value));
      return List.of();
    }
    List<Ipv4Address> result = new ArrayList<>();
    List<?> items = (List<?>) value;
    for (int i = 0; i < items.size(); i++) {
      String field = key + "[" + i + "]";
      Object item = items.get(i);
      if (!(item instanceof String)) {
        problem(key, field + ": expected an IPv4 address string, got " + typeOf(item));
        continue;
      }
      Optional<Ipv4Address> ip = Ipv4Address.parse((String) item);
      if (ip.isPresent()) {
        result.add(ip.get());
      } else {
        problem(key, field + ": " + item + " is not an IPv4 address");
      }
    }
    return result;
  }

  private Optional<Ipv4Cidr> cidr(String key, Object value) {
    Optional<String> text = string(key, value);
    Optional<String> problem = text.flatMap(Ipv4Cidr::problem);
    problem.ifPresent(p -> problem(key, key + ": " + p));
    return problem.isPresent() ? Optional.empty() : text.map(Ipv4Cidr::of);
  }

  private Optional<String> string(String key, Object value) {
    if (value instanceof String) {
      return Optional.of((String) value);
    }
    problem(key, key + ": expected a string, got " + typeOf(value));
    return Optional.empty();
  }

  private void problem(String key, String problem) {
    badKeys.add(key);
    problems.add(problem);
  }

  /** Whether a validation problem is about a key that already failed to parse. */
  private boolean concernsBadKey(String problem) {
    return badKeys.stream().anyMatch(key -> problem.startsWith(key + ":")
        || problem.startsWith(key + "[") || problem.startsWith(key + "."));
  }

  private static String knownKeys() {
    List<String> keys = new ArrayList<>(List.of("connectivity", "serviceIpPool", "serviceIps",
        "excludeIps", "nodeNetwork"));
    Arrays.stream(ServiceRole.values()).map(ServiceRole::key).forEach(keys::add);
    keys.addAll(List.of("ports", "podSubnet", "serviceSubnet", "ipFabricSubnet"));
    return String.join(", ", keys);
  }

  private static String typeOf(Object value) {
    if (value == null) {
      return "no value";
    }
    if (value instanceof String) {
      return "the string \"" + value + "\"";
    }
    if (value instanceof Map) {
      return "a map";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Boolean) {
      return "the boolean " + value;
    }
    if (value instanceof Number) {
      return "the number " + value;
    }
    return "a " + value.getClass().getSimpleName();
  }
}
