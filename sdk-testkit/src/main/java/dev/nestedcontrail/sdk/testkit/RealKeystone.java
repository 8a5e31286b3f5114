package dev.nestedcontrail.sdk.testkit;

import org.immutables.value.Value;

/** Where a real Keystone is and how to log in to it, as {@link RealServerEnvironment#keystone()} reads it. */
@Value.Immutable
public abstract class RealKeystone {

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRealKeystone.Builder {}

  /** The base URL without version, such as {@code http://127.0.0.1:35357}. */
  public abstract String url();

  public abstract String user();

  @Value.Redacted
  public abstract String password();

  /** The project to scope tokens to, by name. */
  public abstract String project();

  /** The domain of the user and project, by name (the default domain is {@code Default}, id {@code default}). */
  public abstract String domain();
}
