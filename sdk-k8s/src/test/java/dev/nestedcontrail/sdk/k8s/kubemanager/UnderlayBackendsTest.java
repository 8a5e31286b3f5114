package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.UnderlayBackends;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.UnderlayBackends.Source;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import org.junit.jupiter.api.Test;

class UnderlayBackendsTest {
  private static final String BASE = "[DEFAULTS]\ncluster_name=blue\n"
      + KubeManagerConfigBackendsTest.BASE;
  private static final String BOTH = BASE
      + "cassandra_server_list=10.0.0.5:9042\nrabbit_server=10.0.0.5\nrabbit_port=5673\n";

  @Test
  void source_withBothBackendsConfigured_isTheConfiguration() {
    assertThat(UnderlayBackends.source(KubeManagerConfig.parse(BOTH), false))
        .isEqualTo(Source.CONFIG);
  }

  @Test
  void source_withCallerClients_isTheCallerEvenWhenConfigured() {
    assertThat(UnderlayBackends.source(KubeManagerConfig.parse(BOTH), true))
        .isEqualTo(Source.CALLER);
    assertThat(UnderlayBackends.source(KubeManagerConfig.parse(BASE), true))
        .isEqualTo(Source.CALLER);
  }

  @Test
  void source_withoutBackends_isNone() {
    assertThat(UnderlayBackends.source(KubeManagerConfig.parse(BASE), false))
        .isEqualTo(Source.NONE);
  }

  @Test
  void source_whenSwitchedOff_isNoneDespiteBothBackends() {
    KubeManagerConfig off = KubeManagerConfig.builder().from(KubeManagerConfig.parse(BOTH))
        .useConfigDb(false).build();

    assertThat(KubeManagerConfig.parse(BOTH).useConfigDb()).isTrue();
    assertThat(off.useConfigDb()).isFalse();
    assertThat(UnderlayBackends.source(off, false)).isEqualTo(Source.NONE);
  }

  @Test
  void open_withoutBackends_givesNoClients() {
    try (UnderlayBackends backends = UnderlayBackends.open(KubeManagerConfig.parse(BASE), null,
        null)) {
      assertThat(backends.configDb()).isEmpty();
      assertThat(backends.configEvents()).isEmpty();
    }
  }

  @Test
  void parse_withOnlyTheConfigDb_failsNamingBothFields() {
    assertThatThrownBy(() -> KubeManagerConfig.parse(BASE + "cassandra_server_list=db1\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cassandraServers, rabbit: only cassandraServers [db1:9042]")
        .hasMessageContaining("cassandra_server_list").hasMessageContaining("useConfigDb=false");
  }

  @Test
  void build_withOnlyTheQueue_failsNamingBothFields_unlessSwitchedOff() {
    KubeManagerConfig.Builder builder = KubeManagerConfig.builder();
    builder.from(KubeManagerConfig.parse(BASE))
        .rabbit(KubeManagerConfig.parse(BOTH).rabbit().orElseThrow());

    assertThatThrownBy(builder::build).isInstanceOf(ValidationException.class)
        .hasMessageContaining("cassandraServers, rabbit: only rabbit")
        .hasMessageContaining("10.0.0.5:5673").hasMessageContaining("rabbit_server");
    assertThat(builder.useConfigDb(false).build().rabbit()).isPresent();
  }

  @Test
  void configEventsBuilder_namesTheQueueAsKubeManagerWithClusterId() {
    KubeManagerConfig config = KubeManagerConfig.parse(BOTH + "cluster_id=c7\nrabbit_ha_mode=True\n");

    try (ConfigEvents events = UnderlayBackends.configEventsBuilder(config).hostname("km-host")
        .build()) {
      assertThat(events.queueName()).isEqualTo("c7-blue-kube_manager.km-host");
      assertThat(events.toString()).contains("10.0.0.5:5673");
    }
  }

  @Test
  void configEventsBuilder_withoutClusterId_prefixesTheClusterName() {
    try (ConfigEvents events = UnderlayBackends.configEventsBuilder(KubeManagerConfig.parse(BOTH))
        .hostname("km-host").build()) {
      assertThat(events.queueName()).isEqualTo("blue-kube_manager.km-host");
    }
  }
}
