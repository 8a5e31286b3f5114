package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorHandshakeTest {

  private static final GeneratorIdentity KM = GeneratorIdentity.kubeManager("km1");
  private final MessageFactory messages = new MessageFactory(KM, Clock.systemUTC());
  private final List<String> events = new ArrayList<>();

  private final SessionListener listener = new SessionListener() {
    @Override
    public SandeshMessage connected(Channel channel) {
      events.add("connected");
      return messages.hello(1, List.of("NodeStatusUVE"), 4242);
    }

    @Override
    public void established(Channel channel) {
      events.add("established");
    }

    @Override
    public void closed(Channel channel, String reason) {
      events.add("closed: " + reason);
    }
  };

  /** A generator pipeline; a second channel with the same codecs plays the collector. */
  private EmbeddedChannel generator() {
    EmbeddedChannel ch = new EmbeddedChannel();
    SandeshPipeline.addCodecs(ch.pipeline(), 4096);
    ch.pipeline().addLast(new GeneratorHandshakeHandler(listener), new GeneratorSessionHandler(listener));
    ch.pipeline().fireChannelActive();
    return ch;
  }

  private static SandeshMessage relay(EmbeddedChannel from, EmbeddedChannel to) {
    ByteBuf frame = from.readOutbound();
    to.writeInbound(frame);
    return to.readInbound();
  }

  private static EmbeddedChannel collector() {
    EmbeddedChannel ch = new EmbeddedChannel();
    SandeshPipeline.addCodecs(ch.pipeline(), 4096);
    return ch;
  }

  private static void answer(EmbeddedChannel collector, EmbeddedChannel generator, SandeshStruct body, int hints) {
    SandeshHeader h = SandeshHeader.builder().timestamp(1).module("contrail-collector").source("collector-1")
        .sequenceNum(1).type(SandeshConstants.TYPE_REQUEST).hints(hints).context("ctrl")
        .nodeType("Analytics").instanceId("0").build();
    collector.writeOutbound(SandeshMessage.of(h, body));
    ByteBuf frame = collector.readOutbound();
    generator.writeInbound(frame);
  }

  @Test
  void channelActive_sendsClientToServerWithControlHintAndIdentity() throws IOException {
    EmbeddedChannel gen = generator();
    EmbeddedChannel col = collector();

    SandeshMessage hello = relay(gen, col);

    assertThat(hello.name()).isEqualTo("SandeshCtrlClientToServer");
    assertThat(hello.header().control()).isTrue();
    assertThat(hello.header().context()).isEqualTo("ctrl");
    ControlMessages.Hello read = ControlMessages.readClientToServer(hello.body());
    assertThat(read.identity()).isEqualTo(KM);
    assertThat(read.uveTypes()).containsExactly("NodeStatusUVE");
    assertThat(read.pid()).isEqualTo(4242);
    assertThat(read.successfulConnections()).isEqualTo(1);
    assertThat(events).containsExactly("connected");
    gen.finishAndReleaseAll();
    col.finishAndReleaseAll();
  }

  @Test
  void serverToClientSuccess_establishesAndRemovesHandshakeHandler() {
    EmbeddedChannel gen = generator();
    EmbeddedChannel col = collector();
    relay(gen, col);

    answer(col, gen, ControlMessages.serverToClient(true), SandeshConstants.CONTROL_HINT);

    assertThat(events).containsExactly("connected", "established");
    assertThat(gen.pipeline().get(GeneratorHandshakeHandler.class)).isNull();
    gen.writeOutbound(messages.systemLog("KubeManager", SyslogLevel.INFO, "up"));
    assertThat(relay(gen, col).name()).isEqualTo("KubeManagerInfoLog");
    assertThat(gen.isOpen()).isTrue();
    gen.finishAndReleaseAll();
    col.finishAndReleaseAll();
  }

  @Test
  void messagesBeforeTheAnswer_areDropped() {
    EmbeddedChannel gen = generator();
    EmbeddedChannel col = collector();
    relay(gen, col);

    answer(col, gen, ControlMessages.serverToClient(true), 0);

    assertThat(events).containsExactly("connected");
    assertThat(gen.pipeline().get(GeneratorHandshakeHandler.class)).isNotNull();
    gen.finishAndReleaseAll();
    col.finishAndReleaseAll();
  }

  @Test
  void serverToClientFailure_closesWithReason() {
    EmbeddedChannel gen = generator();
    EmbeddedChannel col = collector();
    relay(gen, col);

    answer(col, gen, ControlMessages.serverToClient(false), SandeshConstants.CONTROL_HINT);

    assertThat(gen.isOpen()).isFalse();
    assertThat(events).containsExactly("connected", "closed: session error: collector collector-1 refused the session");
    gen.finishAndReleaseAll();
    col.finishAndReleaseAll();
  }

  @Test
  void garbageFromCollector_closesTheSession() {
    EmbeddedChannel gen = generator();
    ReferenceCountUtil.release(gen.readOutbound());

    gen.writeInbound(Unpooled.copiedBuffer("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
        StandardCharsets.US_ASCII));

    assertThat(gen.isOpen()).isFalse();
    assertThat(events).last().asString().startsWith("closed: session error:").contains("does not start with");
    gen.finishAndReleaseAll();
  }
}
