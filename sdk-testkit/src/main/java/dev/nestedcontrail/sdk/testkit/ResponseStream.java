package dev.nestedcontrail.sdk.testkit;

/**
 * The open body of a chunked response, such as a Kubernetes watch. A test or fake may keep it and
 * send chunks from any thread until it (or the client) closes it. Sending after close is ignored.
 */
public interface ResponseStream extends AutoCloseable {

  /** Sends one chunk of text (UTF-8). */
  void send(String chunk);

  /** Sends {@code value} as one line of JSON followed by {@code \n}. */
  void sendJsonLine(Object value);

  /** Whether the response is still open: neither side has closed it. */
  boolean isOpen();

  /** Runs {@code callback} once when the stream ends, from either side; at once if it has ended. */
  void onClose(Runnable callback);

  /** Ends the response with the last chunk; the connection stays open for keep-alive. Idempotent. */
  @Override
  void close();
}
