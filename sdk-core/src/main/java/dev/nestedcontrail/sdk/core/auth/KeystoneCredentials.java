package dev.nestedcontrail.sdk.core.auth;

/**
 * Password credentials for Keystone: {@link KeystoneV3Password} or {@link KeystoneV2Password}.
 * Passwords never appear in {@code toString}, logs or exception messages.
 */
public sealed interface KeystoneCredentials permits KeystoneV3Password, KeystoneV2Password {

  /** The user name. */
  String userName();
}
