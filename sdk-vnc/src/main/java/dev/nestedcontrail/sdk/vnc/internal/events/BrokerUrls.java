package dev.nestedcontrail.sdk.vnc.internal.events;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code amqp://user:password@host:port/vhost} lists into a {@link BrokerConfig}. */
public final class BrokerUrls {

  private BrokerUrls() {}

  public static BrokerConfig parse(String commaSeparatedUrls) {
    List<String> problems = new ArrayList<>();
    List<Endpoint> endpoints = new ArrayList<>();
    Optional<String> userInfo = Optional.empty();
    Optional<String> virtualHost = Optional.empty();
    String[] parts = commaSeparatedUrls.split(",");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (part.isEmpty()) {
        continue;
      }
      URI uri;
      try {
        uri = new URI(part);
      } catch (URISyntaxException e) {
        problems.add("brokers[" + i + "]: not a URL (" + e.getReason() + ")");
        continue;
      }
      if (uri.getScheme() == null || uri.getHost() == null) {
        problems.add("brokers[" + i + "]: not a broker URL (expected amqp://host:port)");
        continue;
      }
      String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
      try {
        endpoints.add(Endpoint.parse(uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "")
            .replaceFirst(":\\d+$", "") + port));
      } catch (ValidationException e) {
        for (String problem : e.problems()) {
          problems.add("brokers[" + i + "]: " + problem);
        }
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      Optional<String> vhost = path.isEmpty() || "/".equals(path) ? Optional.empty()
          : Optional.of(decode(path.substring(1)));
      virtualHost = agree("virtualHost", i, virtualHost, vhost, problems, true);
      userInfo = agree("login", i, userInfo, Optional.ofNullable(uri.getRawUserInfo()), problems, false);
    }
    if (endpoints.isEmpty() && problems.isEmpty()) {
      problems.add("brokers: '" + commaSeparatedUrls + "' lists no broker (expected amqp://host:port)");
    }
    ValidationException.throwIfAny("broker URLs", problems);
    BrokerConfig.Builder config = BrokerConfig.builder().endpoints(Endpoints.of(endpoints));
    virtualHost.ifPresent(config::virtualHost);
    userInfo.ifPresent(info -> {
      int colon = info.indexOf(':');
      config.userName(decode(colon < 0 ? info : info.substring(0, colon)));
      if (colon >= 0) {
        config.password(decode(info.substring(colon + 1)));
      }
    });
    return config.build();
  }

  private static Optional<String> agree(String field, int index, Optional<String> known, Optional<String> found,
      List<String> problems, boolean showValues) {
    if (found.isEmpty()) {
      return known;
    }
    if (known.isPresent() && !known.equals(found)) {
      problems.add("brokers[" + index + "]: " + field
          + (showValues ? " '" + found.get() + "' differs from '" + known.get() + "'" : " differs from an earlier entry's"));
      return known;
    }
    return found;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
