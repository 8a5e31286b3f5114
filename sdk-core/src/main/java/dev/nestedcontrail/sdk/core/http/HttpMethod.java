package dev.nestedcontrail.sdk.core.http;

/** The HTTP methods the SDK uses, with whether repeating one is safe. */
public enum HttpMethod {
  GET(true),
  HEAD(true),
  PUT(true),
  DELETE(true),
  POST(false),
  PATCH(false);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /** True when sending the request twice has the same effect as sending it once. */
  public boolean idempotent() {
    return idempotent;
  }
}
