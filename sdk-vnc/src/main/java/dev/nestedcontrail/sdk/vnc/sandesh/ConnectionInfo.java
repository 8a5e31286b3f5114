package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One connection of a process as NodeStatus reports it ({@code ConnectionInfo} of
 * {@code process_info.sandesh}). {@link #type()} is Contrail's connection type name, such as
 * {@code ApiServer}, {@code Database} (Cassandra, and RabbitMQ named {@code RabbitMQ}),
 * {@code Collector}, {@code Zookeeper} or {@code KubernetesApiServer}.
 */
@Value.Immutable
public abstract class ConnectionInfo {

  public abstract String type();

  /** Name within the type, such as {@code Cassandra} or {@code RabbitMQ}; may be empty. */
  public abstract String name();

  /** Addresses of the servers, such as {@code 10.0.0.1:8082}. */
  public abstract List<String> serverAddrs();

  public abstract ConnectionStatus status();

  public abstract Optional<String> description();

  public static ConnectionInfo of(String type, String name, ConnectionStatus status, List<String> serverAddrs) {
    return builder().type(type).name(name).status(status).serverAddrs(serverAddrs).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (type().isBlank()) {
      problems.add("type: '" + type() + "' is blank");
    }
    for (int i = 0; i < serverAddrs().size(); i++) {
      if (serverAddrs().get(i).isBlank()) {
        problems.add("serverAddrs[" + i + "]: is blank");
      }
    }
    ValidationException.throwIfAny("connection info", problems);
  }

  public static final class Builder extends ImmutableConnectionInfo.Builder {}
}
