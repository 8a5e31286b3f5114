package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;

/** Wraps encoded XML in a Sandesh frame: {@code <sandesh length="NNNNNNNNNN">xml</sandesh>}. */
public final class SandeshFrameEncoder extends MessageToByteEncoder<String> {

  public SandeshFrameEncoder() {
    super(String.class);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, String xml, ByteBuf out) {
    byte[] content = xml.getBytes(StandardCharsets.UTF_8);
    long length = (long) SandeshFrameDecoder.MIN_FRAME + content.length;
    if (length > 9_999_999_999L) {
      throw new EncoderException("Sandesh frame of " + length + " bytes does not fit ten length digits");
    }
    out.writeCharSequence(SandeshFrameDecoder.OPEN_PREFIX, StandardCharsets.US_ASCII);
    out.writeCharSequence(String.format("%010d", length), StandardCharsets.US_ASCII);
    out.writeCharSequence(SandeshFrameDecoder.OPEN_SUFFIX, StandardCharsets.US_ASCII);
    out.writeBytes(content);
    out.writeCharSequence(SandeshFrameDecoder.CLOSE, StandardCharsets.US_ASCII);
  }
}
