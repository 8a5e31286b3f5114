package dev.nestedcontrail.sdk.cni.internal;

import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * {@code POST /cni}: the body is the plugin's stdin, each {@code CNI-Xyz} header is the variable
 * {@code CNI_XYZ} (dashes dropped: {@code CNI-ContainerId} → {@code CNI_CONTAINERID}). The answer's
 * body is the plugin's stdout and header {@code CNI-Exit-Code} its exit code; the status is 200
 * for exit code 0 and 400 otherwise, so {@code curl --fail-with-body} exits non-zero. The plugin
 * runs on {@code executor}, never on the I/O thread.
 */
public final class CniHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  public static final String PATH = "/cni";

  private final CniPlugin plugin;
  private final Executor executor;

  public CniHttpHandler(CniPlugin plugin, Executor executor) {
    this.plugin = plugin;
    this.executor = executor;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!request.uri().equals(PATH)) {
      respond(ctx, HttpResponseStatus.NOT_FOUND, "", "only " + PATH + " exists\n");
      return;
    }
    if (!request.method().equals(HttpMethod.POST)) {
      respond(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, "", "use POST\n");
      return;
    }
    Map<String, String> env = new HashMap<>();
    request.headers().forEach(h -> {
      String name = h.getKey();
      if (name.regionMatches(true, 0, "CNI-", 0, 4)) {
        env.put("CNI_" + name.substring(4).replace("-", "").toUpperCase(Locale.ROOT), h.getValue());
      }
    });
    byte[] stdin = ByteBufUtil.getBytes(request.content());
    try {
      executor.execute(() -> {
        CniOutcome outcome = plugin.execute(stdin, env);
        respond(ctx, outcome.succeeded() ? HttpResponseStatus.OK : HttpResponseStatus.BAD_REQUEST,
            Integer.toString(outcome.exitCode()), outcome.stdout());
      });
    } catch (RejectedExecutionException e) {
      respond(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, "", "the daemon is shutting down\n");
    }
  }

  private static void respond(ChannelHandlerContext ctx, HttpResponseStatus status, String exitCode,
      String body) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
        Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
        .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
        .set(HttpHeaderNames.CONNECTION, "close");
    if (!exitCode.isEmpty()) {
      response.headers().set("CNI-Exit-Code", exitCode);
    }
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }
}
