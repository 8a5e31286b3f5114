package dev.nestedcontrail.sdk.core;

/** The credentials are valid but not allowed to do this (403). */
public class ForbiddenException extends ContrailServiceException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message, String endpoint, String requestId, String body) {
    super(message, 403, endpoint, requestId, body);
  }
}
