package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.NodeStatusCodec;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshConstants;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshField;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshHeader;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The collector's steady state: records NodeStatus UVEs and system logs, typed, and the names of
 * other messages. A message it cannot decode is recorded as an error and dropped, as the
 * collector drops it; a framing or XML error closes the session.
 */
public final class CollectorSessionHandler extends SimpleChannelInboundHandler<SandeshMessage> {

  private final GeneratorIdentity generator;
  private final CollectorRecord record;

  public CollectorSessionHandler(GeneratorIdentity generator, CollectorRecord record) {
    this.generator = generator;
    this.record = record;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, SandeshMessage m) {
    try {
      if (NodeStatusCodec.UVE_NAME.equals(m.name())) {
        record.nodeStatus(ReceivedNodeStatus.of(generator, NodeStatusCodec.table(m.body()),
            NodeStatusCodec.fromUveBody(m.body())));
      } else if (m.header().type() == SandeshConstants.TYPE_SYSTEM) {
        record.systemLog(systemLog(m));
      } else {
        record.other(m.name());
      }
    } catch (IOException e) {
      record.error("cannot decode " + m.name() + " from " + generator.uveName() + ": " + e.getMessage());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    record.error("session of " + generator.uveName() + " failed: " + cause.getMessage());
    ctx.close();
  }

  private static SystemLog systemLog(SandeshMessage m) throws IOException {
    SandeshHeader h = m.header();
    Optional<SyslogLevel> level = SyslogLevel.fromCode(h.level());
    if (level.isEmpty()) {
      throw new IOException("level " + h.level() + " is not a syslog level");
    }
    String text = m.body().fields().stream().map(SandeshField::text).flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
    Instant ts = Instant.EPOCH.plus(h.timestamp(), ChronoUnit.MICROS);
    return SystemLog.builder().messageName(m.name()).level(level.get()).text(text).category(h.category())
        .source(h.source()).module(h.module()).timestamp(ts).build();
  }
}
