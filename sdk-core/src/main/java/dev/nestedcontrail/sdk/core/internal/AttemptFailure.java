package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

/**
 * What an I/O failure of one attempt means: the exception to throw, whether the server was never
 * reached (fail over), and whether the attempt may be repeated.
 */
public final class AttemptFailure {

  private final ContrailClientException exception;
  private final boolean unreachable;
  private final boolean retryable;

  private AttemptFailure(ContrailClientException exception, boolean unreachable, boolean retryable) {
    this.exception = exception;
    this.unreachable = unreachable;
    this.retryable = retryable;
  }

  /**
   * Classifies {@code e}. A request that never started going out is always retryable; one that
   * did is retryable only when idempotent. Exceeding the call timeout is never retried.
   */
  public static AttemptFailure of(IOException e, AttemptProgress progress, HttpRequest request,
      Endpoint endpoint, String requestId, TransportConfig config) {
    String where = " (request-id " + requestId + ")";
    String op = request.operation();
    if (!progress.connected()) {
      String what = e instanceof SocketTimeoutException
          ? " timed out after " + Durations.format(config.connectTimeout()) + " connecting to "
          : " could not connect to ";
      return new AttemptFailure(
          new ContrailClientException(op + what + endpoint + where + ": " + e, e), true, true);
    }
    if (e instanceof SocketTimeoutException) {
      return new AttemptFailure(new ContrailClientException(op + " timed out after "
          + Durations.format(config.readTimeout()) + " reading from " + endpoint + where, e),
          false, request.idempotent());
    }
    if (e instanceof InterruptedIOException) {
      return new AttemptFailure(callTimeout(request, endpoint, requestId, config), false, false);
    }
    return new AttemptFailure(new ContrailClientException(
        op + " failed at " + endpoint + where + ": " + e, e), false,
        request.idempotent() || !progress.sent());
  }

  /** The exception for a call that used up its whole call timeout. */
  public static ContrailClientException callTimeout(HttpRequest request, Endpoint endpoint,
      String requestId, TransportConfig config) {
    return new ContrailClientException(request.operation() + " exceeded the call timeout of "
        + Durations.format(config.callTimeout()) + " at " + endpoint + " (request-id " + requestId + ")");
  }

  public ContrailClientException exception() {
    return exception;
  }

  /** True when no connection to the server could be opened. */
  public boolean unreachable() {
    return unreachable;
  }

  public boolean retryable() {
    return retryable;
  }
}
