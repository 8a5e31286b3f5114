package dev.nestedcontrail.sdk.testkit.internal;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Builds requests for EmbeddedChannel tests and reads (and releases) their answers. */
final class EmbeddedHttp {
  private EmbeddedHttp() {}

  static FullHttpRequest request(HttpMethod method, String uri, String body) {
    return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
  }

  /** Status and body of {@code response}, releasing it. */
  static String statusAndBody(FullHttpResponse response) {
    try {
      return response.status().code() + " " + response.content().toString(StandardCharsets.UTF_8);
    } finally {
      response.release();
    }
  }
}
