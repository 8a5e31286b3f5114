package dev.nestedcontrail.sdk.k8s.connectivity;

import dev.nestedcontrail.sdk.core.Ipv4Address;
import org.immutables.value.Value;

/** An address and port the overlay connects to, written {@code ip:port}. */
@Value.Immutable
public abstract class ServiceEndpoint {

  public static ServiceEndpoint of(Ipv4Address address, int port) {
    return ImmutableServiceEndpoint.of(address, port);
  }

  @Value.Parameter
  public abstract Ipv4Address address();

  @Value.Parameter
  public abstract int port();

  /** {@code ip:port}, the form used in the JSON output and in configuration files. */
  @Override
  public String toString() {
    return address() + ":" + port();
  }
}
