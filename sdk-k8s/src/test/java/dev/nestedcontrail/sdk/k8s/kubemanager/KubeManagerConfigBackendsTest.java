package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.configdb.ContactPoint;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import org.junit.jupiter.api.Test;

class KubeManagerConfigBackendsTest {
  static final String BASE = String.join("\n",
      "[KUBERNETES]",
      "pod_subnets=10.32.0.0/12",
      "ip_fabric_subnets=10.64.0.0/12",
      "service_subnets=10.96.0.0/12",
      "[VNC]",
      "");

  @Test
  void parse_dbAndQueueKeys_readsServersLoginAndClusterId() {
    KubeManagerConfig config = KubeManagerConfig.parse(BASE + String.join("\n",
        "cassandra_server_list=10.0.0.5:9041 10.0.0.6:9041",
        "cassandra_user=cass",
        "cassandra_password=cass-secret",
        "cluster_id=c7",
        "rabbit_server=10.0.0.5,10.0.0.6",
        "rabbit_port=5673",
        "rabbit_user=km",
        "rabbit_password=mq-secret",
        "rabbit_vhost=contrail",
        "rabbit_ha_mode=True",
        ""));

    assertThat(config.cassandraServers()).containsExactly(ContactPoint.of("10.0.0.5", 9041),
        ContactPoint.of("10.0.0.6", 9041));
    assertThat(config.cassandraUser()).contains("cass");
    assertThat(config.cassandraPassword()).contains("cass-secret");
    assertThat(config.clusterId()).contains("c7");
    assertThat(config.rabbitHaMode()).isTrue();
    BrokerConfig rabbit = config.rabbit().orElseThrow();
    assertThat(rabbit.endpoints().endpoints()).containsExactly(Endpoint.of("amqp", "10.0.0.5", 5673),
        Endpoint.of("amqp", "10.0.0.6", 5673));
    assertThat(rabbit.userName()).isEqualTo("km");
    assertThat(rabbit.password()).isEqualTo("mq-secret");
    assertThat(rabbit.virtualHost()).isEqualTo("contrail");
    assertThat(config.toString()).doesNotContain("cass-secret").doesNotContain("mq-secret");
  }

  @Test
  void parse_rabbitEntryWithLoginAndPort_overridesDefaults() {
    KubeManagerConfig config = KubeManagerConfig.parse(BASE
        + "rabbit_server=u1:p1@10.0.0.9:5674\nrabbit_use_ssl=true\ncassandra_server_list=db1\n");

    BrokerConfig rabbit = config.rabbit().orElseThrow();
    assertThat(rabbit.endpoints().endpoints()).containsExactly(Endpoint.of("amqps", "10.0.0.9", 5674));
    assertThat(rabbit.userName()).isEqualTo("u1");
    assertThat(rabbit.password()).isEqualTo("p1");
    assertThat(rabbit.virtualHost()).isEqualTo("/");
    assertThat(config.cassandraServers()).containsExactly(ContactPoint.of("db1", 9042));
  }

  @Test
  void parse_withoutDbAndQueueKeys_leavesThemEmpty() {
    KubeManagerConfig config = KubeManagerConfig.parse(BASE);

    assertThat(config.cassandraServers()).isEmpty();
    assertThat(config.rabbit()).isEmpty();
    assertThat(config.clusterId()).isEmpty();
    assertThat(config.rabbitHaMode()).isFalse();
  }

  @Test
  void parse_badDbAndQueueEntries_reportsThemAllWithoutPasswords() {
    assertThatThrownBy(() -> KubeManagerConfig.parse(BASE
        + "cassandra_server_list=10.0.0.5:x\nrabbit_server=u:topsecret@h:99x\nrabbit_port=abc\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cassandra_server_list: 10.0.0.5:x is not host:port")
        .hasMessageContaining("rabbit_port: abc is not a port number")
        .hasMessageContaining("rabbit_server: entry h:99x is not host or host:port")
        .hasMessageNotContaining("topsecret");
  }
}
