package dev.nestedcontrail.sdk.core;

import java.util.Objects;

/**
 * A server answered with an error status. It carries the status code, the endpoint that answered,
 * the request id the SDK sent and the server's body as plain text (Contrail's config API answers
 * errors in plain text, not JSON). Use {@link #of} to get the subclass that matches the status.
 */
public class ContrailServiceException extends ContrailException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String endpoint;
  private final String requestId;
  private final String body;

  public ContrailServiceException(
      String message, int statusCode, String endpoint, String requestId, String body) {
    super(message);
    this.statusCode = statusCode;
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.requestId = Objects.requireNonNull(requestId, "requestId == null");
    this.body = Objects.requireNonNull(body, "body == null");
  }

  /**
   * The exception for an error answer.
   *
   * @param operation what was attempted, such as {@code GET /virtual-network/3f2c...}
   * @param statusCode the HTTP status
   * @param endpoint the server that answered, such as {@code http://10.0.0.1:8082}
   * @param requestId the request id sent with the call
   * @param body the answer's body as text, possibly empty
   */
  public static ContrailServiceException of(
      String operation, int statusCode, String endpoint, String requestId, String body) {
    String message = operation + " failed with status " + statusCode + " at " + endpoint
        + " (request-id " + requestId + ")" + (body.isBlank() ? "" : ": " + abbreviate(body));
    switch (statusCode) {
      case 400: return new BadRequestException(message, endpoint, requestId, body);
      case 401: return new UnauthorizedException(message, endpoint, requestId, body);
      case 403: return new ForbiddenException(message, endpoint, requestId, body);
      case 404: return new NotFoundException(message, endpoint, requestId, body);
      case 409: return new ConflictException(message, endpoint, requestId, body);
      default:
        if (statusCode >= 500) {
          return new UnavailableException(message, statusCode, endpoint, requestId, body);
        }
        return new ContrailServiceException(message, statusCode, endpoint, requestId, body);
    }
  }

  public int statusCode() {
    return statusCode;
  }

  /** The base URL of the server that answered. */
  public String endpoint() {
    return endpoint;
  }

  /** The request id the SDK sent, for matching with server logs. */
  public String requestId() {
    return requestId;
  }

  /** The server's answer as plain text; empty when it sent none. */
  public String body() {
    return body;
  }

  private static String abbreviate(String body) {
    String oneLine = body.strip().replace('\n', ' ');
    return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "...";
  }
}
