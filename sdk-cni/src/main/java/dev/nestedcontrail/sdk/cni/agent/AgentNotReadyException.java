package dev.nestedcontrail.sdk.cni.agent;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.time.Duration;

/**
 * The agent did not have the requested config within the poll budget. The cause is the last
 * answer or transport failure. Retrying later may succeed (CNI error 11).
 */
public final class AgentNotReadyException extends ContrailClientException {
  private static final long serialVersionUID = 1L;

  private final int attempts;
  private final Duration waited;

  public AgentNotReadyException(String what, int attempts, Duration waited, Throwable lastFailure) {
    super(what + " not available from the vrouter agent after " + attempts + " attempts in "
        + waited.toMillis() + " ms: " + lastFailure.getMessage(), lastFailure);
    this.attempts = attempts;
    this.waited = waited;
  }

  public int attempts() {
    return attempts;
  }

  public Duration waited() {
    return waited;
  }
}
