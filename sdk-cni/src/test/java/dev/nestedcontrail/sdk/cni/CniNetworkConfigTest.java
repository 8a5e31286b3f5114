package dev.nestedcontrail.sdk.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CniNetworkConfigTest {

  @Test
  void toJson_ofEveryRenderedReferenceFile_reproducesTheFileByteForByte() throws IOException {
    for (Path file : SharedReference.renderedNetworkConfigs()) {
      String original = Files.readString(file);
      CniNetworkConfig parsed = CniNetworkConfig.parse(original);
      assertThat(parsed.toJson()).as(file.toString()).isEqualTo(original);
    }
  }

  @Test
  void builder_withTheReferenceValues_writesTheReferenceFile() throws IOException {
    for (Path file : SharedReference.renderedNetworkConfigs()) {
      CniNetworkConfig parsed = CniNetworkConfig.parse(Files.readString(file));
      CniNetworkConfig built = CniNetworkConfig.builder()
          .clusterName(parsed.clusterName().orElseThrow())
          .metaPlugin("multus")
          .vifType(VifType.MACVLAN)
          .parentInterface("eth0")
          .vrouterIp(parsed.vrouterIp())
          .pollTimeout(Duration.ofSeconds(5))
          .pollRetries(15)
          .build();
      assertThat(built.toJson()).as(file.toString()).isEqualTo(Files.readString(file));
    }
  }

  @Test
  void parse_referenceValues_areTyped() {
    CniNetworkConfig c = CniNetworkConfig.parse("{\"cniVersion\":\"0.3.1\",\"name\":\"n\","
        + "\"type\":\"contrail-k8s-cni\",\"contrail\":{\"vrouter-ip\":\"10.10.10.5\","
        + "\"vrouter-port\":9091,\"poll-timeout\":5,\"poll-retries\":15,\"vif-type\":\"macvlan\","
        + "\"log-level\":\"4\",\"mtu\":1450}}");
    assertThat(c.vrouterIp()).isEqualTo("10.10.10.5");
    assertThat(c.vifType()).isEqualTo(VifType.MACVLAN);
    assertThat(c.pollBudget()).isEqualTo(Duration.ofSeconds(75));
    assertThat(c.effectiveMtu()).isEqualTo(1450);
    assertThat(c.clusterName()).isEmpty();
  }

  @Test
  void parse_unknownKeys_areKeptAndWrittenBack() {
    CniNetworkConfig c = CniNetworkConfig.parse("{\"cniVersion\":\"1.0.0\",\"name\":\"n\","
        + "\"type\":\"t\",\"runtimeConfig\":{\"a\": [1, 2]},\"contrail\":{\"mesos-port\":6991}}");
    assertThat(c.unknownKeys()).containsEntry("runtimeConfig", "{\"a\": [1, 2]}");
    assertThat(c.unknownContrailKeys()).containsEntry("mesos-port", "6991");
    assertThat(CniNetworkConfig.parse(c.toJson())).isEqualTo(c);
  }

  @Test
  void parse_wrongTypes_reportsEveryProblemAsInvalidNetworkConfig() {
    assertThatThrownBy(() -> CniNetworkConfig.parse("{\"cniVersion\":\"0.3.1\",\"type\":\"t\","
        + "\"contrail\":{\"vrouter-port\":\"x\",\"vif-type\":\"bridge\",\"poll-retries\":0}}"))
        .isInstanceOfSatisfying(CniException.class, e -> {
          assertThat(e.code()).isEqualTo(CniErrorCode.INVALID_NETWORK_CONFIG);
          assertThat(e.details()).contains("name: missing", "vrouter-port: \"x\" is not a whole",
              "vif-type: 'bridge'");
        });
  }

  @Test
  void parse_notJson_isDecodeFailure() {
    assertThatThrownBy(() -> CniNetworkConfig.parse("{\"name\": "))
        .isInstanceOfSatisfying(CniException.class,
            e -> assertThat(e.code()).isEqualTo(CniErrorCode.DECODE_FAILURE));
  }

  @Test
  void build_badValues_namesEachFieldAndValue() {
    assertThatThrownBy(() -> CniNetworkConfig.builder().vrouterPort(70000)
        .parentInterface("a-very-long-interface-name").pollTimeout(Duration.ofMillis(1500))
        .mtu(20).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
            .hasSize(4)
            .anySatisfy(p -> assertThat(p).contains("vrouter-port: 70000"))
            .anySatisfy(p -> assertThat(p).contains("parent-interface: 'a-very-long-interface-name'"))
            .anySatisfy(p -> assertThat(p).contains("poll-timeout: PT1.5S"))
            .anySatisfy(p -> assertThat(p).contains("mtu: 20")));
  }
}
