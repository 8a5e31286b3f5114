package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.testkit.internal.JsonCodec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeHttpServerTest {
  private final BlockingQueue<ResponseStream> streams = new ArrayBlockingQueue<>(4);
  private final AtomicBoolean streamClosed = new AtomicBoolean();
  private final FakeHttpServer server = FakeHttpServer.builder()
      .route("GET", "/things/{id}", r -> FakeResponse.json(200, Map.of(
          "id", r.pathVariable("id"), "color", r.queryParameter("color").orElse("none"),
          "tags", r.queryParameters().getOrDefault("tag", List.of()))))
      .route("POST", "/things", r -> FakeResponse.json(201, Map.of("got", r.jsonObject().orElseThrow()))
          .withHeader("Location", "/things/1"))
      .route("GET", "/files/{path*}", r -> FakeResponse.text(200, "file " + r.pathVariable("path")))
      .route("GET", "/boom", r -> {
        throw new IllegalStateException("handler exploded");
      })
      .route("GET", "/watch", r -> FakeResponse.stream(200, "application/json", s -> {
        s.onClose(() -> streamClosed.set(true));
        streams.add(s);
      }))
      .start();
  private final TestHttp http = new TestHttp();

  @AfterEach
  void tearDown() {
    http.close();
    server.close();
  }

  @Test
  void route_bindsPathVariablesAndQueryParameters() {
    TestHttp.Answer answer = http.get(server.baseUrl() + "/things/42?color=red&tag=a&tag=b");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo("application/json");
    assertThat(JsonCodec.parse(answer.body()))
        .contains(Map.of("id", "42", "color", "red", "tags", List.of("a", "b")));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void route_parsesJsonRequestBodyAndSetsHeaders() {
    TestHttp.Answer answer = http.post(server.baseUrl() + "/things", "{\"name\":\"n1\",\"size\":3}");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("Location")).isEqualTo("/things/1");
    assertThat(answer.body()).isEqualTo("{\"got\":{\"name\":\"n1\",\"size\":3}}");
  }

  @Test
  void route_restVariableTakesRemainingSegments_withPlainTextBody() {
    TestHttp.Answer answer = http.get(server.baseUrl() + "/files/a/b/c.txt");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/plain");
    assertThat(answer.body()).isEqualTo("file a/b/c.txt");
  }

  @Test
  void route_unknownPath_gives404_andKnownPathWithOtherMethod_gives405WithAllow() {
    assertThat(http.get(server.baseUrl() + "/nothing").status()).isEqualTo(404);

    TestHttp.Answer wrongMethod = http.post(server.baseUrl() + "/things/1", "{}");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
  }

  @Test
  void route_whenHandlerThrows_gives500NamingTheFailure() {
    TestHttp.Answer answer = http.get(server.baseUrl() + "/boom");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.body()).contains("handler exploded");
  }

  @Test
  void stream_sendsChunksWhileOpen_andEndsOnClose() throws Exception {
    Request request = new Request.Builder().url(server.baseUrl() + "/watch").build();
    try (Response response = http.client.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
      ResponseStream stream = streams.poll(5, TimeUnit.SECONDS);
      assertThat(stream).isNotNull();
      BufferedSource body = response.body().source();

      stream.sendJsonLine(Map.of("type", "ADDED"));
      assertThat(body.readUtf8LineStrict()).isEqualTo("{\"type\":\"ADDED\"}");
      stream.send("second\n");
      assertThat(body.readUtf8LineStrict()).isEqualTo("second");

      stream.close();
      assertThat(body.exhausted()).isTrue();
      assertThat(stream.isOpen()).isFalse();
      assertThat(streamClosed).isTrue();
    }
  }

  @Test
  void stream_whenClientDisconnects_runsOnCloseCallback() throws Exception {
    Request request = new Request.Builder().url(server.baseUrl() + "/watch").build();
    Response response = http.client.newCall(request).execute();
    ResponseStream stream = streams.poll(5, TimeUnit.SECONDS);
    assertThat(stream).isNotNull();

    response.close();
    http.client.connectionPool().evictAll();

    await().atMost(Duration.ofSeconds(5)).untilTrue(streamClosed);
    assertThat(stream.isOpen()).isFalse();
    stream.send("ignored after close\n");
  }

  @Test
  void keepAlive_servesSeveralRequestsOnOneConnection() {
    for (int i = 0; i < 3; i++) {
      assertThat(http.get(server.baseUrl() + "/things/" + i).status()).isEqualTo(200);
    }
    assertThat(http.client.connectionPool().connectionCount()).isEqualTo(1);
    assertThat(server.openConnections()).isEqualTo(1);
  }
}
