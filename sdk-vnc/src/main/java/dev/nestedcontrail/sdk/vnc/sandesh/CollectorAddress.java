package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** A collector's TCP address, such as {@code 10.0.0.5:8086}. */
@Value.Immutable
public abstract class CollectorAddress {

  /** The collector's default port. */
  public static final int DEFAULT_PORT = 8086;

  @Value.Parameter
  public abstract String host();

  @Value.Parameter
  public abstract int port();

  public static CollectorAddress of(String host, int port) {
    return ImmutableCollectorAddress.of(host, port);
  }

  /**
   * Parses {@code host:port} or {@code host} (port 8086); IPv6 addresses go in brackets.
   *
   * @throws ValidationException when the text is not such an address
   */
  public static CollectorAddress parse(String text) {
    String t = text.strip();
    int colon = t.lastIndexOf(':');
    boolean bracketed = t.startsWith("[");
    if (bracketed && t.indexOf(']') < colon || !bracketed && colon > 0 && t.indexOf(':') == colon) {
      String portText = t.substring(colon + 1);
      try {
        return of(unbracket(t.substring(0, colon)), Integer.parseInt(portText));
      } catch (NumberFormatException e) {
        throw ValidationException.of("collector address", "port: '" + portText + "' in '" + text + "' is not a number");
      }
    }
    return of(unbracket(t), DEFAULT_PORT);
  }

  /**
   * Parses a list separated by commas or spaces, as in {@code collectors=a:8086 b:8086}.
   *
   * @throws ValidationException naming every bad entry
   */
  public static List<CollectorAddress> parseList(String text) {
    List<CollectorAddress> result = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String part : text.strip().split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        result.add(parse(part));
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (result.isEmpty() && problems.isEmpty()) {
      problems.add("collectors: '" + text + "' lists no address");
    }
    ValidationException.throwIfAny("collector addresses", problems);
    return List.copyOf(result);
  }

  @Override
  public String toString() {
    return (host().contains(":") ? "[" + host() + "]" : host()) + ":" + port();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (host().isBlank() || host().chars().anyMatch(c -> c <= ' ' || c == '/' || c == '[' || c == ']')) {
      problems.add("host: '" + host() + "' is not a host name or IP address");
    }
    if (port() < 1 || port() > 65535) {
      problems.add("port: " + port() + " is out of range (expected 1 to 65535)");
    }
    ValidationException.throwIfAny("collector address", problems);
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
