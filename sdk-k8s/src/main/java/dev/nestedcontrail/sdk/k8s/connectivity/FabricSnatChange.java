package dev.nestedcontrail.sdk.k8s.connectivity;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What {@link FabricSnat#apply()} found and did on the node network; enough to roll it back. */
@Value.Immutable
public abstract class FabricSnatChange {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFabricSnatChange.Builder {}

  /** The virtual network's fq_name. */
  public abstract List<String> network();

  public abstract String networkUuid();

  /** {@code fabric_snat} as read: empty when the property was not set. */
  public abstract Optional<Boolean> previous();

  /** Whether {@code fabric_snat=true} was written (false when it already was true, or on a dry run). */
  public abstract boolean written();

  /** One line for people. */
  public final String describe() {
    String was = previous().map(String::valueOf).orElse("unset");
    return "virtual-network " + String.join(":", network()) + ": fabric_snat "
        + (previous().orElse(false) ? "already true" : was + " -> true");
  }
}
