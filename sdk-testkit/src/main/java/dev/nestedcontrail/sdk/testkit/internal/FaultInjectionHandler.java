package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.DelayScheduler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault phase: for each aggregated request, waits the latency (on the event loop's timer or the
 * injected scheduler), then drops the connection, answers an injected status, or passes the request on.
 */
public final class FaultInjectionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger logger = LoggerFactory.getLogger(FaultInjectionHandler.class);

  private final FaultState faults;
  private final Optional<DelayScheduler> scheduler;

  public FaultInjectionHandler(FaultState faults, Optional<DelayScheduler> scheduler) {
    this.faults = faults;
    this.scheduler = scheduler;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest)) {
      ctx.fireChannelRead(msg);
      return;
    }
    FaultDecision decision = faults.decide();
    if (decision.delay().isZero()) {
      apply(ctx, (FullHttpRequest) msg, decision);
      return;
    }
    Runnable resume = () -> apply(ctx, (FullHttpRequest) msg, decision);
    if (scheduler.isPresent()) {
      scheduler.get().schedule(decision.delay(), () -> ctx.executor().execute(resume));
    } else {
      ctx.executor().schedule(resume, decision.delay().toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private static void apply(ChannelHandlerContext ctx, FullHttpRequest request, FaultDecision decision) {
    if (!ctx.channel().isActive()) {
      ReferenceCountUtil.release(request);
      return;
    }
    switch (decision.action()) {
      case DROP:
        logger.debug("fault: dropping the connection on {} {}", request.method(), request.uri());
        ReferenceCountUtil.release(request);
        ctx.close();
        break;
      case RESPOND:
        logger.debug("fault: answering {} to {} {}", decision.status(), request.method(), request.uri());
        ReferenceCountUtil.release(request);
        ResponseWriter.writeText(ctx, HttpResponseStatus.valueOf(decision.status()),
            "injected fault: " + decision.status() + "\n");
        break;
      default:
        ctx.fireChannelRead(request);
    }
  }
}
