package dev.nestedcontrail.sdk.core;

/** The request conflicts with the server's state (409), such as a duplicate name or an object that still has children or back references. */
public class ConflictException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message, String endpoint, String requestId, String body) {
    super(message, 409, endpoint, requestId, body);
  }
}
