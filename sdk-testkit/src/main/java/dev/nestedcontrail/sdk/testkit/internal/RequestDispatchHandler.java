package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing phase: turns an aggregated request into a {@link FakeRequest}, finds its route and
 * writes the handler's answer; 404 for an unknown path, 405 (with {@code Allow}) for a known path
 * with another method, 500 with the message when the handler throws.
 */
public final class RequestDispatchHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger logger = LoggerFactory.getLogger(RequestDispatchHandler.class);

  private final Router router;
  private final AtomicLong requests;

  public RequestDispatchHandler(Router router, AtomicLong requests) {
    this.router = router;
    this.requests = requests;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
    requests.incrementAndGet();
    QueryStringDecoder uri = new QueryStringDecoder(msg.uri(), StandardCharsets.UTF_8);
    String method = msg.method().name().toUpperCase(Locale.ROOT);
    Router.Match match = router.route(method, uri.path());
    if (match.handler().isEmpty()) {
      if (match.allowed().isEmpty()) {
        ResponseWriter.writeText(ctx, HttpResponseStatus.NOT_FOUND, "no route for " + method + " " + uri.path() + "\n");
      } else {
        ResponseWriter.write(ctx, FakeResponse.text(405, method + " not allowed on " + uri.path() + "\n")
            .withHeader(HttpHeaderNames.ALLOW.toString(), String.join(", ", match.allowed())));
      }
      return;
    }
    FakeRequest.Builder request = FakeRequest.builder();
    request.method(method).path(uri.path()).pathVariables(match.variables())
        .queryParameters(uri.parameters()).body(msg.content().toString(StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : msg.headers()) {
      headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
    }
    request.headers(headers);
    FakeRequest built = request.build();
    FakeResponse response;
    try {
      response = match.handler().get().handle(built);
    } catch (RuntimeException e) {
      logger.debug("handler for {} failed", built, e);
      response = FakeResponse.text(500, "handler failed: " + e + "\n");
    }
    logger.debug("{} -> {}", built, response.status());
    ResponseWriter.write(ctx, response);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    logger.debug("closing {} after {}", ctx.channel(), cause.toString());
    ctx.close();
  }
}
