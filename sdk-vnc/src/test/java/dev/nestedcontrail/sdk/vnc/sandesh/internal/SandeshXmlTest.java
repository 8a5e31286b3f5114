package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandeshXmlTest {

  private static final GeneratorIdentity KM = GeneratorIdentity.kubeManager("km1");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00.123456789Z"), ZoneOffset.UTC);
  private final SandeshXmlReader reader = new SandeshXmlReader();

  @Test
  void write_systemLog_matchesPysandeshLayout() {
    SandeshMessage log = new MessageFactory(KM, CLOCK).systemLog("KubeManager", SyslogLevel.ERROR, "a<b & 'c'");

    assertThat(SandeshXmlWriter.write(log)).isEqualTo("<SandeshHeader>"
        + "<Namespace type=\"string\" identifier=\"1\"></Namespace>"
        + "<Timestamp type=\"i64\" identifier=\"2\">1795687200123456</Timestamp>"
        + "<Module type=\"string\" identifier=\"3\">contrail-kube-manager</Module>"
        + "<Source type=\"string\" identifier=\"4\">km1</Source>"
        + "<Context type=\"string\" identifier=\"5\"></Context>"
        + "<SequenceNum type=\"i32\" identifier=\"6\">1</SequenceNum>"
        + "<VersionSig type=\"i32\" identifier=\"7\">0</VersionSig>"
        + "<Type type=\"i32\" identifier=\"8\">1</Type>"
        + "<Hints type=\"i32\" identifier=\"9\">0</Hints>"
        + "<Level type=\"i32\" identifier=\"10\">3</Level>"
        + "<Category type=\"string\" identifier=\"11\">__default__</Category>"
        + "<NodeType type=\"string\" identifier=\"12\">Config</NodeType>"
        + "<InstanceId type=\"string\" identifier=\"13\">0</InstanceId>"
        + "</SandeshHeader>"
        + "<KubeManagerErrorLog type=\"sandesh\">"
        + "<log_msg type=\"string\" identifier=\"1\">a&lt;b &amp; &apos;c&apos;</log_msg>"
        + "</KubeManagerErrorLog>");
  }

  @Test
  void readWrite_roundTripsStructsListsMapsXmlAndAnnotations() throws IOException {
    SandeshStruct inner = SandeshStruct.of("UVETypeInfo", List.of(
        SandeshField.string("type_name", 1, "NodeStatusUVE"),
        SandeshField.scalar("seq_num", WireType.U32, 2, "4294967295")));
    SandeshContainer map = SandeshContainer.builder().kind(WireType.MAP).elementType(WireType.STRING)
        .valueType(WireType.STRUCT).addElements("k1", inner).build();
    SandeshStruct body = SandeshStruct.of("Everything", List.of(
        SandeshField.builder().name("name").type(WireType.STRING).id(1)
            .annotations(Map.of("key", "ObjectX")).value("n\"1").build(),
        SandeshField.list("names", 2, SandeshContainer.list(WireType.STRING, List.of("a", "<b>", ""))),
        SandeshField.builder().name("byname").type(WireType.MAP).id(3).value(map).build(),
        SandeshField.scalar("raw", WireType.XML, 4, "<keep>]]></keep>"),
        SandeshField.scalar("flag", WireType.BOOL, 5, "false"),
        SandeshField.list("nested", 6, SandeshContainer.list(WireType.LIST,
            List.of(SandeshContainer.list(WireType.I32, List.of("1", "2")))))));
    SandeshMessage message = SandeshMessage.of(header(), body);

    assertThat(reader.read(SandeshXmlWriter.write(message))).isEqualTo(message);
  }

  @Test
  void read_controlAnswerAsTheCollectorWritesIt() throws IOException {
    String xml = SandeshXmlWriter.write(SandeshMessage.of(header(), ControlMessages.serverToClient(true)))
        .replace("<type_info type=\"list\" identifier=\"1\"><list type=\"struct\" size=\"0\"></list>",
            "<type_info type=\"list\" identifier=\"1\"><list type=\"struct\" size=\"1\">"
                + "<UVETypeInfo><type_name type=\"string\" identifier=\"1\">NodeStatusUVE</type_name>"
                + "<seq_num type=\"u32\" identifier=\"2\">7</seq_num></UVETypeInfo></list>");

    SandeshMessage read = reader.read(xml);

    assertThat(read.name()).isEqualTo("SandeshCtrlServerToClient");
    assertThat(ControlMessages.readSuccess(read.body())).isTrue();
  }

  @Test
  void read_refusesDoctypeAndEntities() {
    String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + SandeshXmlWriter.write(SandeshMessage.of(header(), ControlMessages.serverToClient(true)));

    assertThatThrownBy(() -> reader.read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void read_rejectsMalformedMessagesNamingTheProblem() {
    String good = SandeshXmlWriter.write(SandeshMessage.of(header(), ControlMessages.serverToClient(true)));

    assertThatThrownBy(() -> reader.read("<Foo type=\"sandesh\"></Foo>"))
        .isInstanceOf(IOException.class).hasMessageContaining("SandeshHeader");
    assertThatThrownBy(() -> reader.read(good.replace(" type=\"sandesh\"", "")))
        .isInstanceOf(IOException.class).hasMessageContaining("type=\"sandesh\"");
    assertThatThrownBy(() -> reader.read(good.replace("size=\"0\"", "size=\"2\"")))
        .isInstanceOf(IOException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> reader.read(good.replace("type=\"bool\"", "type=\"bogus\"")))
        .isInstanceOf(IOException.class).hasMessageContaining("bogus");
    assertThatThrownBy(() -> reader.read(good.replace("<SequenceNum type=\"i32\" identifier=\"6\">1<", "<SequenceNum type=\"i32\" identifier=\"6\">one<")))
        .isInstanceOf(IOException.class).hasMessageContaining("SequenceNum");
    assertThatThrownBy(() -> reader.read(good + "<Second type=\"sandesh\"></Second>"))
        .isInstanceOf(IOException.class).hasMessageContaining("more than one");
    assertThatThrownBy(() -> reader.read(good.substring(0, good.length() - 3)))
        .isInstanceOf(IOException.class).hasMessageContaining("well-formed");
  }

  private static SandeshHeader header() {
    return SandeshHeader.builder().timestamp(1).module("m").source("s").sequenceNum(1)
        .type(SandeshConstants.TYPE_REQUEST).nodeType("Config").instanceId("0").ipAddress("10.0.0.1").pid(42).build();
  }
}
