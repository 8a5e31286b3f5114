package dev.nestedcontrail.sdk.core;

/** The server rejected the request as malformed or invalid (400). */
public class BadRequestException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message, String endpoint, String requestId, String body) {
    super(message, 400, endpoint, requestId, body);
  }
}
