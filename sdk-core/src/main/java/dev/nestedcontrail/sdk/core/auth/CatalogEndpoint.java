package dev.nestedcontrail.sdk.core.auth;

import java.util.Optional;
import org.immutables.value.Value;

/** One URL of a service in the Keystone catalog. */
@Value.Immutable
public abstract class CatalogEndpoint {

  /** {@code public}, {@code internal} or {@code admin}. */
  public abstract String interfaceType();

  public abstract String url();

  public abstract Optional<String> region();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCatalogEndpoint.Builder {}
}
