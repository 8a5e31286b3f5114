package dev.nestedcontrail.sdk.core;

/** The server did not accept the credentials or token (401). Credentials never appear in the message. */
public class UnauthorizedException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String message, String endpoint, String requestId, String body) {
    super(message, 401, endpoint, requestId, body);
  }
}
