package dev.nestedcontrail.sdk.core;

/** The server failed or is unavailable (any 5xx status). */
public class UnavailableException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(
      String message, int statusCode, String endpoint, String requestId, String body) {
    super(message, statusCode, endpoint, requestId, body);
  }
}
