package dev.nestedcontrail.sdk.core;

/**
 * A failure on the client side: the server could not be reached, an attempt timed out, the client
 * was configured wrongly or was given invalid input. No server answered with an error status.
 */
public class ContrailClientException extends ContrailException {
  private static final long serialVersionUID = 1L;

  public ContrailClientException(String message) {
    super(message);
  }

  public ContrailClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
