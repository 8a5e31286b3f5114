package dev.nestedcontrail.sdk.testkit.it.vnc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.testkit.FakeAnalyticsApi;
import dev.nestedcontrail.sdk.testkit.FakeCollector;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsQuery;
import dev.nestedcontrail.sdk.vnc.analytics.QueryTime;
import dev.nestedcontrail.sdk.vnc.analytics.UveEntry;
import dev.nestedcontrail.sdk.vnc.analytics.UveFilter;
import dev.nestedcontrail.sdk.vnc.analytics.UveLink;
import dev.nestedcontrail.sdk.vnc.analytics.WhereMatch;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorState;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.SandeshGenerator;
import dev.nestedcontrail.sdk.vnc.sandesh.SyslogLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole reporting path: a Sandesh generator (as kube-manager) → {@link FakeCollector} →
 * {@link FakeAnalyticsApi} following it → {@link AnalyticsClient} sees kube-manager's NodeStatus,
 * its generator, its alarm while a connection is down, and its system logs in MessageTable.
 */
class KubeManagerStatusThroughAnalyticsTest {
  private static final GeneratorIdentity KM = GeneratorIdentity.kubeManager("km1");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final FakeCollector collector = FakeCollector.start();
  private final FakeAnalyticsApi api = FakeAnalyticsApi.start().follow(collector);
  private final AnalyticsClient client = AnalyticsClient.builder()
      .endpoints(Endpoints.of(Endpoint.of("http", "127.0.0.1", api.port()))).build();
  private final SandeshGenerator generator = SandeshGenerator.builder().collectors(List.of(collector.address()))
      .identity(KM).reconnectDelay(Duration.ofMillis(20), Duration.ofMillis(100)).build();

  @AfterEach
  void close() {
    generator.close();
    client.close();
    api.close();
    collector.close();
  }

  private static NodeStatus status(ConnectionStatus rabbit) {
    return NodeStatus.of(KM, List.of(
        ConnectionInfo.of("ApiServer", "", ConnectionStatus.UP, List.of("10.0.0.1:8082")),
        ConnectionInfo.of("Database", "RabbitMQ", rabbit, List.of("10.0.0.1:5673"))));
  }

  @Test
  void nodeStatusSentByKubeManager_isVisibleThroughTheAnalyticsClient() {
    generator.start();
    await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);
    assertThat(client.uveNames("kubernetes-manager-node")).isEmpty();

    generator.sendNodeStatus(status(ConnectionStatus.UP));

    await().atMost(WAIT).until(() -> !client.uveNames("kubernetes-manager-node").isEmpty());
    assertThat(client.uveNames("kubernetes-manager-node")).extracting(UveLink::name).containsExactly("km1");
    Map<String, Object> uve = client.uve("kubernetes-manager-node", "km1",
        UveFilter.builder().flat(true).addStructFilters("NodeStatus").build());
    assertThat(uve).isEqualTo(Map.of("NodeStatus", Map.of("process_status", List.of(Map.of(
        "module_id", "contrail-kube-manager", "instance_id", "0", "state", "Functional",
        "connection_infos", List.of(
            Map.of("type", "ApiServer", "name", "", "server_addrs", List.of("10.0.0.1:8082"), "status", "Up"),
            Map.of("type", "Database", "name", "RabbitMQ", "server_addrs", List.of("10.0.0.1:5673"), "status", "Up")))))));
    assertThat(client.uveTypes()).anySatisfy(t -> assertThat(t.name()).isEqualTo("kubernetes-manager-node"));
    assertThat(client.generators()).extracting(UveLink::name).containsExactly("km1:Config:contrail-kube-manager:0");
    assertThat(client.generator("km1:Config:contrail-kube-manager:0")).extractingByKey("ModuleClientState")
        .asString().contains("Established");
    assertThat(client.alarms()).isEmpty();
  }

  @Test
  void connectionDown_raisesTheProcessStatusAlarm_andRecoveryClearsIt() {
    generator.start();
    generator.sendNodeStatus(status(ConnectionStatus.DOWN));

    await().atMost(WAIT).until(() -> client.alarms().containsKey("kubernetes-manager-node"));
    assertThat(client.alarms().get("kubernetes-manager-node")).extracting(UveEntry::name).containsExactly("km1");

    generator.sendNodeStatus(status(ConnectionStatus.UP));

    await().atMost(WAIT).until(() -> client.alarms().isEmpty());
    assertThat(client.uve("kubernetes-manager-node", "km1", UveFilter.flatOnly())).containsOnlyKeys("NodeStatus");
  }

  @Test
  void systemLogs_canBeQueriedFromMessageTable() {
    generator.start();
    await().atMost(WAIT).until(() -> generator.state() == GeneratorState.ESTABLISHED);
    assertThat(generator.log(SyslogLevel.WARNING, "pod default/web has no IP")).isTrue();
    assertThat(generator.log(SyslogLevel.INFO, "synced")).isTrue();
    AnalyticsQuery warnings = AnalyticsQuery.builder().table(FakeAnalyticsApi.MESSAGE_TABLE)
        .startTime(QueryTime.ago(Duration.ofMinutes(10))).endTime(QueryTime.now())
        .addSelectFields("Source", "ModuleId", "Messagetype", "Xmlmessage")
        .addWhere(List.of(WhereMatch.equal("ModuleId", "contrail-kube-manager"),
            WhereMatch.equal("Level", String.valueOf(SyslogLevel.WARNING.code()))))
        .build();

    await().atMost(WAIT).until(() -> collector.systemLogs().size() == 2);

    assertThat(client.query(warnings)).containsExactly(Map.of("Source", "km1", "ModuleId", "contrail-kube-manager",
        "Messagetype", "KubeManagerWarningLog", "Xmlmessage", "pod default/web has no IP"));
  }
}
