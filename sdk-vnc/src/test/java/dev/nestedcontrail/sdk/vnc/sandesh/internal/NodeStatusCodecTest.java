package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeStatusCodecTest {

  private static final GeneratorIdentity KM = GeneratorIdentity.kubeManager("km1");

  private static NodeStatus status() {
    return NodeStatus.of(KM, List.of(
        ConnectionInfo.of("ApiServer", "", ConnectionStatus.UP, List.of("10.0.0.1:8082", "10.0.0.2:8082")),
        ConnectionInfo.builder().type("Database").name("RabbitMQ").status(ConnectionStatus.DOWN)
            .description("connection refused").build()));
  }

  @Test
  void nodeStatus_roundTripsThroughXmlWithTableInKeyAnnotation() throws IOException {
    SandeshMessage uve = new MessageFactory(KM, Clock.systemUTC()).nodeStatus(status(), "ObjectKubernetesManagerNode");

    SandeshMessage read = new SandeshXmlReader().read(SandeshXmlWriter.write(uve));

    assertThat(read.header().type()).isEqualTo(SandeshConstants.TYPE_UVE);
    assertThat(read.header().hints()).isEqualTo(SandeshConstants.KEY_HINT);
    assertThat(NodeStatusCodec.table(read.body())).isEqualTo("ObjectKubernetesManagerNode");
    assertThat(NodeStatusCodec.fromUveBody(read.body())).isEqualTo(status());
    assertThat(SandeshXmlWriter.write(uve)).contains(
        "<NodeStatusUVE type=\"sandesh\"><data type=\"struct\" identifier=\"1\"><NodeStatus>"
            + "<name type=\"string\" identifier=\"1\" key=\"ObjectKubernetesManagerNode\">km1</name>"
            + "<process_status type=\"list\" identifier=\"4\" aggtype=\"union\"><list type=\"struct\" size=\"1\">"
            + "<ProcessStatus><module_id type=\"string\" identifier=\"1\">contrail-kube-manager</module_id>");
  }

  @Test
  void derive_marksProcessNonFunctionalNamingDownConnections() {
    NodeStatus s = status();

    assertThat(s.processStatus().get(0).state()).isEqualTo(ProcessState.NON_FUNCTIONAL);
    assertThat(s.processStatus().get(0).description()).contains("Database:RabbitMQ connection down");
  }

  @Test
  void fromUveBody_whenStateUnknown_fails() {
    SandeshStruct body = NodeStatusCodec.toUveBody(status(), "T");
    String xml = SandeshXmlWriter.write(SandeshMessage.of(
        new MessageFactory(KM, Clock.systemUTC()).nodeStatus(status(), "T").header(), body))
        .replace(">Up<", ">Sideways<");

    assertThatThrownBy(() -> NodeStatusCodec.fromUveBody(new SandeshXmlReader().read(xml).body()))
        .isInstanceOf(IOException.class).hasMessageContaining("Sideways");
  }
}
