package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.TransportConfig;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** Builds the OkHttp client of a transport from its configuration. */
public final class OkHttpClients {

  private OkHttpClients() {}

  /**
   * A client with the configured timeouts and TLS. When {@code shared} is given, the result shares
   * its connection pool and dispatcher. OkHttp's own silent retries are off: the transport's
   * {@link dev.nestedcontrail.sdk.core.RetryPolicy} decides.
   */
  public static OkHttpClient create(TransportConfig config, @Nullable OkHttpClient shared) {
    OkHttpClient.Builder builder = shared == null ? new OkHttpClient.Builder() : shared.newBuilder();
    builder.connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        .retryOnConnectionFailure(false)
        .eventListenerFactory(AttemptProgress.FACTORY);
    TlsSetup.apply(config.tls(), builder);
    return builder.build();
  }

  /** Releases the threads and pooled connections of a client this SDK created. */
  public static void release(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
