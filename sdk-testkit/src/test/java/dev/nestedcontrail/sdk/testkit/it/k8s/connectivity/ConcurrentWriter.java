package dev.nestedcontrail.sdk.testkit.it.k8s.connectivity;

import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Another writer that strikes at a chosen moment of an apply: after the answer to the apply's
 * {@code method} request on the global-vrouter-config (a GET is the read before the merge, a PUT is
 * the apply's write), up to {@code times} times, on the apply's own thread.
 */
final class ConcurrentWriter implements AutoCloseable {
  private final String method;
  private final int times;
  private final Runnable write;
  private final AtomicInteger fired = new AtomicInteger();
  private final OkHttpClient http;

  ConcurrentWriter(String method, int times, Runnable write) {
    this.method = method;
    this.times = times;
    this.write = write;
    this.http = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      boolean target = chain.request().method().equals(method)
          && chain.request().url().encodedPath().startsWith("/global-vrouter-config/");
      if (target && fired.get() < times) {
        fired.incrementAndGet();
        write.run();
      }
      return response;
    }).build();
  }

  /** The OkHttp client for the apply's VncClient, with the trigger as an interceptor. */
  OkHttpClient http() {
    return http;
  }

  /** Releases the OkHttp client's connections and threads (the VncClient never closes a given client). */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  boolean fired() {
    return fired.get() > 0;
  }
}
