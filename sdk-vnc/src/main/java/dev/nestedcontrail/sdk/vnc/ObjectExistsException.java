package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.ConflictException;

/** 409: an object with this fq_name or uuid already exists. */
public class ObjectExistsException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public ObjectExistsException(String message, String endpoint, String requestId, String body) {
    super(message, endpoint, requestId, body);
  }
}
