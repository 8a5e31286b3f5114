package dev.nestedcontrail.sdk.cni.agent;

import org.immutables.value.Value;

/** A prefix in a {@code /gateway} request: {@code ip-address} and {@code prefix-len}. */
@Value.Immutable
public abstract class GatewaySubnet {
  public static GatewaySubnet of(String ipAddress, int prefixLen) {
    return new Builder().ipAddress(ipAddress).prefixLen(prefixLen).build();
  }

  public abstract String ipAddress();

  public abstract int prefixLen();

  public static final class Builder extends ImmutableGatewaySubnet.Builder {}
}
