package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.TlsConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.internal.events.BrokerUrls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * How to reach Contrail's RabbitMQ: the brokers ({@code amqp://host:5673} or {@code amqps://...},
 * tried in order with failover), the login, the virtual host and TLS trust for {@code amqps}.
 * Contrail's containers run RabbitMQ on port 5673 with user and password {@code guest}.
 */
@Value.Immutable
public abstract class BrokerConfig {

  /** The brokers, each {@code amqp} or {@code amqps}. */
  public abstract Endpoints endpoints();

  @Value.Default
  public String userName() {
    return "guest";
  }

  @Value.Redacted
  @Value.Default
  public String password() {
    return "guest";
  }

  /** The virtual host; {@code /} by default. */
  @Value.Default
  public String virtualHost() {
    return "/";
  }

  /** Which certificates {@code amqps} brokers may present; the JVM's trust store by default. */
  @Value.Default
  public TlsConfig tls() {
    return TlsConfig.systemTrust();
  }

  /** How long opening a connection (TCP, TLS and AMQP handshake) may take; 10 s by default. */
  @Value.Default
  public Duration connectionTimeout() {
    return Duration.ofSeconds(10);
  }

  /**
   * The AMQP heartbeat, which detects a dead broker or a silently dropped flow (vrouter ages idle
   * flows); 30 s by default, zero turns it off (Contrail's own default).
   */
  @Value.Default
  public Duration heartbeat() {
    return Duration.ofSeconds(30);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The brokers with user and password {@code guest} and virtual host {@code /}. */
  public static BrokerConfig of(Endpoints endpoints) {
    return builder().endpoints(endpoints).build();
  }

  /**
   * Parses comma-separated broker URLs as kube-manager's {@code rabbit_server} entries allow, such as
   * {@code amqp://guest:guest@10.0.0.1:5673/,amqp://10.0.0.2:5673}: the login and virtual host
   * come from the entries that give them (they must agree); a path of {@code /} or none is the
   * virtual host {@code /}.
   *
   * @throws ValidationException naming every bad entry
   */
  public static BrokerConfig parse(String commaSeparatedUrls) {
    return BrokerUrls.parse(commaSeparatedUrls);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    List<Endpoint> brokers = endpoints().endpoints();
    for (int i = 0; i < brokers.size(); i++) {
      String scheme = brokers.get(i).scheme();
      if (!"amqp".equals(scheme) && !"amqps".equals(scheme)) {
        problems.add("endpoints[" + i + "]: scheme '" + scheme + "' is not AMQP (expected amqp or amqps)");
      }
    }
    if (userName().isBlank()) {
      problems.add("userName: must not be blank");
    }
    if (virtualHost().isEmpty()) {
      problems.add("virtualHost: must not be empty (the default virtual host is '/')");
    }
    if (connectionTimeout().isNegative() || connectionTimeout().isZero()) {
      problems.add("connectionTimeout: " + connectionTimeout() + " is not positive");
    }
    if (heartbeat().isNegative() || heartbeat().compareTo(Duration.ofSeconds(65535)) > 0) {
      problems.add("heartbeat: " + heartbeat() + " is out of range (expected 0 to 65535 s)");
    }
    ValidationException.throwIfAny("broker configuration", problems);
  }

  public static final class Builder extends ImmutableBrokerConfig.Builder {}
}
