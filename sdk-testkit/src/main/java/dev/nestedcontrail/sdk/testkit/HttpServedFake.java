package dev.nestedcontrail.sdk.testkit;

/**
 * Base of the fakes that answer through one {@link FakeHttpServer}: the {@link FakeServer} methods
 * delegate to it, so each fake writes only its own behaviour. A fake that owns more than the
 * server (timers, executors) overrides {@link #close()} and closes the server too.
 */
public abstract class HttpServedFake implements FakeServer {

  HttpServedFake() {}

  /** The HTTP server this fake answers through. */
  abstract FakeHttpServer httpServer();

  @Override
  public String baseUrl() {
    return httpServer().baseUrl();
  }

  @Override
  public int port() {
    return httpServer().port();
  }

  @Override
  public Faults faults() {
    return httpServer().faults();
  }

  @Override
  public void close() {
    httpServer().close();
  }
}
