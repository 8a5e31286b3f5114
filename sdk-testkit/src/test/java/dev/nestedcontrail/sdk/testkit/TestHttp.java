package dev.nestedcontrail.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A raw OkHttp client for the tests: no retries, short timeouts, closed after each test class. */
final class TestHttp implements AutoCloseable {
  static final MediaType JSON = MediaType.get("application/json");

  record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }
  }

  final OkHttpClient client = new OkHttpClient.Builder()
      .retryOnConnectionFailure(false)
      .connectTimeout(Duration.ofSeconds(5))
      .readTimeout(Duration.ofSeconds(10))
      .build();

  Answer get(String url, String... headers) {
    return call(new Request.Builder().url(url).get(), headers);
  }

  Answer post(String url, String json, String... headers) {
    return call(new Request.Builder().url(url).post(RequestBody.create(json, JSON)), headers);
  }

  Answer call(Request.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = client.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.headers().toMultimap(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
