package dev.nestedcontrail.sdk.vnc.configdb;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One Cassandra node to contact first, as host and CQL native port (9042 on Contrail R2008/TF and
 * in {@code .ci/}, 9041 for the config DB in Contrail's containers). The driver discovers the other
 * nodes and fails over between contact points.
 */
@Value.Immutable
public abstract class ContactPoint {

  /** Host name or IP address; IPv6 addresses without brackets. */
  public abstract String host();

  /** CQL native transport port, 1 to 65535. */
  public abstract int port();

  public static ContactPoint of(String host, int port) {
    return builder().host(host).port(port).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses {@code host:port}, such as {@code 10.0.0.5:9041} or {@code [fd00::5]:9042}.
   *
   * @throws ValidationException when the text is not such an address
   */
  public static ContactPoint parse(String hostPort) {
    String text = hostPort.strip();
    int colon = text.lastIndexOf(':');
    String host = colon < 0 ? "" : text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = -1;
    try {
      port = colon < 0 ? -1 : Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (host.isEmpty() || port == -1) {
      throw ValidationException.of("contactPoint",
          "contactPoint: '" + hostPort + "' is not host:port (expected e.g. 10.0.0.5:9042)");
    }
    return of(host, port);
  }

  /**
   * Parses a comma-separated list such as {@code 10.0.0.5:9042,10.0.0.6:9042}; every bad entry is
   * reported.
   *
   * @throws ValidationException when the list is empty or an entry is not host:port
   */
  public static List<ContactPoint> parseList(String commaSeparated) {
    List<ContactPoint> points = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] parts = commaSeparated.split(",");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isBlank()) {
        continue;
      }
      int index = i;
      try {
        points.add(parse(parts[i]));
      } catch (ValidationException e) {
        e.problems().forEach(p -> problems.add("contactPoints[" + index + "]: " + p));
      }
    }
    if (points.isEmpty() && problems.isEmpty()) {
      problems.add("contactPoints: '" + commaSeparated + "' lists no node (expected host:port,...)");
    }
    ValidationException.throwIfAny("contactPoints", problems);
    return List.copyOf(points);
  }

  @Override
  public String toString() {
    return (host().contains(":") ? "[" + host() + "]" : host()) + ":" + port();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (host().isBlank() || host().chars().anyMatch(c -> c <= ' ' || c == '/' || c == ',')) {
      problems.add("host: '" + host() + "' is not a host name or IP address");
    }
    if (port() < 1 || port() > 65535) {
      problems.add("port: " + port() + " is out of range (expected 1 to 65535)");
    }
    ValidationException.throwIfAny("contactPoint", problems);
  }

  public static final class Builder extends ImmutableContactPoint.Builder {}
}
