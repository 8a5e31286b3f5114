package dev.nestedcontrail.sdk.testkit.internal.config;

/** A rejection with the HTTP status and the plain-text message the real api-server sends. */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
