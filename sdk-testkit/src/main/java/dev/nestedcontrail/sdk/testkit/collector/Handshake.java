package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import java.util.List;
import org.immutables.value.Value;

/** An accepted {@code SandeshCtrlClientToServer}: who connected and what it declared. */
@Value.Immutable
public abstract class Handshake {

  public abstract GeneratorIdentity generator();

  /** The generator's count of connections, this one included. */
  public abstract long successfulConnections();

  /** The UVE sandesh names the generator declared. */
  public abstract List<String> uveTypes();

  public abstract long pid();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableHandshake.Builder {}
}
