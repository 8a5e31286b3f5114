package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.ControlMessages;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshConstants;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshHeader;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * The collector's first phase: waits for {@code SandeshCtrlClientToServer}, refuses (closes) a
 * generator with an empty node type or instance id, closes both sessions when the same generator
 * is already connected, and otherwise answers {@code SandeshCtrlServerToClient} with
 * {@code success=true} and hands over to {@link CollectorSessionHandler}. Other messages before
 * the handshake are dropped.
 */
public final class CollectorHandshakeHandler extends SimpleChannelInboundHandler<SandeshMessage> {

  private final String collectorName;
  private final CollectorRecord record;
  private final Clock clock;

  public CollectorHandshakeHandler(String collectorName, CollectorRecord record, Clock clock) {
    this.collectorName = collectorName;
    this.record = record;
    this.clock = clock;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SandeshMessage m) {
    if (!m.header().control() || !SandeshConstants.CLIENT_TO_SERVER.equals(m.name())) {
      record.error("dropped " + m.name() + " received before the handshake");
      return;
    }
    ControlMessages.Hello hello;
    try {
      hello = ControlMessages.readClientToServer(m.body());
    } catch (IOException e) {
      record.error("refused session: " + e.getMessage());
      ctx.close();
      return;
    }
    GeneratorIdentity identity = hello.identity();
    Optional<Channel> other = record.register(Handshake.builder().generator(identity)
        .successfulConnections(hello.successfulConnections()).uveTypes(hello.uveTypes()).pid(hello.pid()).build(),
        ctx.channel());
    if (other.isPresent()) {
      record.error("generator " + identity.uveName() + " connected twice; closing both sessions");
      other.get().close();
      ctx.close();
      return;
    }
    ctx.writeAndFlush(SandeshMessage.of(header(), ControlMessages.serverToClient(true)));
    ctx.pipeline().replace(this, "collector-session", new CollectorSessionHandler(identity, record));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    record.error("session from " + ctx.channel().remoteAddress() + " failed before the handshake: "
        + cause.getMessage());
    ctx.close();
  }

  private SandeshHeader header() {
    long micros = clock.millis() * 1000L;
    return SandeshHeader.builder().timestamp(micros).module("contrail-collector").source(collectorName)
        .context(SandeshConstants.CTRL_CONTEXT).sequenceNum(1).type(SandeshConstants.TYPE_REQUEST)
        .hints(SandeshConstants.CONTROL_HINT).nodeType("Analytics").instanceId("0").build();
  }
}
