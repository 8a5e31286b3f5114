package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splits the TCP stream into Sandesh frames and emits each frame's content (the XML between the
 * {@code <sandesh length="NNNNNNNNNN">} open tag and the {@code </sandesh>} close tag) as a
 * {@code String}. The length is ten zero-padded decimal digits and counts the whole frame, tags
 * included, in bytes. A malformed open tag, a length below the empty frame or above
 * {@code maxFrameLength}, or a frame that does not end in the close tag fails the stream: the
 * exception goes down the pipeline and every later byte is discarded.
 */
public final class SandeshFrameDecoder extends ByteToMessageDecoder {

  static final String OPEN_PREFIX = "<sandesh length=\"";
  static final String OPEN_SUFFIX = "\">";
  static final String CLOSE = "</sandesh>";
  static final int LENGTH_DIGITS = 10;
  /** Length of the open tag: 29 bytes. */
  static final int OPEN_LENGTH = OPEN_PREFIX.length() + LENGTH_DIGITS + OPEN_SUFFIX.length();
  static final int MIN_FRAME = OPEN_LENGTH + CLOSE.length();

  private static final byte[] PREFIX = OPEN_PREFIX.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUFFIX = OPEN_SUFFIX.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE_BYTES = CLOSE.getBytes(StandardCharsets.US_ASCII);

  private final int maxFrameLength;
  private boolean failed;

  public SandeshFrameDecoder(int maxFrameLength) {
    if (maxFrameLength < MIN_FRAME) {
      throw new IllegalArgumentException("maxFrameLength: " + maxFrameLength + " (expected " + MIN_FRAME + " or more)");
    }
    this.maxFrameLength = maxFrameLength;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < OPEN_LENGTH) {
      return;
    }
    int start = in.readerIndex();
    if (!matches(in, start, PREFIX) || !matches(in, start + PREFIX.length + LENGTH_DIGITS, SUFFIX)) {
      fail(in, new CorruptedFrameException("Sandesh frame does not start with "
          + OPEN_PREFIX + "NNNNNNNNNN" + OPEN_SUFFIX));
    }
    long length = 0;
    for (int i = 0; i < LENGTH_DIGITS; i++) {
      byte b = in.getByte(start + PREFIX.length + i);
      if (b < '0' || b > '9') {
        fail(in, new CorruptedFrameException("Sandesh frame length holds a non-digit: "
            + in.toString(start + PREFIX.length, LENGTH_DIGITS, StandardCharsets.US_ASCII)));
      }
      length = length * 10 + (b - '0');
    }
    if (length < MIN_FRAME) {
      fail(in, new CorruptedFrameException("Sandesh frame length " + length + " is below the minimum " + MIN_FRAME));
    }
    if (length > maxFrameLength) {
      fail(in, new TooLongFrameException("Sandesh frame length " + length + " exceeds the maximum " + maxFrameLength));
    }
    int frame = (int) length;
    if (in.readableBytes() < frame) {
      return;
    }
    if (!matches(in, start + frame - CLOSE_BYTES.length, CLOSE_BYTES)) {
      fail(in, new CorruptedFrameException("Sandesh frame of length " + frame + " does not end with " + CLOSE));
    }
    out.add(in.toString(start + OPEN_LENGTH, frame - MIN_FRAME, StandardCharsets.UTF_8));
    in.skipBytes(frame);
  }

  private void fail(ByteBuf in, RuntimeException e) {
    failed = true;
    in.skipBytes(in.readableBytes());
    throw e;
  }

  private static boolean matches(ByteBuf in, int index, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (in.getByte(index + i) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
