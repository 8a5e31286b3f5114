package dev.nestedcontrail.sdk.cni.agent;

import java.util.List;
import org.immutables.value.Value;

/** One entry of {@code POST /gateway}: a gateway interface with its subnets and routes. */
@Value.Immutable
public abstract class GatewayRequest {
  public static Builder builder() {
    return new Builder();
  }

  /** {@code interface}. */
  public abstract String interfaceName();

  /** {@code routing-instance}. */
  public abstract String routingInstance();

  /** {@code subnets}. */
  public abstract List<GatewaySubnet> subnets();

  /** {@code routes}. */
  public abstract List<GatewaySubnet> routes();

  public static final class Builder extends ImmutableGatewayRequest.Builder {}
}
