package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ConflictException;

/** 409 on delete: the object still has children or is still referred to by other objects. */
public class ObjectInUseException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public ObjectInUseException(String message, String endpoint, String requestId, String body) {
    super(message, endpoint, requestId, body);
  }
}
