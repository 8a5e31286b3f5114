package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import org.immutables.value.Value;

/** A NodeStatus UVE as the fake collector received it: from whom, for which table, and what. */
@Value.Immutable
public abstract class ReceivedNodeStatus {

  @Value.Parameter
  public abstract GeneratorIdentity generator();

  /** The UVE table from the key annotation, such as {@code ObjectKubernetesManagerNode}. */
  @Value.Parameter
  public abstract String table();

  @Value.Parameter
  public abstract NodeStatus status();

  public static ReceivedNodeStatus of(GeneratorIdentity generator, String table, NodeStatus status) {
    return ImmutableReceivedNodeStatus.of(generator, table, status);
  }
}
