package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's steady state, last in the pipeline: drops the requests a collector may send
 * (introspect requests are not served), closes the connection on any error and reports the close.
 */
public final class GeneratorSessionHandler extends SimpleChannelInboundHandler<SandeshMessage> {

  private static final Logger logger = LoggerFactory.getLogger(GeneratorSessionHandler.class);

  private final SessionListener listener;
  private String reason = "closed by the collector";

  public GeneratorSessionHandler(SessionListener listener) {
    this.listener = listener;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SandeshMessage msg) {
    logger.debug("ignoring {} from the collector", msg.name());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    reason = "session error: " + cause.getMessage();
    logger.debug("closing collector session {}: {}", ctx.channel().remoteAddress(), cause.toString());
    ctx.close();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    listener.closed(ctx.channel(), reason);
    ctx.fireChannelInactive();
  }
}
