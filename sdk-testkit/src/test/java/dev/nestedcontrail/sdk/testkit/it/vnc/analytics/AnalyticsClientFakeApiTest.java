package dev.nestedcontrail.sdk.testkit.it.vnc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.BadRequestException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.testkit.FakeAnalyticsApi;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsClient;
import dev.nestedcontrail.sdk.vnc.analytics.AnalyticsQuery;
import dev.nestedcontrail.sdk.vnc.analytics.MatchOp;
import dev.nestedcontrail.sdk.vnc.analytics.QueryTime;
import dev.nestedcontrail.sdk.vnc.analytics.SortOrder;
import dev.nestedcontrail.sdk.vnc.analytics.UveEntry;
import dev.nestedcontrail.sdk.vnc.analytics.UveFilter;
import dev.nestedcontrail.sdk.vnc.analytics.UveLink;
import dev.nestedcontrail.sdk.vnc.analytics.UveType;
import dev.nestedcontrail.sdk.vnc.analytics.WhereMatch;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link AnalyticsClient} end to end against {@link FakeAnalyticsApi} populated from code. */
class AnalyticsClientFakeApiTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private final FakeClock clock = new FakeClock(NOW);
  private final FakeAnalyticsApi api = FakeAnalyticsApi.builder().clock(clock).start()
      .putVrouter("compute-1", "192.168.0.11", ProcessState.FUNCTIONAL)
      .putVrouter("compute-2", "192.168.0.12", ProcessState.NON_FUNCTIONAL);
  private final AnalyticsClient client = AnalyticsClient.builder()
      .endpoints(Endpoints.of(Endpoint.of("http", "127.0.0.1", api.port()))).build();

  @AfterEach
  void close() {
    client.close();
    api.close();
  }

  @Test
  void uveTypesAndTables_listTheNodeTypes() {
    assertThat(client.uveTypes()).contains(UveType.of("vrouter", true), UveType.of("virtual-network", false));
    assertThat(client.uveTables()).extracting(UveLink::name).contains("vrouters", "config-nodes");
    assertThat(client.uveTables()).filteredOn(l -> l.name().equals("vrouters")).singleElement()
        .satisfies(l -> assertThat(l.href()).isEqualTo(api.baseUrl() + "/analytics/uves/vrouters"));
  }

  @Test
  void uveNames_listsEveryComputesVrouter() {
    assertThat(client.uveNames("vrouter")).extracting(UveLink::name).containsExactly("compute-1", "compute-2");
    assertThat(client.uveNames("vrouter").get(0).href())
        .isEqualTo(api.baseUrl() + "/analytics/uves/vrouter/compute-1?flat");
    assertThat(client.uveNames("virtual-network")).isEmpty();
  }

  @Test
  void uve_withStructFilter_returnsTheProcessStateOfTheAgent() {
    Map<String, Object> status = client.uve("vrouter", "compute-2",
        UveFilter.builder().flat(true).addStructFilters("NodeStatus").build());

    assertThat(status).containsOnlyKeys("NodeStatus");
    assertThat(processStates(status)).containsExactly("Non-Functional");
    assertThat(processStates(client.uve("vrouter", "compute-1", UveFilter.flatOnly()))).containsExactly("Functional");
    assertThat(client.uve("vrouter", "compute-1", UveFilter.builder().addStructFilters("VrouterAgent:control_ip").build()))
        .isEqualTo(Map.of("VrouterAgent", Map.of("control_ip", "192.168.0.11")));
    assertThat(client.uve("vrouter", "compute-1", UveFilter.builder().sourceFilter("compute-1").build()))
        .containsKeys("NodeStatus").doesNotContainKey("VrouterAgent");
    assertThat(client.uve("vrouter", "compute-9")).isEmpty();
  }

  @Test
  void uvePattern_returnsEveryMatchingUve() {
    List<UveEntry> all = client.uves("vrouter", "compute-*", UveFilter.builder().addStructFilters("VrouterAgent").build());

    assertThat(all).extracting(UveEntry::name).containsExactly("compute-1", "compute-2");
    assertThat(all.get(1).value()).isEqualTo(Map.of("VrouterAgent",
        Map.of("control_ip", "192.168.0.12", "self_ip_list", List.of("192.168.0.12"), "mode", "VROUTER")));
    assertThat(client.uves("vrouter", "*-2", UveFilter.none())).extracting(UveEntry::name).containsExactly("compute-2");
  }

  @Test
  void alarms_listTheProcessStatusAlarmOfTheFailingAgentOnly() {
    Map<String, List<UveEntry>> alarms = client.alarms();

    assertThat(alarms).containsOnlyKeys("vrouter");
    assertThat(alarms.get("vrouter")).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("compute-2");
      assertThat(e.value()).extractingByKey("UVEAlarms").asString()
          .contains("default-global-system-config:process-status").contains("contrail-vrouter-agent");
    });

    api.putVrouter("compute-2", "192.168.0.12", ProcessState.FUNCTIONAL);
    assertThat(client.alarms()).isEmpty();
  }

  @Test
  void deleteUve_removesItFromListsAndAnswers() {
    assertThat(api.deleteUve("vrouter", "compute-1")).isTrue();

    assertThat(client.uveNames("vrouter")).extracting(UveLink::name).containsExactly("compute-2");
    assertThat(client.uve("vrouter", "compute-1")).isEmpty();
    assertThat(api.deleteUve("vrouter", "compute-1")).isFalse();
  }

  @Test
  void unknownUveType_isNotFound() {
    assertThatThrownBy(() -> client.uveNames("no-such-type")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.uve("no-such-type", "x")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void query_filtersByTimeAndWhere_selectsSortsAndLimits() {
    api.addRow("StatTable.CpuTest", NOW.minusSeconds(30), Map.of("Source", "compute-1", "cpu", 10L))
        .addRow("StatTable.CpuTest", NOW.minusSeconds(20), Map.of("Source", "compute-2", "cpu", 90L))
        .addRow("StatTable.CpuTest", NOW.minusSeconds(10), Map.of("Source", "compute-1", "cpu", 50L))
        .addRow("StatTable.CpuTest", NOW.minusSeconds(3600), Map.of("Source", "compute-1", "cpu", 70L));

    List<Map<String, Object>> rows = client.query(AnalyticsQuery.builder().table("StatTable.CpuTest")
        .startTime(QueryTime.ago(Duration.ofMinutes(10))).endTime(QueryTime.now())
        .addSelectFields("Source", "cpu")
        .addWhere(List.of(WhereMatch.equal("Source", "compute-1")))
        .addSortFields("cpu").sort(SortOrder.DESCENDING).build());

    assertThat(rows).containsExactly(Map.of("Source", "compute-1", "cpu", 50L), Map.of("Source", "compute-1", "cpu", 10L));

    List<Map<String, Object>> high = client.query(AnalyticsQuery.builder().table("StatTable.CpuTest")
        .startTime(QueryTime.at(NOW.minusSeconds(7200))).endTime(QueryTime.at(NOW))
        .addSelectFields("T", "cpu")
        .addWhere(List.of(WhereMatch.of("cpu", MatchOp.GEQ, "60")))
        .addWhere(List.of(WhereMatch.of("Source", MatchOp.PREFIX, "compute-2")))
        .addSortFields("T").sort(SortOrder.ASCENDING).limit(1).build());

    assertThat(high).containsExactly(Map.of("T", (NOW.getEpochSecond() - 3600) * 1_000_000L, "cpu", 70L));
  }

  @Test
  void query_onUnknownTable_isABadRequest() {
    assertThatThrownBy(() -> client.query(AnalyticsQuery.builder().table("NoSuchTable")
        .startTime(QueryTime.ago(Duration.ofMinutes(1))).endTime(QueryTime.now()).addSelectFields("T").build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("Invalid table name");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> processStates(Map<String, Object> uve) {
    Map<String, Object> status = (Map<String, Object>) uve.get("NodeStatus");
    return ((List<Map<String, Object>>) status.get("process_status")).stream().map(p -> p.get("state")).toList();
  }
}
