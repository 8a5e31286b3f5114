package dev.nestedcontrail.sdk.vnc.configdb;

import org.immutables.value.Value;

/** User name and password for Cassandra's PasswordAuthenticator; the password is never printed. */
@Value.Immutable
public abstract class ConfigDbCredentials {

  public abstract String username();

  @Value.Redacted
  public abstract String password();

  public static ConfigDbCredentials of(String username, String password) {
    return builder().username(username).password(password).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableConfigDbCredentials.Builder {}
}
