package dev.nestedcontrail.sdk.bench.vnc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The physical limit's proxy: the same GET through one shared OkHttp client (a pool sized for the
 * largest thread count), the body read as a string and nothing else: no retries, no parsing.
 */
final class RawOkHttpGetter implements AutoCloseable {
  private final OkHttpClient client;
  private final String baseUrl;

  RawOkHttpGetter(String baseUrl, int maxThreads) {
    this.baseUrl = baseUrl;
    this.client = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(maxThreads, 5, TimeUnit.MINUTES))
        .build();
  }

  /** The body of {@code GET /<type>/<uuid>}; throws unless the answer is 200. */
  String read(String type, String uuid) {
    Request request = new Request.Builder().url(baseUrl + "/" + type + "/" + uuid).build();
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IllegalStateException("GET " + request.url() + " -> " + response.code() + " " + body);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.url() + " failed", e);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
