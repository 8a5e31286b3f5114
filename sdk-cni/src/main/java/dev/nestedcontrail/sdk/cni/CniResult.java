package dev.nestedcontrail.sdk.cni;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of an ADD (and the {@code prevResult} of CHECK and DEL). The spec version decides
 * how it is written: before 1.0.0 each IP carries {@code "version"}.
 */
@Value.Immutable
public abstract class CniResult {
  public static Builder builder() {
    return new Builder();
  }

  public abstract List<CniInterface> interfaces();

  public abstract List<CniIpConfig> ips();

  public abstract List<CniRoute> routes();

  @Value.Default
  public CniDns dns() {
    return CniDns.empty();
  }

  public static final class Builder extends ImmutableCniResult.Builder {}
}
