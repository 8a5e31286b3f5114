package dev.nestedcontrail.sdk.cni;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A result's {@code dns}. */
@Value.Immutable
public abstract class CniDns {
  public static Builder builder() {
    return new Builder();
  }

  public static CniDns empty() {
    return builder().build();
  }

  public abstract List<String> nameservers();

  public abstract Optional<String> domain();

  public abstract List<String> search();

  public abstract List<String> options();

  public static final class Builder extends ImmutableCniDns.Builder {}
}
