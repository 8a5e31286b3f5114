package dev.nestedcontrail.sdk.testkit.internal.agent;

/**
 * A request the agent refuses: answered as {@code {"error": message}} with {@link #status()} (500
 * unless the agent says 404, as for lookups and unknown paths).
 */
public final class AgentError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public AgentError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** A 500 answer, the agent's default for a refused request. */
  public static AgentError refused(String message) {
    return new AgentError(500, message);
  }

  /** The agent's answer to a path or method it has no handler for. */
  public static AgentError unknownRequest() {
    return new AgentError(404, "Unknown Request");
  }

  public int status() {
    return status;
  }
}
