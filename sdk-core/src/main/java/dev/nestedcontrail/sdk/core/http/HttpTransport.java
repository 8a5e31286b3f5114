package dev.nestedcontrail.sdk.core.http;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.internal.AttemptFailure;
import dev.nestedcontrail.sdk.core.internal.AttemptProgress;
import dev.nestedcontrail.sdk.core.internal.EndpointSelector;
import dev.nestedcontrail.sdk.core.internal.EndpointUrls;
import dev.nestedcontrail.sdk.core.internal.OkHttpClients;
import dev.nestedcontrail.sdk.core.internal.OkHttpRequests;
import dev.nestedcontrail.sdk.core.internal.RequestIds;
import dev.nestedcontrail.sdk.core.internal.WireLog;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to a list of equivalent servers, with failover, retries, authentication and
 * request ids. Every SDK client talks HTTP through one of these.
 *
 * <pre>{@code
 * try (HttpTransport transport = HttpTransport.builder()
 *     .endpoints(Endpoints.parse("http://10.0.0.1:8082,http://10.0.0.2:8082"))
 *     .authProvider(keystoneClient)
 *     .build()) {
 *   String json = transport.execute(HttpRequest.get("/virtual-networks")).body();
 * }
 * }</pre>
 *
 * <p>Each call carries {@code User-Agent}, {@code X-Contrail-Useragent}, a fresh
 * {@code X-Request-Id} (also in every exception) and {@code X-Auth-Token} when the
 * {@link AuthProvider} has a token. Status 200, 201, 202 and 204 are success; other statuses throw
 * {@link ContrailServiceException#of}; timeouts and connection failures throw
 * {@link ContrailClientException} naming the server. Retries follow the configured
 * {@link dev.nestedcontrail.sdk.core.RetryPolicy}; a connection failure moves to the next server
 * for this and later calls. On 401 the token is invalidated and the request repeated once with a
 * new one.
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases the OkHttp client only when this
 * transport created it.
 */
public final class HttpTransport implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(HttpTransport.class);
  private static final Set<Integer> SUCCESS = Set.of(200, 201, 202, 204);
  private static final Set<Integer> RETRYABLE = Set.of(502, 503, 504);

  private final TransportConfig config;
  private final AuthProvider authProvider;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Clock clock;
  private final EndpointSelector selector;
  private final EndpointUrls urls;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final WireLog wireLog;
  private final AtomicBoolean closed = new AtomicBoolean();

  private HttpTransport(Builder b, Endpoints endpoints) {
    this.config = b.config;
    this.authProvider = b.authProvider;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.clock = b.clock;
    int start = b.startIndex != null ? b.startIndex : ThreadLocalRandom.current().nextInt(endpoints.size());
    this.selector = new EndpointSelector(endpoints, start);
    this.urls = new EndpointUrls(endpoints);
    this.client = OkHttpClients.create(config, b.httpClient);
    this.ownsClient = b.httpClient == null;
    this.wireLog = new WireLog(config.wireLogging());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The server the next call goes to first. */
  public Endpoint currentEndpoint() {
    return selector.current();
  }

  /**
   * Sends the request and returns a successful answer.
   *
   * @throws ContrailServiceException when the server answers with an error status
   * @throws ContrailClientException when no server answered in time
   */
  public HttpResponse execute(HttpRequest request) {
    if (closed.get()) {
      throw new ContrailClientException(request.operation() + " on a closed transport");
    }
    String requestId = RequestIds.next();
    Instant deadline = clock.instant().plus(config.callTimeout());
    int maxAttempts = config.retryPolicy().maxAttempts();
    boolean reauthenticated = false;
    for (int attempt = 1; ; attempt++) {
      Endpoint endpoint = selector.current();
      Optional<String> token = authProvider.authToken();
      AttemptProgress progress = new AttemptProgress();
      Request okRequest = OkHttpRequests.of(request, urls.url(endpoint, request.path()), token, requestId,
          config.userAgent(), progress);
      Call call = client.newCall(okRequest);
      call.timeout().timeout(remaining(deadline, request, endpoint, requestId).toNanos(), TimeUnit.NANOSECONDS);
      wireLog.request(requestId, request.method().name(), okRequest.url().toString(),
          okRequest.headers(), request.body().orElse(""));
      int status;
      String body;
      try (Response response = call.execute()) {
        status = response.code();
        body = response.body().string();
        wireLog.response(requestId, status, okRequest.url().toString(), response.headers(), body);
        if (SUCCESS.contains(status)) {
          if (logger.isDebugEnabled()) {
            logger.debug("{} -> {} at {} (request-id {})", request.operation(), status, endpoint, requestId);
          }
          return HttpResponse.builder().statusCode(status).headers(response.headers().toMultimap())
              .body(body).endpoint(endpoint).requestId(requestId).build();
        }
      } catch (IOException e) {
        AttemptFailure failure = AttemptFailure.of(e, progress, request, endpoint, requestId, config);
        if (failure.unreachable()) {
          Endpoint next = selector.failedOver(endpoint);
          logger.debug("{}: {} unreachable, next server {}", requestId, endpoint, next);
        }
        if (!failure.retryable() || attempt >= maxAttempts) {
          throw failure.exception();
        }
        backOff(attempt, deadline, failure.exception());
        continue;
      }
      if (status == 401 && !reauthenticated && token.isPresent()) {
        authProvider.invalidate(token.get());
        if (!authProvider.authToken().equals(token)) {
          logger.debug("{} -> 401, repeating once with a new token (request-id {})", request.operation(), requestId);
          reauthenticated = true;
          attempt--;
          continue;
        }
      }
      ContrailServiceException error =
          ContrailServiceException.of(request.operation(), status, endpoint.toString(), requestId, body);
      if (!RETRYABLE.contains(status) || !request.idempotent() || attempt >= maxAttempts) {
        throw error;
      }
      backOff(attempt, deadline, error);
    }
  }

  /**
   * Runs {@link #execute} on {@code executor}. The future fails with the same exceptions;
   * cancelling it does not interrupt a call already in flight.
   */
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, Executor executor) {
    Objects.requireNonNull(executor, "executor == null");
    return CompletableFuture.supplyAsync(() -> execute(request), executor);
  }

  /** Releases the OkHttp client if this transport created it. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      OkHttpClients.release(client);
    }
  }

  private Duration remaining(Instant deadline, HttpRequest request, Endpoint endpoint, String requestId) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw AttemptFailure.callTimeout(request, endpoint, requestId, config);
    }
    return left;
  }

  private void backOff(int attempt, Instant deadline, RuntimeException failure) {
    Duration delay = config.retryPolicy().delayBefore(attempt, random.nextDouble());
    if (clock.instant().plus(delay).isAfter(deadline)) {
      throw failure;
    }
    logger.debug("retry {} after {}: {}", attempt, delay, failure.getMessage());
    sleeper.sleep(delay);
  }

  /** Builds a {@link HttpTransport}; not thread-safe. */
  public static final class Builder {
    private @Nullable Endpoints endpoints;
    private TransportConfig config = TransportConfig.defaults();
    private AuthProvider authProvider = AuthProvider.none();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = ThreadLocalRandom.current();
    private Clock clock = Clock.systemUTC();
    private @Nullable Integer startIndex;
    private @Nullable OkHttpClient httpClient;

    private Builder() {}

    /** The servers; required. */
    public Builder endpoints(Endpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
      return this;
    }

    public Builder config(TransportConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Where tokens come from; {@link AuthProvider#none()} by default. */
    public Builder authProvider(AuthProvider authProvider) {
      this.authProvider = Objects.requireNonNull(authProvider, "authProvider == null");
      return this;
    }

    /** Waits between retries; tests pass one that only records. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Source of retry jitter. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** Measures the call timeout across retries; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Index of the first server to use. By default a random one, which spreads clients over the
     * servers.
     */
    public Builder startIndex(int startIndex) {
      this.startIndex = startIndex;
      return this;
    }

    /**
     * Shares the connection pool and dispatcher of a caller's OkHttp client. The transport derives
     * its own client from it (its timeouts, TLS and event listener replace the caller's) and never
     * closes the caller's pool or dispatcher.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @throws ValidationException when no endpoints were given or one is not http or https
     */
    public HttpTransport build() {
      if (endpoints == null) {
        throw ValidationException.of("HTTP transport",
            "endpoints: not set (expected at least one server)");
      }
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < endpoints.size(); i++) {
        String scheme = endpoints.at(i).scheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
          problems.add("endpoints[" + i + "]: scheme '" + scheme + "' is not HTTP (expected http or https)");
        }
      }
      ValidationException.throwIfAny("HTTP transport", problems);
      return new HttpTransport(this, endpoints);
    }
  }
}
