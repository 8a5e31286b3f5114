package dev.nestedcontrail.sdk.core;

/**
 * Root of every exception the SDK throws. It is unchecked, so SDK calls work inside lambdas and
 * futures. There are two branches: {@link ContrailClientException} for failures on this side
 * (transport, timeouts, configuration, invalid input) and {@link ContrailServiceException} for an
 * error answer from a server.
 */
public abstract class ContrailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ContrailException(String message) {
    super(message);
  }

  protected ContrailException(String message, Throwable cause) {
    super(message, cause);
  }
}
