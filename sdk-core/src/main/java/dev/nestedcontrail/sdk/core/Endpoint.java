package dev.nestedcontrail.sdk.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One server: scheme ({@code http} or {@code https}; {@code amqp} or {@code amqps} for message
 * brokers), host, port and an optional base path that is put in front of every request path (for
 * example {@code /identity} for a Keystone behind a proxy). Its {@link #toString()} is the base
 * URL, such as {@code http://10.0.0.1:8082}.
 */
@Value.Immutable
public abstract class Endpoint {

  /** {@code http}, {@code https}, {@code amqp} or {@code amqps}. */
  public abstract String scheme();

  /** Host name or IP address; IPv6 addresses without brackets. */
  public abstract String host();

  /** TCP port, 1 to 65535. */
  public abstract int port();

  private static final Map<String, Integer> DEFAULT_PORTS =
      Map.of("http", 80, "https", 443, "amqp", 5672, "amqps", 5671);

  /** Path prefix without a trailing slash; empty for none. */
  @Value.Default
  public String basePath() {
    return "";
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Endpoint of(String scheme, String host, int port) {
    return builder().scheme(scheme).host(host).port(port).build();
  }

  /**
   * Parses a URL such as {@code http://10.0.0.1:8082} or {@code https://keystone:5000/identity}.
   * Without a port, the scheme's default is used: 80, 443, 5672 ({@code amqp}) or 5671 ({@code amqps}).
   *
   * @throws ValidationException when the text is not such a URL
   */
  public static Endpoint parse(String url) {
    String text = url.strip();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw ValidationException.of("endpoint", "endpoint: '" + url + "' is not a URL ("
          + e.getReason() + "); expected scheme://host:port such as http://10.0.0.1:8082");
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getQuery() != null
        || uri.getFragment() != null || uri.getUserInfo() != null) {
      throw ValidationException.of("endpoint", "endpoint: '" + url
          + "' is not a server URL; expected scheme://host:port such as http://10.0.0.1:8082");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() != -1 ? uri.getPort() : DEFAULT_PORTS.getOrDefault(scheme, 80);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return builder().scheme(scheme).host(host).port(port).basePath(path).build();
  }

  /** Joins the base path and {@code path} (which starts with {@code /}) into a full URL. */
  public String url(String path) {
    return this + basePath() + path;
  }

  @Override
  public String toString() {
    String h = host().contains(":") ? "[" + host() + "]" : host();
    return scheme() + "://" + h + ":" + port();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (!DEFAULT_PORTS.containsKey(scheme())) {
      problems.add("scheme: '" + scheme() + "' is not supported (expected http, https, amqp or amqps)");
    }
    if (host().isBlank() || host().chars().anyMatch(c -> c <= ' ' || c == '/')) {
      problems.add("host: '" + host() + "' is not a host name or IP address");
    }
    if (port() < 1 || port() > 65535) {
      problems.add("port: " + port() + " is out of range (expected 1 to 65535)");
    }
    if (!basePath().isEmpty() && (!basePath().startsWith("/") || basePath().endsWith("/"))) {
      problems.add("basePath: '" + basePath() + "' must start with '/' and not end with '/'");
    }
    ValidationException.throwIfAny("endpoint", problems);
  }

  public static final class Builder extends ImmutableEndpoint.Builder {}
}
