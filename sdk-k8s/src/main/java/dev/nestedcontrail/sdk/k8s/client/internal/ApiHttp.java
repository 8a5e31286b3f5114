package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one API server and maps error answers to the SDK's exception tree. A
 * Kubernetes error body is a {@code Status} object; its {@code message} becomes the exception's
 * text.
 */
public final class ApiHttp {
  private static final Logger logger = LoggerFactory.getLogger(ApiHttp.class);
  public static final MediaType JSON = MediaType.get("application/json");
  public static final MediaType APPLY_PATCH = MediaType.get("application/apply-patch+yaml");

  private final OkHttpClient client;
  private final OkHttpClient watchClient;
  private final HttpUrl base;
  private final Optional<String> token;

  public ApiHttp(OkHttpClient client, HttpUrl base, Optional<String> token) {
    this.client = client;
    this.watchClient = client.newBuilder().readTimeout(java.time.Duration.ZERO)
        .callTimeout(java.time.Duration.ZERO).build();
    this.base = base;
    this.token = token;
  }

  public String endpoint() {
    String url = base.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The URL of {@code path} (starting with {@code /}) with the query parameters in order. */
  public HttpUrl url(String path, Map<String, String> query) {
    HttpUrl.Builder builder = base.newBuilder().addPathSegments(path.substring(1));
    query.forEach(builder::addQueryParameter);
    return builder.build();
  }

  /** Sends the request and returns the answer's body; an error status throws. */
  public String send(String method, HttpUrl url, @Nullable String body, MediaType type) {
    return sendAllowing(method, url, body, type, false).orElseThrow();
  }

  /** As {@link #send}, but a 404 answer gives an empty result. */
  public Optional<String> sendOrEmptyIfNotFound(String method, HttpUrl url) {
    return sendAllowing(method, url, null, JSON, true);
  }

  private Optional<String> sendAllowing(String method, HttpUrl url, @Nullable String body,
      MediaType type, boolean allowNotFound) {
    String requestId = UUID.randomUUID().toString();
    String operation = method + " " + pathAndQuery(url);
    logger.debug("{} (request-id {})", operation, requestId);
    try (Response response = client.newCall(request(method, url, body, type, requestId))
        .execute()) {
      String text = response.body().string();
      if (response.isSuccessful()) {
        return Optional.of(text);
      }
      if (allowNotFound && response.code() == 404) {
        return Optional.empty();
      }
      throw error(operation, response, text, requestId);
    } catch (IOException e) {
      throw new ContrailClientException(operation + " failed at " + endpoint() + ": " + e, e);
    }
  }

  /**
   * Opens a watch: a chunked HTTP stream, or a WebSocket when {@code webSocket}. Empty when the
   * server answers 410 Gone (the resource version is too old); other errors throw. Before it blocks
   * it hands {@code onCancelable} the action that aborts the watch from another thread.
   */
  Optional<WatchStream> openWatch(HttpUrl url, boolean webSocket,
      Consumer<Runnable> onCancelable) throws IOException {
    String requestId = UUID.randomUUID().toString();
    String operation = "GET " + pathAndQuery(url);
    logger.debug("{} (request-id {})", operation, requestId);
    Request request = request("GET", url, null, JSON, requestId);
    if (webSocket) {
      WebSocketWatchStream stream = new WebSocketWatchStream();
      stream.attach(watchClient.newWebSocket(request, stream));
      onCancelable.accept(stream::cancel);
      WebSocketWatchStream.Failure failure = stream.awaitOpen();
      if (failure == null) {
        return Optional.of(stream);
      }
      if (failure.status() == 410) {
        return Optional.empty();
      }
      if (failure.status() == 0) {
        throw new IOException(failure.cause().toString(), failure.cause());
      }
      throw ContrailServiceException.of(operation, failure.status(), endpoint(), requestId,
          statusMessage(failure.body()));
    }
    Call call = watchClient.newCall(request);
    onCancelable.accept(call::cancel);
    Response response = call.execute();
    if (response.isSuccessful()) {
      return Optional.of(new HttpWatchStream(response));
    }
    try (response) {
      if (response.code() == 410) {
        return Optional.empty();
      }
      throw error(operation, response, response.body().string(), requestId);
    }
  }

  /** The exception for an error answer whose body has been read into {@code text}. */
  public ContrailServiceException error(String operation, Response response, String text,
      String requestId) {
    String auditId = Optional.ofNullable(response.header("Audit-Id")).orElse(requestId);
    return ContrailServiceException.of(operation, response.code(), endpoint(), auditId,
        statusMessage(text));
  }

  /** The {@code message} of a Status body, or the body itself when it is not one. */
  public static String statusMessage(String body) {
    try {
      Object message = JsonTrees.parseObject(body).get("message");
      return message instanceof String ? (String) message : body;
    } catch (ContrailClientException notJson) {
      return body;
    }
  }

  public static String pathAndQuery(HttpUrl url) {
    return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
  }

  private Request request(String method, HttpUrl url, @Nullable String body, MediaType type,
      String requestId) {
    Request.Builder builder = new Request.Builder().url(url)
        .header("Accept", "application/json")
        .header("X-Request-Id", requestId)
        .method(method, body == null ? null : RequestBody.create(body, type));
    token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
    return builder.build();
  }
}
