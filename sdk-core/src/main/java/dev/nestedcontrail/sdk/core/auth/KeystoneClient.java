package dev.nestedcontrail.sdk.core.auth;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.http.HttpMethod;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import dev.nestedcontrail.sdk.core.internal.KeystoneWire;
import dev.nestedcontrail.sdk.core.internal.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues and caches Keystone tokens (v3 or v2.0, chosen by the credentials). It is an
 * {@link AuthProvider}, so it can be handed to any SDK client.
 *
 * <pre>{@code
 * try (KeystoneClient keystone = KeystoneClient.builder()
 *     .endpoints(Endpoints.parse("http://10.0.0.1:35357"))
 *     .credentials(KeystoneV3Password.of("admin", password, "admin"))
 *     .build()) {
 *   KeystoneToken token = keystone.token();
 * }
 * }</pre>
 *
 * <p>The endpoint is Keystone's root URL, without {@code /v3} or {@code /v2.0}. {@link #token()}
 * returns the cached token until {@code now >= expiresAt - refreshMargin} by the injected clock,
 * then fetches a new one; concurrent callers share one fetch. {@link #invalidate(String)} (called by
 * the transport on 401) forgets it. A wrong password throws
 * {@link dev.nestedcontrail.sdk.core.UnauthorizedException}; the password never appears in messages
 * or logs. Thread-safe.
 */
public final class KeystoneClient implements AuthProvider, AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(KeystoneClient.class);

  private final KeystoneCredentials credentials;
  private final HttpTransport transport;
  private final KeystoneWire wire;
  private final TokenCache cache;

  private KeystoneClient(Builder b) {
    this.credentials = Objects.requireNonNull(b.credentials);
    HttpTransport.Builder transportBuilder = HttpTransport.builder()
        .endpoints(Objects.requireNonNull(b.endpoints)).config(b.config).clock(b.clock);
    if (b.httpClient != null) {
      transportBuilder.httpClient(b.httpClient);
    }
    this.transport = transportBuilder.build();
    this.wire = new KeystoneWire();
    this.cache = new TokenCache(this::issueToken, b.clock, b.refreshMargin);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The cached token, fetched or refreshed first when missing or about to expire. */
  public KeystoneToken token() {
    return cache.get();
  }

  /** Asks Keystone for a new token now, bypassing the cache. */
  public KeystoneToken issueToken() {
    HttpRequest request = HttpRequest.builder().method(HttpMethod.POST)
        .path(KeystoneWire.tokensPath(credentials)).body(wire.requestBody(credentials))
        .idempotent(true).build();
    KeystoneToken token = wire.token(credentials, transport.execute(request));
    logger.debug("Keystone issued a token for user {} expiring at {}", credentials.userName(), token.expiresAt());
    return token;
  }

  @Override
  public Optional<String> authToken() {
    return Optional.of(token().id());
  }

  @Override
  public void invalidate(String rejectedToken) {
    cache.invalidate(rejectedToken);
  }

  /** Releases the HTTP resources this client created. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "KeystoneClient{" + transport.currentEndpoint() + ", user " + credentials.userName() + "}";
  }

  /** Builds a {@link KeystoneClient}; not thread-safe. */
  public static final class Builder {
    private @Nullable Endpoints endpoints;
    private @Nullable KeystoneCredentials credentials;
    private TransportConfig config = TransportConfig.defaults();
    private Clock clock = Clock.systemUTC();
    private Duration refreshMargin = Duration.ofMinutes(2);
    private @Nullable OkHttpClient httpClient;

    private Builder() {}

    /** Keystone servers (root URLs such as {@code http://10.0.0.1:35357}); required. */
    public Builder endpoints(Endpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
      return this;
    }

    /** {@link KeystoneV3Password} or {@link KeystoneV2Password}; required. */
    public Builder credentials(KeystoneCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    public Builder config(TransportConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Decides when a token is due for refresh; the caller's clock is never closed. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How long before expiry a token is refreshed; 2 minutes by default. */
    public Builder refreshMargin(Duration refreshMargin) {
      this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin == null");
      return this;
    }

    /** Shares a caller's OkHttp pool and dispatcher; see {@link HttpTransport.Builder#httpClient}. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /** @throws ValidationException naming every missing or bad field */
    public KeystoneClient build() {
      List<String> problems = new ArrayList<>();
      if (endpoints == null) {
        problems.add("endpoints: not set (expected Keystone's root URL)");
      }
      if (credentials == null) {
        problems.add("credentials: not set (expected KeystoneV3Password or KeystoneV2Password)");
      }
      if (refreshMargin.isNegative()) {
        problems.add("refreshMargin: " + refreshMargin + " is negative");
      }
      ValidationException.throwIfAny("Keystone client", problems);
      return new KeystoneClient(this);
    }
  }
}
