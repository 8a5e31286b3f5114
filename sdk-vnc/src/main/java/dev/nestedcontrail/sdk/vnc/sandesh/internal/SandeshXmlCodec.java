package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.MessageToMessageCodec;
import java.io.IOException;
import java.util.List;

/** Converts between frame contents ({@code String}) and {@link SandeshMessage}s. */
public final class SandeshXmlCodec extends MessageToMessageCodec<String, SandeshMessage> {

  private final SandeshXmlReader reader = new SandeshXmlReader();

  public SandeshXmlCodec() {
    super(String.class, SandeshMessage.class);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, SandeshMessage msg, List<Object> out) {
    out.add(SandeshXmlWriter.write(msg));
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, String xml, List<Object> out) {
    try {
      out.add(reader.read(xml));
    } catch (IOException e) {
      throw new DecoderException(e.getMessage(), e);
    }
  }
}
