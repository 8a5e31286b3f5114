package dev.nestedcontrail.sdk.cni.dataplane;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An interface inside a network namespace, as the kernel reports it. */
@Value.Immutable
public abstract class InterfaceState {
  public static Builder builder() {
    return new Builder();
  }

  public abstract String name();

  public abstract String macAddress();

  /** Its IPv4 and IPv6 addresses with prefix length (CIDR), such as {@code 10.0.0.5/24}. */
  public abstract List<String> cidrs();

  /** The gateway of the namespace's IPv4 default route through this interface. */
  public abstract Optional<String> defaultGateway();

  public abstract boolean up();

  public static final class Builder extends ImmutableInterfaceState.Builder {}
}
