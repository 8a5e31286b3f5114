package dev.nestedcontrail.sdk.vnc.sandesh;

import java.util.Optional;

/**
 * Severity of a system log message: Sandesh's {@code SYS_EMERG} (0) to {@code SYS_DEBUG} (7), with
 * the word kube-manager's message names use ({@code KubeManager<Word>Log}).
 */
public enum SyslogLevel {
  EMERGENCY(0, "Emergency"),
  ALERT(1, "Alert"),
  CRITICAL(2, "Critical"),
  ERROR(3, "Error"),
  WARNING(4, "Warning"),
  NOTICE(5, "Notice"),
  INFO(6, "Info"),
  DEBUG(7, "Debug");

  private final int code;
  private final String word;

  SyslogLevel(int code, String word) {
    this.code = code;
    this.word = word;
  }

  /** The {@code Level} number in the message header. */
  public int code() {
    return code;
  }

  /** The word in message names, such as {@code Error} in {@code KubeManagerErrorLog}. */
  public String word() {
    return word;
  }

  public static Optional<SyslogLevel> fromCode(int code) {
    for (SyslogLevel l : values()) {
      if (l.code == code) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
