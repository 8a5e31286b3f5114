package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandeshFrameCodecTest {

  private static ByteBuf ascii(String s) {
    return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
  }

  private static String encode(String xml) {
    EmbeddedChannel out = new EmbeddedChannel(new SandeshFrameEncoder());
    assertThat(out.writeOutbound(xml)).isTrue();
    ByteBuf frame = out.readOutbound();
    try {
      return frame.toString(StandardCharsets.UTF_8);
    } finally {
      frame.release();
      out.finishAndReleaseAll();
    }
  }

  @Test
  void encode_writesTenDigitLengthCountingBothTagsInBytes() {
    String frame = encode("<a>é</a>");

    assertThat(frame).isEqualTo("<sandesh length=\"0000000048\"><a>é</a></sandesh>");
    assertThat(frame.getBytes(StandardCharsets.UTF_8)).hasSize(48);
  }

  @Test
  void decode_whenFrameArrivesByteByByte_emitsContentOnce() {
    byte[] bytes = encode("<x>hello &amp; bye</x>").getBytes(StandardCharsets.UTF_8);
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    for (int i = 0; i < bytes.length - 1; i++) {
      ch.writeInbound(Unpooled.wrappedBuffer(bytes, i, 1));
      Object none = ch.readInbound();
      assertThat(none).isNull();
    }
    ch.writeInbound(Unpooled.wrappedBuffer(bytes, bytes.length - 1, 1));

    assertThat((String) ch.readInbound()).isEqualTo("<x>hello &amp; bye</x>");
    assertThat(ch.finish()).isFalse();
  }

  @Test
  void decode_whenTwoFramesInOneBuffer_emitsBoth() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    ch.writeInbound(ascii(encode("<a/>") + encode("<b/>")));

    assertThat((String) ch.readInbound()).isEqualTo("<a/>");
    assertThat((String) ch.readInbound()).isEqualTo("<b/>");
    assertThat(ch.finish()).isFalse();
  }

  @Test
  void decode_whenLengthExceedsMaximum_failsBeforeBufferingAndDiscardsTheRest() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(100));

    assertThatThrownBy(() -> ch.writeInbound(ascii("<sandesh length=\"0000000500\"><a>")))
        .isInstanceOf(TooLongFrameException.class).hasMessageContaining("500");
    ch.writeInbound(ascii(encode("<later/>")));

    Object none = ch.readInbound();
    assertThat(none).isNull();
    assertThat(ch.finish()).isFalse();
  }

  @Test
  void decode_whenStreamStartsWithGarbage_failsAsCorrupted() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    assertThatThrownBy(() -> ch.writeInbound(ascii("GET / HTTP/1.1\r\nHost: collector\r\n\r\n")))
        .isInstanceOf(CorruptedFrameException.class).hasMessageContaining("does not start with");
    assertThat(ch.finish()).isFalse();
  }

  @Test
  void decode_whenLengthHasNonDigit_failsAsCorrupted() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    assertThatThrownBy(() -> ch.writeInbound(ascii("<sandesh length=\"00000000x9\"><a/></sandesh>")))
        .isInstanceOf(CorruptedFrameException.class).hasMessageContaining("non-digit");
    ch.finishAndReleaseAll();
  }

  @Test
  void decode_whenLengthBelowEmptyFrame_failsAsCorrupted() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    assertThatThrownBy(() -> ch.writeInbound(ascii("<sandesh length=\"0000000012\"></sandesh>")))
        .isInstanceOf(CorruptedFrameException.class).hasMessageContaining("below the minimum");
    ch.finishAndReleaseAll();
  }

  @Test
  void decode_whenFrameDoesNotEndWithCloseTag_failsAsCorrupted() {
    EmbeddedChannel ch = new EmbeddedChannel(new SandeshFrameDecoder(1024));

    assertThatThrownBy(() -> ch.writeInbound(ascii("<sandesh length=\"0000000048\"><a/>xxxxx</sandesx>")))
        .isInstanceOf(CorruptedFrameException.class).hasMessageContaining("does not end with");
    ch.finishAndReleaseAll();
  }
}
