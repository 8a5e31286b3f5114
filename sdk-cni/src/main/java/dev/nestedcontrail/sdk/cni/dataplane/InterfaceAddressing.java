package dev.nestedcontrail.sdk.cni.dataplane;

import java.util.Optional;
import org.immutables.value.Value;

/** What ADD programs on the pod's interface: MAC, one address and the default route. */
@Value.Immutable
public abstract class InterfaceAddressing {
  public static Builder builder() {
    return new Builder();
  }

  /** The MAC the agent reported; empty keeps the kernel's. */
  public abstract Optional<String> macAddress();

  /** The address with prefix length, such as {@code 10.47.255.250/12}. */
  public abstract String address();

  /** The default route's gateway; empty adds no default route. */
  public abstract Optional<String> gateway();

  public static final class Builder extends ImmutableInterfaceAddressing.Builder {}
}
