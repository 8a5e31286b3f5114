package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.FakeResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a {@link FakeResponse} into Netty HTTP messages on a channel. */
public final class ResponseWriter {
  private static final Logger logger = LoggerFactory.getLogger(ResponseWriter.class);
  private ResponseWriter() {}

  /** Writes {@code response}; a streamed one gets its head now and its opener called with the stream. */
  public static void write(ChannelHandlerContext ctx, FakeResponse response) {
    HttpResponseStatus status = HttpResponseStatus.valueOf(response.status());
    if (response.stream().isEmpty()) {
      FullHttpResponse full = full(ctx, status, response.body());
      copyHeaders(response.headers(), full);
      ctx.writeAndFlush(full);
      return;
    }
    HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    copyHeaders(response.headers(), head);
    HttpUtil.setTransferEncodingChunked(head, true);
    ctx.writeAndFlush(head);
    NettyResponseStream stream = new NettyResponseStream(ctx);
    try {
      response.stream().get().accept(stream);
    } catch (RuntimeException e) {
      logger.debug("stream opener failed; closing the connection", e);
      ctx.close();
    }
  }

  /** Writes a plain-text answer, for errors the server itself gives (404, 405, injected faults). */
  public static void writeText(ChannelHandlerContext ctx, HttpResponseStatus status, String text) {
    FullHttpResponse full = full(ctx, status, text);
    full.headers().set(HttpHeaderNames.CONTENT_TYPE, FakeResponse.TEXT);
    ctx.writeAndFlush(full);
  }

  private static FullHttpResponse full(ChannelHandlerContext ctx, HttpResponseStatus status, String body) {
    ByteBuf content = ByteBufUtil.writeUtf8(ctx.alloc(), body);
    FullHttpResponse full = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
    HttpUtil.setContentLength(full, content.readableBytes());
    return full;
  }

  private static void copyHeaders(Map<String, String> headers, HttpResponse response) {
    headers.forEach((name, value) -> response.headers().set(name, value));
  }
}
