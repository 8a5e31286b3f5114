package dev.nestedcontrail.sdk.core;

/** The object or path does not exist (404). */
public class NotFoundException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message, String endpoint, String requestId, String body) {
    super(message, 404, endpoint, requestId, body);
  }
}
