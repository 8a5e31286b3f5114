package dev.nestedcontrail.sdk.testkit.internal;

import static dev.nestedcontrail.sdk.testkit.internal.EmbeddedHttp.request;
import static dev.nestedcontrail.sdk.testkit.internal.EmbeddedHttp.statusAndBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.testkit.ResponseStream;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestDispatchHandlerTest {
  private final List<FakeRequest> seen = new ArrayList<>();
  private final List<ResponseStream> streams = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final EmbeddedChannel channel = new EmbeddedChannel(new RequestDispatchHandler(new Router(List.of(
      Router.Route.of("PUT", "/items/{id}", r -> {
        seen.add(r);
        return FakeResponse.text(200, "stored " + r.pathVariable("id"));
      }),
      Router.Route.of("GET", "/watch", r -> FakeResponse.stream(200, "application/json", streams::add)),
      Router.Route.of("GET", "/broken-watch", r -> FakeResponse.stream(200, "text/plain", s -> {
        throw new IllegalStateException("opener failed");
      })))), requests));

  @AfterEach
  void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Test
  void dispatch_givesTheHandlerMethodPathVariablesQueryHeadersAndBody() {
    FullHttpRequest put = request(HttpMethod.PUT, "/items/9?mode=fast", "{\"a\":1}");
    put.headers().set("X-Auth-Token", "t1");

    channel.writeInbound(put);

    assertThat(statusAndBody(channel.readOutbound())).isEqualTo("200 stored 9");
    FakeRequest r = seen.get(0);
    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.path()).isEqualTo("/items/9");
    assertThat(r.queryParameter("mode")).contains("fast");
    assertThat(r.header("x-auth-token")).contains("t1");
    assertThat(r.body()).isEqualTo("{\"a\":1}");
    assertThat(put.refCnt()).isZero();
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void dispatch_unknownPathAndWrongMethod_give404And405() {
    channel.writeInbound(request(HttpMethod.GET, "/nope", ""));
    assertThat(statusAndBody(channel.readOutbound())).isEqualTo("404 no route for GET /nope\n");

    channel.writeInbound(request(HttpMethod.DELETE, "/items/1", ""));
    FullHttpResponse notAllowed = channel.readOutbound();
    assertThat(notAllowed.headers().get("Allow")).isEqualTo("PUT");
    assertThat(statusAndBody(notAllowed)).startsWith("405");
  }

  @Test
  void dispatch_streamedResponse_writesHeadThenChunksThenLastChunk() {
    channel.writeInbound(request(HttpMethod.GET, "/watch", ""));

    HttpResponse head = channel.readOutbound();
    assertThat(HttpUtil.isTransferEncodingChunked(head)).isTrue();
    ResponseStream stream = streams.get(0);
    stream.send("one\n");
    HttpContent chunk = channel.readOutbound();
    assertThat(chunk.content().toString(StandardCharsets.UTF_8)).isEqualTo("one\n");
    chunk.release();

    stream.close();
    assertThat(channel.<Object>readOutbound()).isInstanceOf(LastHttpContent.class);
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void dispatch_whenStreamOpenerThrows_closesTheConnection() {
    channel.writeInbound(request(HttpMethod.GET, "/broken-watch", ""));

    assertThat(channel.<Object>readOutbound()).isInstanceOf(HttpResponse.class);
    assertThat(channel.isActive()).isFalse();
  }
}
