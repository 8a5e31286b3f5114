package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** HTTP calls to the vrouter agent: timeouts, request ids and error mapping. */
public final class AgentHttp implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(AgentHttp.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl base;
  private final String endpoint;
  private final OkHttpClient client;
  private final boolean owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  public AgentHttp(String endpoint, Duration connectTimeout, Duration callTimeout,
      @Nullable OkHttpClient shared) {
    HttpUrl parsed = HttpUrl.parse(endpoint);
    if (parsed == null) {
      throw ValidationException.of("vrouter agent client",
          "endpoint: '" + endpoint + "' is not an http(s) URL");
    }
    this.base = parsed;
    this.endpoint = endpoint.replaceAll("/+$", "");
    this.owned = shared == null;
    OkHttpClient.Builder b = shared == null ? new OkHttpClient.Builder() : shared.newBuilder();
    this.client = b.connectTimeout(connectTimeout).readTimeout(callTimeout)
        .writeTimeout(callTimeout).callTimeout(callTimeout).retryOnConnectionFailure(false).build();
  }

  public String endpoint() {
    return endpoint;
  }

  /** Sends a request and returns the body of a 2xx answer; throws for anything else. */
  public String send(String method, String path, List<String> segments, @Nullable String body) {
    HttpUrl.Builder url = base.newBuilder().addPathSegments(path.substring(1));
    segments.forEach(url::addPathSegment);
    String operation = method + " " + path + (segments.isEmpty() ? "" : "/" + String.join("/", segments));
    String requestId = "req-" + UUID.randomUUID();
    Request request = new Request.Builder().url(url.build())
        .header("X-Request-Id", requestId)
        .method(method, body == null ? null : RequestBody.create(body, JSON))
        .build();
    logger.debug("{} {} ({})", operation, endpoint, requestId);
    try (Response response = client.newCall(request).execute()) {
      ResponseBody rb = response.body();
      String text = rb == null ? "" : rb.string();
      if (!response.isSuccessful()) {
        throw ContrailServiceException.of(operation, response.code(), endpoint, requestId, text);
      }
      return text;
    } catch (IOException e) {
      throw new ContrailClientException(operation + " at " + endpoint + " failed: " + e, e);
    }
  }

  /** The exception for an answer that is empty where entries were expected. */
  public ContrailServiceException notFound(String operation, String body) {
    return ContrailServiceException.of(operation + " (empty answer)", 404, endpoint, "-", body);
  }

  @Override
  public void close() {
    if (owned && closed.compareAndSet(false, true)) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
