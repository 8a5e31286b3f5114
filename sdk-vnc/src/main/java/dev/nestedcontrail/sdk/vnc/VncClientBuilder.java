package dev.nestedcontrail.sdk.vnc;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link VncClient}. Only {@link #endpoints} is required; auth defaults to
 * {@link AuthProvider#none()} (container deployments run the config API without auth), transport
 * settings to {@link TransportConfig#defaults()}.
 */
public final class VncClientBuilder {
  private @Nullable Endpoints endpoints;
  private AuthProvider authProvider = AuthProvider.none();
  private TransportConfig config = TransportConfig.defaults();
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private @Nullable OkHttpClient httpClient;
  private Optional<String> tenant = Optional.empty();
  private @Nullable HttpTransport shared;

  VncClientBuilder() {}

  /** The config API servers ({@code http://host:8082}), tried in turn on connection failures. */
  public VncClientBuilder endpoints(Endpoints endpoints) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints == null");
    shared = null;
    return this;
  }

  /** None, {@link AuthProvider#staticToken}, or a {@code KeystoneClient}; never closed by the client. */
  public VncClientBuilder authProvider(AuthProvider authProvider) {
    this.authProvider = Objects.requireNonNull(authProvider, "authProvider == null");
    shared = null;
    return this;
  }

  /** Timeouts, TLS, user agent, wire logging and retry policy. */
  public VncClientBuilder transportConfig(TransportConfig config) {
    this.config = Objects.requireNonNull(config, "config == null");
    shared = null;
    return this;
  }

  /** Replaces the retry policy of the transport config. */
  public VncClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    return transportConfig(TransportConfig.builder().from(config).retryPolicy(retryPolicy).build());
  }

  /** Measures call timeouts; the system UTC clock by default. */
  public VncClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    shared = null;
    return this;
  }

  /** Waits between retries; {@link Sleeper#system()} by default. */
  public VncClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    shared = null;
    return this;
  }

  /** The one OkHttp hook: an OkHttp client to derive from; never closed by the SDK. */
  public VncClientBuilder httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
    shared = null;
    return this;
  }

  /** Sends {@code X-Tenant-Name} with every request. */
  public VncClientBuilder tenant(String tenant) {
    this.tenant = Optional.of(tenant);
    return this;
  }

  Optional<String> tenant() {
    return tenant;
  }

  VncClientBuilder copy(@Nullable HttpTransport transport) {
    VncClientBuilder copy = new VncClientBuilder();
    copy.endpoints = endpoints;
    copy.authProvider = authProvider;
    copy.config = config;
    copy.clock = clock;
    copy.sleeper = sleeper;
    copy.httpClient = httpClient;
    copy.tenant = tenant;
    copy.shared = transport;
    return copy;
  }

  public VncClient build() {
    if (shared != null) {
      return new VncClient(copy(shared), shared, false);
    }
    if (endpoints == null) {
      throw ValidationException.of("VNC client", "endpoints: not set; give the config API servers");
    }
    HttpTransport.Builder transport = HttpTransport.builder().endpoints(endpoints).config(config)
        .authProvider(authProvider).clock(clock).sleeper(sleeper);
    if (httpClient != null) {
      transport.httpClient(httpClient);
    }
    return new VncClient(copy(null), transport.build(), true);
  }
}
