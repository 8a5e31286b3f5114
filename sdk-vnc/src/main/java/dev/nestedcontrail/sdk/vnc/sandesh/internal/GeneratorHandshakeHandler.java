package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's first phase: sends {@code SandeshCtrlClientToServer} when the connection opens,
 * waits for {@code SandeshCtrlServerToClient}, and on success removes itself and tells the
 * listener; a refusal ({@code success=false}) closes the connection. Other messages that arrive
 * before the answer are dropped, as pysandesh does in its ClientInit state.
 */
public final class GeneratorHandshakeHandler extends SimpleChannelInboundHandler<SandeshMessage> {

  private static final Logger logger = LoggerFactory.getLogger(GeneratorHandshakeHandler.class);

  private final SessionListener listener;

  public GeneratorHandshakeHandler(SessionListener listener) {
    this.listener = listener;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    ctx.writeAndFlush(listener.connected(ctx.channel())).addListener(f -> {
      if (!f.isSuccess()) {
        ctx.close();
      }
    });
    ctx.fireChannelActive();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SandeshMessage m) {
    if (!m.header().control() || !SandeshConstants.SERVER_TO_CLIENT.equals(m.name())) {
      logger.debug("dropping {} received before the collector accepted the session", m.name());
      return;
    }
    boolean success;
    try {
      success = ControlMessages.readSuccess(m.body());
    } catch (IOException e) {
      success = false;
    }
    if (!success) {
      ctx.fireExceptionCaught(new IOException("collector " + m.header().source() + " refused the session"));
      return;
    }
    ctx.pipeline().remove(this);
    listener.established(ctx.channel());
  }
}
