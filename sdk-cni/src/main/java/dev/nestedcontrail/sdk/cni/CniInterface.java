package dev.nestedcontrail.sdk.cni;

import java.util.Optional;
import org.immutables.value.Value;

/** An entry of a result's {@code interfaces}. */
@Value.Immutable
public abstract class CniInterface {
  public static Builder builder() {
    return new Builder();
  }

  public abstract String name();

  public abstract Optional<String> mac();

  /** The network namespace path for interfaces inside the container; empty for host ones. */
  public abstract Optional<String> sandbox();

  public static final class Builder extends ImmutableCniInterface.Builder {}
}
