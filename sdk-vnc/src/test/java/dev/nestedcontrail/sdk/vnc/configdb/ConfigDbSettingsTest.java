package dev.nestedcontrail.sdk.vnc.configdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigDbSettingsTest {

  @Test
  void contactPoints_parseHostPortListsWithIpv6() {
    assertThat(ContactPoint.parseList(" 10.0.0.5:9041, [fd00::5]:9042 ,"))
        .containsExactly(ContactPoint.of("10.0.0.5", 9041), ContactPoint.of("fd00::5", 9042));
    assertThat(ContactPoint.of("fd00::5", 9042)).hasToString("[fd00::5]:9042");
  }

  @Test
  void contactPoints_reportEveryBadEntry() {
    assertThatThrownBy(() -> ContactPoint.parseList("10.0.0.5,ok:9042,host:99999"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "contactPoints[0]: contactPoint: '10.0.0.5' is not host:port (expected e.g. 10.0.0.5:9042)",
            "contactPoints[2]: port: 99999 is out of range (expected 1 to 65535)"));
    assertThatThrownBy(() -> ContactPoint.parseList(" , ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("lists no node");
  }

  @Test
  void keyspace_isPrefixedByTheClusterId() {
    ConfigDbSettings plain = ConfigDbSettings.builder().addContactPoints(ContactPoint.of("h", 9042)).build();
    ConfigDbSettings prefixed = ConfigDbSettings.builder().from(plain).clusterId("k8s_cluster1").build();

    assertThat(plain.keyspace()).isEqualTo("config_db_uuid");
    assertThat(prefixed.keyspace()).isEqualTo("k8s_cluster1_config_db_uuid");
    assertThat(plain.localDatacenter()).isEqualTo("datacenter1");
  }

  @Test
  void check_reportsAllBadSettingsAtOnce() {
    assertThatThrownBy(() -> ConfigDbSettings.builder().clusterId("my-cluster").localDatacenter(" ")
            .requestTimeout(Duration.ZERO).pageSize(0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "localDatacenter: is blank (expected a datacenter name such as datacenter1)",
            "clusterId: 'my-cluster' is not a valid keyspace prefix (expected letters, digits and _)",
            "requestTimeout: PT0S is not positive",
            "pageSize: 0 is out of range (expected 1 to 10000)"));
    assertThatThrownBy(() -> ConfigDbSettings.builder().clusterId("c".repeat(40)).build())
        .hasMessageContaining("55 characters long (Cassandra allows 48)");
  }

  @Test
  void credentials_neverPrintThePassword() {
    ConfigDbSettings settings = ConfigDbSettings.builder().addContactPoints(ContactPoint.of("h", 9042))
        .credentials(ConfigDbCredentials.of("cassandra", "s3cret-pw")).build();

    assertThat(settings.toString()).contains("cassandra").doesNotContain("s3cret-pw");
    assertThat(settings.credentials().orElseThrow().password()).isEqualTo("s3cret-pw");
  }

  @Test
  void build_withoutContactPointsOrSession_isRejectedBeforeConnecting() {
    assertThatThrownBy(() -> ConfigDb.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("contactPoints: the list is empty");
    assertThatThrownBy(() -> ConfigDb.builder().contactPoints("h:9042").clusterId("bad id").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("clusterId: 'bad id'");
    assertThat(List.of(ConfigObjectId.of("project", List.of("d", "p"), "u")).get(0).fqName()).containsExactly("d", "p");
  }
}
