package dev.nestedcontrail.sdk.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One issued token: who, for which project (absent when unscoped), and its lifetime. */
public record KeystoneToken(
    String id,
    KeystoneDirectory.User user,
    Optional<KeystoneDirectory.Project> project,
    List<KeystoneDirectory.Role> roles,
    String auditId,
    Instant issuedAt,
    Instant expiresAt) {

  public boolean validAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "KeystoneToken[" + user + ", expires " + expiresAt + "]";
  }
}
