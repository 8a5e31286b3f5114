package dev.nestedcontrail.sdk.cni;

import java.util.Optional;
import org.immutables.value.Value;

/** An entry of a result's {@code ips}. */
@Value.Immutable
public abstract class CniIpConfig {
  public static Builder builder() {
    return new Builder();
  }

  /** The address with prefix length, such as {@code 10.47.255.250/12}. */
  public abstract String address();

  public abstract Optional<String> gateway();

  /** The index into the result's interfaces. */
  public abstract Optional<Integer> interfaceIndex();

  /** True for IPv6 addresses (written as {@code "version": "6"} before spec 1.0.0). */
  public boolean isIpv6() {
    return address().contains(":");
  }

  public static final class Builder extends ImmutableCniIpConfig.Builder {}
}
