package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Raw HTTP calls against a {@link FakeKubernetesApi} for the tests; bodies as parsed JSON maps. */
final class KubeHttp implements AutoCloseable {
  private final TestHttp http = new TestHttp();
  private final String baseUrl;

  KubeHttp(FakeKubernetesApi api) {
    this.baseUrl = api.baseUrl();
  }

  /** A status code and the parsed JSON body. */
  record Reply(int status, Map<String, Object> body) {
    @SuppressWarnings("unchecked")
    Object at(String... path) {
      Object current = body;
      for (String key : path) {
        current = current instanceof Map ? ((Map<String, Object>) current).get(key) : null;
      }
      return current;
    }

    String string(String... path) {
      return String.valueOf(at(path));
    }

    List<?> items() {
      return (List<?>) body.get("items");
    }
  }

  Reply get(String path, String... headers) {
    return call(new Request.Builder().url(baseUrl + path).get(), headers);
  }

  Reply post(String path, Object body) {
    return call(new Request.Builder().url(baseUrl + path).post(json(body, "application/json")));
  }

  Reply put(String path, Object body) {
    return call(new Request.Builder().url(baseUrl + path).put(json(body, "application/json")));
  }

  Reply patch(String path, String contentType, Object body) {
    return call(new Request.Builder().url(baseUrl + path).patch(json(body, contentType)));
  }

  Reply delete(String path) {
    return call(new Request.Builder().url(baseUrl + path).delete());
  }

  /** Opens a watch; the caller reads lines from it and closes it. */
  Response open(String path) {
    try {
      return http.client.newCall(new Request.Builder().url(baseUrl + path).get().build()).execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next watch event of {@code watch}; null when the stream ended. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> next(Response watch) {
    try {
      String line = watch.body().source().readUtf8Line();
      return line == null ? null : (Map<String, Object>) JsonCodec.parse(line).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The types and names of the next {@code count} events, as {@code ADDED cm1}. */
  static List<String> next(Response watch, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> event = next(watch);
      Map<?, ?> metadata = (Map<?, ?>) ((Map<?, ?>) event.get("object")).get("metadata");
      out.add(event.get("type") + " " + (metadata.get("name") == null ? metadata.get("resourceVersion")
          : metadata.get("name")));
    }
    return out;
  }

  private Reply call(Request.Builder request, String... headers) {
    TestHttp.Answer answer = http.call(request, headers);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) JsonCodec.parse(answer.body()).filter(Map.class::isInstance)
        .orElse(Map.of("raw", answer.body()));
    return new Reply(answer.status(), body);
  }

  private static RequestBody json(Object body, String contentType) {
    return RequestBody.create(body instanceof String ? (String) body : JsonCodec.write(body), MediaType.get(contentType));
  }

  /** A ConfigMap body. */
  static Map<String, Object> configMap(String name, Map<String, String> labels, Map<String, String> data) {
    return Map.of("apiVersion", "v1", "kind", "ConfigMap",
        "metadata", Map.of("name", name, "labels", labels), "data", data);
  }

  @Override
  public void close() {
    http.close();
  }
}
