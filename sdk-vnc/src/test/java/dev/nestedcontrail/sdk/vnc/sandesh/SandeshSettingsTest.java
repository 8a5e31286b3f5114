package dev.nestedcontrail.sdk.vnc.sandesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandeshSettingsTest {

  @Test
  void parseList_acceptsSpacesCommasDefaultPortAndIpv6() {
    assertThat(CollectorAddress.parseList("10.0.0.5:8086 10.0.0.6, collector-3 [fd00::1]:9086"))
        .containsExactly(CollectorAddress.of("10.0.0.5", 8086), CollectorAddress.of("10.0.0.6", 8086),
            CollectorAddress.of("collector-3", 8086), CollectorAddress.of("fd00::1", 9086));
    assertThat(CollectorAddress.of("fd00::1", 9086)).hasToString("[fd00::1]:9086");
  }

  @Test
  void parseList_reportsEveryBadEntry() {
    assertThatThrownBy(() -> CollectorAddress.parseList("a:x b:70000 c:8086"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .containsExactly("port: 'x' in 'a:x' is not a number", "port: 70000 is out of range (expected 1 to 65535)"));
    assertThatThrownBy(() -> CollectorAddress.parseList(" , ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("lists no address");
  }

  @Test
  void identity_rejectsBlankAndColonParts_andNamesItsUve() {
    assertThat(GeneratorIdentity.kubeManager("km1").uveName()).isEqualTo("km1:Config:contrail-kube-manager:0");
    assertThatThrownBy(() -> GeneratorIdentity.builder().source("a:b").instanceId(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void build_reportsEveryBadSetting() {
    assertThatThrownBy(() -> SandeshGenerator.builder().nodeStatusTable("Object Node").syslogPrefix("1x")
        .reconnectDelay(Duration.ZERO, Duration.ofSeconds(-1)).maxFrameLength(10).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "collectors: the list is empty (expected at least one collector address)",
            "identity: not set",
            "nodeStatusTable: 'Object Node' is not a table name such as ObjectKubernetesManagerNode",
            "syslogPrefix: '1x' is not the start of a message name",
            "reconnectBaseDelay: PT0S is not positive",
            "reconnectMaxDelay: PT-1S is below the base delay PT0S",
            "maxFrameLength: 10 (expected 1024 bytes or more)"));
  }

  @Test
  void close_beforeStart_isIdempotent_andStartAfterCloseFails() {
    SandeshGenerator generator = SandeshGenerator.builder().collectors(List.of(CollectorAddress.parse("127.0.0.1:1")))
        .identity(GeneratorIdentity.kubeManager("km1")).build();

    generator.close();
    generator.close();

    assertThatThrownBy(generator::start).isInstanceOf(ContrailClientException.class).hasMessageContaining("closed");
    assertThat(generator.state()).isEqualTo(GeneratorState.CLOSED);
    assertThat(generator.log(SyslogLevel.INFO, "x")).isFalse();
  }
}
