package dev.nestedcontrail.sdk.cni;

import java.util.Optional;
import org.immutables.value.Value;

/** An entry of a result's {@code routes}. */
@Value.Immutable
public abstract class CniRoute {
  public static CniRoute of(String dst, String gw) {
    return new Builder().dst(dst).gw(gw).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The destination, such as {@code 0.0.0.0/0}. */
  public abstract String dst();

  public abstract Optional<String> gw();

  public static final class Builder extends ImmutableCniRoute.Builder {}
}
