package dev.nestedcontrail.sdk.k8s.manifest;

import java.util.Optional;

/** Sandesh log levels accepted by Contrail services ({@code LOG_LEVEL}), most severe first. */
public enum LogLevel {
  SYS_EMERG,
  SYS_ALERT,
  SYS_CRIT,
  SYS_ERR,
  SYS_WARN,
  SYS_NOTICE,
  SYS_INFO,
  SYS_DEBUG;

  /** The level named exactly {@code value}; empty when there is none. */
  public static Optional<LogLevel> fromEnvValue(String value) {
    for (LogLevel level : values()) {
      if (level.name().equals(value)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
