package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.Locale;
import java.util.Optional;

/** How kube-manager authenticates to the Contrail config API ({@code AUTH_MODE}). */
public enum AuthMode {
  /** No authentication; upstream's default. */
  NOAUTH,
  /** Keystone tokens; kube-manager then needs the {@code KEYSTONE_AUTH_*} values. */
  KEYSTONE;

  /** The value as written in common.env and the ConfigMap, such as {@code keystone}. */
  public String envValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode for an env value, ignoring case; empty when the value is not a known mode. */
  public static Optional<AuthMode> fromEnvValue(String value) {
    for (AuthMode mode : values()) {
      if (mode.envValue().equalsIgnoreCase(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
