package dev.nestedcontrail.sdk.testkit.internal;

import java.time.Duration;

/**
 * What fault injection does with one request: wait {@code delay}, then pass it on, drop the
 * connection, or answer {@code status} itself.
 */
public record FaultDecision(Duration delay, Action action, int status) {

  public enum Action { PASS, DROP, RESPOND }

  public static FaultDecision pass() {
    return new FaultDecision(Duration.ZERO, Action.PASS, 0);
  }
}
