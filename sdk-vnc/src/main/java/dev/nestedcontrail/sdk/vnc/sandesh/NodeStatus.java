package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The NodeStatus UVE a process sends: the node's name (the UVE key, usually the host name), the
 * process's status with its connections, and an optional description. Only the fields a process
 * (not the node manager) sends are modelled.
 */
@Value.Immutable
public abstract class NodeStatus {

  public abstract String name();

  public abstract List<ProcessStatus> processStatus();

  public abstract Optional<String> description();

  /** Marks the UVE deleted (sent when a process stops reporting). */
  @Value.Default
  public boolean deleted() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The NodeStatus of one process, named after the generator's source. */
  public static NodeStatus of(GeneratorIdentity identity, List<ConnectionInfo> connections) {
    return builder().name(identity.source()).addProcessStatus(ProcessStatus.derive(identity, connections)).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw ValidationException.of("node status", "name: '" + name() + "' is blank");
    }
  }

  public static final class Builder extends ImmutableNodeStatus.Builder {}
}
