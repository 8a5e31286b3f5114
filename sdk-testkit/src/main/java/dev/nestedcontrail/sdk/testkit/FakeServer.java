package dev.nestedcontrail.sdk.testkit;

import java.net.URI;

/** A running fake server bound to 127.0.0.1 on an ephemeral port. {@link #close()} is idempotent. */
public interface FakeServer extends AutoCloseable {

  /** The base URL without a trailing slash, such as {@code http://127.0.0.1:41234}. */
  String baseUrl();

  /** {@link #baseUrl()} as a URI. */
  default URI baseUri() {
    return URI.create(baseUrl());
  }

  /** The bound TCP port. */
  int port();

  /** The fault switches of this server; all off at start. */
  Faults faults();

  /** Stops listening, closes every open connection (streams included) and ends the server's threads. */
  @Override
  void close();
}
