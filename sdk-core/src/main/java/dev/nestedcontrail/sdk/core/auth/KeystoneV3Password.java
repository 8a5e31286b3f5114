package dev.nestedcontrail.sdk.core.auth;

import dev.nestedcontrail.sdk.core.ValidationException;
import org.immutables.value.Value;

/**
 * Keystone v3 password authentication scoped to a project ({@code POST /v3/auth/tokens}). The user
 * and the project belong to domains, each given by id or name ({@code Default} by name unless set).
 * A project given by id needs no domain.
 */
@Value.Immutable
public abstract non-sealed class KeystoneV3Password implements KeystoneCredentials {

  @Override
  public abstract String userName();

  @Value.Redacted
  public abstract String password();

  @Value.Default
  public Identifier userDomain() {
    return Identifier.byName("Default");
  }

  /** The project the token is scoped to. */
  public abstract Identifier project();

  @Value.Default
  public Identifier projectDomain() {
    return Identifier.byName("Default");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Credentials for {@code user} in project {@code projectName}, both in domain {@code Default}. */
  public static KeystoneV3Password of(String userName, String password, String projectName) {
    return builder().userName(userName).password(password).project(Identifier.byName(projectName)).build();
  }

  @Value.Check
  void check() {
    if (userName().isBlank()) {
      throw ValidationException.of("Keystone v3 credentials", "userName: must not be blank");
    }
  }

  public static final class Builder extends ImmutableKeystoneV3Password.Builder {}
}
