package dev.nestedcontrail.sdk.core.auth;

import dev.nestedcontrail.sdk.core.ValidationException;
import org.immutables.value.Value;

/** Keystone v2.0 password authentication for a tenant ({@code POST /v2.0/tokens}). */
@Value.Immutable
public abstract non-sealed class KeystoneV2Password implements KeystoneCredentials {

  @Override
  public abstract String userName();

  @Value.Redacted
  public abstract String password();

  /** The tenant (project) by name ({@code tenantName}) or id ({@code tenantId}). */
  public abstract Identifier tenant();

  public static Builder builder() {
    return new Builder();
  }

  public static KeystoneV2Password of(String userName, String password, String tenantName) {
    return builder().userName(userName).password(password).tenant(Identifier.byName(tenantName)).build();
  }

  @Value.Check
  void check() {
    if (userName().isBlank()) {
      throw ValidationException.of("Keystone v2.0 credentials", "userName: must not be blank");
    }
  }

  public static final class Builder extends ImmutableKeystoneV2Password.Builder {}
}
