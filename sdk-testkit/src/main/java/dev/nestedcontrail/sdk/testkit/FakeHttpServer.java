package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.internal.FaultState;
import dev.nestedcontrail.sdk.testkit.internal.NettyHttpServer;
import dev.nestedcontrail.sdk.testkit.internal.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP/1.1 server on 127.0.0.1 (ephemeral port) that the fakes build on: routes by method
 * and path pattern ({@code /v3/projects/{id}}, a last {@code {rest*}} takes the remaining path),
 * whole or streamed bodies and fault injection. Handlers run on the server's I/O thread (one unless
 * {@link Builder#ioThreads(int)} asks for more; then handlers must be thread-safe).
 *
 * <pre>{@code
 * try (FakeHttpServer server = FakeHttpServer.builder()
 *     .route("GET", "/things/{id}", r -> FakeResponse.json(200, Map.of("id", r.pathVariable("id"))))
 *     .start()) {
 *   server.faults().failNext(1, 503);
 *   ... call server.baseUrl() + "/things/7" ...
 * }
 * }</pre>
 */
public final class FakeHttpServer implements FakeServer {
  private final NettyHttpServer server;
  private final FaultState faults;

  private FakeHttpServer(Builder builder) {
    this.faults = new FaultState(builder.faultSeed());
    this.server = new NettyHttpServer(builder.name, new Router(builder.routes), faults, builder.scheduler(),
        builder.ioThreads);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public Faults faults() {
    return faults;
  }

  /** How many requests reached routing (including 404/405 answers, excluding injected faults). */
  public long requestCount() {
    return server.requests();
  }

  /** How many client connections are open now. */
  public int openConnections() {
    return server.connections();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeHttpServer[" + baseUrl() + "]";
  }

  /** Collects routes and options; {@link #start()} binds the server. */
  public static final class Builder extends FakeServerBuilder<Builder> {
    private final List<Router.Route> routes = new ArrayList<>();
    private String name = "fake-http";
    private int ioThreads = 1;

    private Builder() {}

    /** Names the server's thread (and log lines), such as {@code fake-keystone}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * How many event-loop threads serve connections (default 1). More than one only when every
     * handler is thread-safe: each connection stays on one thread, but connections run in parallel.
     */
    public Builder ioThreads(int ioThreads) {
      if (ioThreads < 1) {
        throw ValidationException.of("fake HTTP server", "ioThreads: " + ioThreads + " must be at least 1");
      }
      this.ioThreads = ioThreads;
      return this;
    }

    /** Adds a route; the first route whose method and pattern match a request answers it. */
    public Builder route(String method, String pattern, FakeHandler handler) {
      routes.add(Router.Route.of(method, pattern, handler));
      return this;
    }

    public FakeHttpServer start() {
      return new FakeHttpServer(this);
    }
  }
}
