package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a process says about itself in NodeStatus ({@code ProcessStatus}): module and instance,
 * whether it is functional, and its connections. pysandesh calls a process non-functional when
 * any connection is not up and describes the down ones in {@link #description()}.
 */
@Value.Immutable
public abstract class ProcessStatus {

  public abstract String moduleId();

  public abstract String instanceId();

  public abstract ProcessState state();

  public abstract List<ConnectionInfo> connectionInfos();

  public abstract Optional<String> description();

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The status pysandesh derives from the connections: functional when every connection is up,
   * otherwise non-functional with a description such as {@code ApiServer:default connection down}.
   */
  public static ProcessStatus derive(GeneratorIdentity identity, List<ConnectionInfo> connections) {
    List<String> down = new ArrayList<>();
    for (ConnectionInfo c : connections) {
      if (c.status() != ConnectionStatus.UP) {
        down.add(c.type() + (c.name().isEmpty() ? "" : ":" + c.name()));
      }
    }
    Builder b = builder();
    b.moduleId(identity.module()).instanceId(identity.instanceId()).connectionInfos(connections);
    if (down.isEmpty()) {
      b.state(ProcessState.FUNCTIONAL);
    } else {
      b.state(ProcessState.NON_FUNCTIONAL).description(String.join(", ", down) + " connection down");
    }
    return b.build();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (moduleId().isBlank()) {
      problems.add("moduleId: '" + moduleId() + "' is blank");
    }
    if (instanceId().isBlank()) {
      problems.add("instanceId: '" + instanceId() + "' is blank");
    }
    ValidationException.throwIfAny("process status", problems);
  }

  public static final class Builder extends ImmutableProcessStatus.Builder {}
}
