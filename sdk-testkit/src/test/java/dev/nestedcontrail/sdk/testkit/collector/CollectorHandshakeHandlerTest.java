package dev.nestedcontrail.sdk.testkit.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.ControlMessages;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.MessageFactory;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshMessage;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshPipeline;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshXmlWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorHandshakeHandlerTest {

  private final CollectorRecord record = new CollectorRecord();

  private EmbeddedChannel collector() {
    EmbeddedChannel ch = new EmbeddedChannel();
    SandeshPipeline.addCodecs(ch.pipeline(), 4096);
    ch.pipeline().addLast(new CollectorHandshakeHandler("col-1", record, Clock.systemUTC()));
    return ch;
  }

  /** Encodes on a generator-side codec pipeline and feeds the bytes to the collector. */
  private static void send(EmbeddedChannel collector, SandeshMessage message) {
    EmbeddedChannel codec = new EmbeddedChannel();
    SandeshPipeline.addCodecs(codec.pipeline(), 4096);
    codec.writeOutbound(message);
    ByteBuf frame = codec.readOutbound();
    collector.writeInbound(frame);
    codec.finishAndReleaseAll();
  }

  private static SandeshMessage answer(EmbeddedChannel collector) {
    EmbeddedChannel codec = new EmbeddedChannel();
    SandeshPipeline.addCodecs(codec.pipeline(), 4096);
    ByteBuf frame = collector.readOutbound();
    codec.writeInbound(frame);
    SandeshMessage m = codec.readInbound();
    codec.finishAndReleaseAll();
    return m;
  }

  @Test
  void clientToServer_isAnsweredWithControlSuccess_thenMessagesAreRecorded() throws IOException {
    GeneratorIdentity km = GeneratorIdentity.kubeManager("km1");
    MessageFactory messages = new MessageFactory(km, Clock.systemUTC());
    EmbeddedChannel ch = collector();

    send(ch, messages.hello(1, List.of("NodeStatusUVE"), 7));
    SandeshMessage reply = answer(ch);
    send(ch, messages.systemLog("KubeManager", SyslogLevel.DEBUG, "hi"));

    assertThat(reply.name()).isEqualTo("SandeshCtrlServerToClient");
    assertThat(reply.header().control()).isTrue();
    assertThat(reply.header().source()).isEqualTo("col-1");
    assertThat(ControlMessages.readSuccess(reply.body())).isTrue();
    assertThat(record.handshakes()).extracting(Handshake::generator).containsExactly(km);
    assertThat(record.openSessions()).isEqualTo(1);
    assertThat(record.systemLogs()).extracting(l -> l.text()).containsExactly("hi");
    ch.finishAndReleaseAll();
  }

  @Test
  void clientToServer_withEmptyInstanceId_isRefused() {
    GeneratorIdentity km = GeneratorIdentity.kubeManager("km1");
    SandeshMessage hello = new MessageFactory(km, Clock.systemUTC()).hello(1, List.of(), 7);
    String xml = SandeshXmlWriter.write(hello)
        .replace("<instance_id_name type=\"string\" identifier=\"8\">0<", "<instance_id_name type=\"string\" identifier=\"8\"><");
    EmbeddedChannel ch = collector();

    ch.writeInbound(Unpooled.copiedBuffer(String.format("<sandesh length=\"%010d\">", xml.length() + 39) + xml
        + "</sandesh>", StandardCharsets.UTF_8));

    assertThat(ch.isOpen()).isFalse();
    assertThat(record.handshakes()).isEmpty();
    assertThat(record.errors()).singleElement().asString().contains("empty node type or instance id");
    ch.finishAndReleaseAll();
  }

  @Test
  void messagesBeforeHandshake_areDropped() {
    EmbeddedChannel ch = collector();

    send(ch, new MessageFactory(GeneratorIdentity.kubeManager("km1"), Clock.systemUTC())
        .systemLog("KubeManager", SyslogLevel.INFO, "early"));

    assertThat(ch.isOpen()).isTrue();
    assertThat(record.systemLogs()).isEmpty();
    assertThat(record.errors()).singleElement().asString().contains("before the handshake");
    ch.finishAndReleaseAll();
  }

  @Test
  void garbage_closesTheSession() {
    EmbeddedChannel ch = collector();

    ch.writeInbound(Unpooled.copiedBuffer("\u0016\u0003\u0001 this is a TLS hello, not Sandesh", StandardCharsets.ISO_8859_1));

    assertThat(ch.isOpen()).isFalse();
    assertThat(record.errors()).singleElement().asString().contains("does not start with");
    ch.finishAndReleaseAll();
  }

  @Test
  void sameGeneratorTwice_closesBothSessions() {
    GeneratorIdentity km = GeneratorIdentity.kubeManager("km1");
    MessageFactory messages = new MessageFactory(km, Clock.systemUTC());
    EmbeddedChannel first = collector();
    send(first, messages.hello(1, List.of(), 7));
    EmbeddedChannel second = collector();

    send(second, messages.hello(2, List.of(), 7));

    assertThat(first.isOpen()).isFalse();
    assertThat(second.isOpen()).isFalse();
    assertThat(record.handshakes()).extracting(Handshake::generator).containsExactly(km);
    first.finishAndReleaseAll();
    second.finishAndReleaseAll();
  }
}
