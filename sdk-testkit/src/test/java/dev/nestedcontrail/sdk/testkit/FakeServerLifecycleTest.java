package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FakeServerLifecycleTest {

  private static long threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
  }

  /** The event loop has terminated when close() returns; its thread may take a moment to exit. */
  private static void awaitNoThreads(String prefix) {
    await().atMost(Duration.ofSeconds(5)).until(() -> threadsNamed(prefix) == 0);
  }

  @Test
  void start_bindsLoopbackOnAnEphemeralPort() {
    try (FakeHttpServer a = FakeHttpServer.builder().start(); FakeHttpServer b = FakeHttpServer.builder().start()) {
      assertThat(a.baseUrl()).isEqualTo("http://127.0.0.1:" + a.port());
      assertThat(a.port()).isNotEqualTo(b.port()).isPositive();
    }
  }

  @Test
  void close_releasesThePortAndEndsTheServersThreads() throws IOException {
    FakeHttpServer server = FakeHttpServer.builder().name("lifecycle-probe").start();
    int port = server.port();
    try (TestHttp http = new TestHttp()) {
      assertThat(http.get(server.baseUrl() + "/x").status()).isEqualTo(404);
    }
    assertThat(threadsNamed("lifecycle-probe")).isEqualTo(1);

    server.close();

    awaitNoThreads("lifecycle-probe");
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void close_isIdempotent() {
    FakeHttpServer server = FakeHttpServer.builder().start();
    server.close();
    server.close();
    assertThat(server.openConnections()).isZero();
  }

  @Test
  void close_endsOpenStreamsAndTheirConnections() throws Exception {
    BlockingQueue<ResponseStream> streams = new ArrayBlockingQueue<>(1);
    FakeHttpServer server = FakeHttpServer.builder().name("stream-probe")
        .route("GET", "/watch", r -> FakeResponse.stream(200, "text/plain", streams::add))
        .start();
    try (TestHttp http = new TestHttp();
        Response response = http.client.newCall(new Request.Builder().url(server.baseUrl() + "/watch").build()).execute()) {
      ResponseStream stream = streams.poll(5, TimeUnit.SECONDS);
      assertThat(stream).isNotNull();
      assertThat(server.openConnections()).isEqualTo(1);

      server.close();

      assertThat(stream.isOpen()).isFalse();
      assertThat(server.openConnections()).isZero();
      assertThatThrownBy(() -> response.body().source().readUtf8LineStrict()).isInstanceOf(IOException.class);
      awaitNoThreads("stream-probe");
    }
  }
}
