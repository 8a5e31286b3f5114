package dev.nestedcontrail.sdk.vnc.analytics;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnalyticsClientTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private AnalyticsClient client;

  @BeforeEach
  void start() {
    client = AnalyticsClient.builder()
        .endpoints(Endpoints.of(Endpoint.of("http", "127.0.0.1", server.getPort())))
        .authProvider(AuthProvider.staticToken("tok-1"))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void uveTypes_readsTypeMap_sortedByName() {
    server.stubFor(get("/analytics/uve-types").willReturn(okJson(
        "{\"vrouter\":{\"global_system_object\":false},\"analytics-node\":{\"global_system_object\":true}}")));

    assertThat(client.uveTypes()).containsExactly(
        UveType.of("analytics-node", true), UveType.of("vrouter", false));
    server.verify(getRequestedFor(urlEqualTo("/analytics/uve-types"))
        .withHeader("X-Auth-Token", equalTo("tok-1")));
  }

  @Test
  void uveTables_readsNameAndHrefList() {
    server.stubFor(get("/analytics/uves").willReturn(okJson(
        "[{\"href\":\"http://h:8081/analytics/uves/vrouters\",\"name\":\"vrouters\"},"
            + "{\"href\":\"http://h:8081/analytics/uves/generators\",\"name\":\"generators\"}]")));

    assertThat(client.uveTables()).containsExactly(
        UveLink.of("vrouters", "http://h:8081/analytics/uves/vrouters"),
        UveLink.of("generators", "http://h:8081/analytics/uves/generators"));
  }

  @Test
  void uveNames_requestsPluralTableWithFilters() {
    server.stubFor(get(urlEqualTo("/analytics/uves/vrouters?flat&cfilt=NodeStatus:process_status&sfilt=compute-1"))
        .willReturn(okJson("[{\"href\":\"http://h/analytics/uves/vrouter/compute-1?flat\",\"name\":\"compute-1\"}]")));

    List<UveLink> names = client.uveNames("vrouter", UveFilter.builder().flat(true)
        .addStructFilters("NodeStatus:process_status").sourceFilter("compute-1").build());

    assertThat(names).extracting(UveLink::name).containsExactly("compute-1");
  }

  @Test
  void uve_encodesNameAndReturnsStructTree() {
    server.stubFor(get(urlEqualTo("/analytics/uves/virtual-network/default-domain:admin:vn%201?cfilt=UveVirtualNetworkAgent"))
        .willReturn(okJson("{\"UveVirtualNetworkAgent\":{\"vm_list\":[\"a\",\"b\"],\"in_tpkts\":12,"
            + "\"ratio\":0.5,\"gone\":null}}")));

    Map<String, Object> uve = client.uve("virtual-network", "default-domain:admin:vn 1",
        UveFilter.builder().addStructFilters("UveVirtualNetworkAgent").build());

    assertThat(uve).containsOnlyKeys("UveVirtualNetworkAgent");
    assertThat(uve.get("UveVirtualNetworkAgent")).isEqualTo(
        Map.of("vm_list", List.of("a", "b"), "in_tpkts", 12L, "ratio", new java.math.BigDecimal("0.5")));
  }

  @Test
  void uves_withWildcard_returnsTypedEntries() {
    server.stubFor(get(urlEqualTo("/analytics/uves/vrouter/*?flat"))
        .willReturn(okJson("{\"value\":[{\"name\":\"c1\",\"value\":{\"NodeStatus\":{\"status\":\"ok\"}}},"
            + "{\"name\":\"c2\",\"value\":{}}]}")));

    List<UveEntry> entries = client.uves("vrouter", "*", UveFilter.flatOnly());

    assertThat(entries).containsExactly(
        UveEntry.of("c1", Map.of("NodeStatus", Map.of("status", "ok"))), UveEntry.of("c2", Map.of()));
  }

  @Test
  void generators_listsGeneratorTableAndReadsOneFlat() {
    server.stubFor(get(urlEqualTo("/analytics/uves/generators")).willReturn(okJson(
        "[{\"href\":\"x\",\"name\":\"km1:Config:contrail-kube-manager:0\"}]")));
    server.stubFor(get(urlEqualTo("/analytics/uves/generator/km1:Config:contrail-kube-manager:0?flat"))
        .willReturn(okJson("{\"ModuleClientState\":{\"client_info\":{\"status\":\"Established\"}}}")));

    List<UveLink> generators = client.generators();
    Map<String, Object> generator = client.generator(generators.get(0).name());

    assertThat(generators).extracting(UveLink::name).containsExactly("km1:Config:contrail-kube-manager:0");
    assertThat(generator).containsKey("ModuleClientState");
  }

  @Test
  void alarms_groupsEntriesByType() {
    server.stubFor(get("/analytics/alarms").willReturn(okJson(
        "{\"vrouter\":[{\"name\":\"c1\",\"value\":{\"UVEAlarms\":{\"alarms\":[]}}}],\"analytics-node\":[]}")));

    Map<String, List<UveEntry>> alarms = client.alarms();

    assertThat(alarms).containsOnlyKeys("vrouter", "analytics-node");
    assertThat(alarms.get("vrouter")).containsExactly(
        UveEntry.of("c1", Map.of("UVEAlarms", Map.of("alarms", List.of()))));
  }

  @Test
  void query_postsTableTimesSelectAndWhere_andReturnsRows() {
    server.stubFor(post("/analytics/query").willReturn(okJson(
        "{\"value\":[{\"Source\":\"km1\",\"MessageTS\":1700000000000001}]}")));
    AnalyticsQuery query = AnalyticsQuery.builder().table("MessageTable")
        .startTime(QueryTime.at(Instant.parse("2026-11-26T10:00:00.000001Z")))
        .endTime(QueryTime.ago(Duration.ofMinutes(10)))
        .addSelectFields("Source", "MessageTS")
        .addWhere(List.of(WhereMatch.equal("ModuleId", "contrail-kube-manager"),
            WhereMatch.builder().name("Level").op(MatchOp.IN_RANGE).value("0").value2("3").build()))
        .addWhere(List.of(WhereMatch.of("Source", MatchOp.PREFIX, "km")))
        .addSortFields("MessageTS").sort(SortOrder.DESCENDING).limit(5)
        .build();

    List<Map<String, Object>> rows = client.query(query);

    assertThat(rows).containsExactly(Map.of("Source", "km1", "MessageTS", 1700000000000001L));
    server.verify(postRequestedFor(urlEqualTo("/analytics/query")).withRequestBody(equalToJson(
        "{\"table\":\"MessageTable\",\"start_time\":1795687200000001,\"end_time\":\"now-600s\","
            + "\"select_fields\":[\"Source\",\"MessageTS\"],"
            + "\"where\":[[{\"name\":\"ModuleId\",\"value\":\"contrail-kube-manager\",\"op\":1},"
            + "{\"name\":\"Level\",\"value\":\"0\",\"op\":3,\"value2\":\"3\"}],"
            + "[{\"name\":\"Source\",\"value\":\"km\",\"op\":7}]],"
            + "\"sort_fields\":[\"MessageTS\"],\"sort\":2,\"limit\":5}")));
  }

  @Test
  void query_withNowAndNoWhere_leavesWhereOut() {
    server.stubFor(post("/analytics/query").willReturn(okJson("{\"value\":[]}")));

    List<Map<String, Object>> rows = client.query(AnalyticsQuery.builder().table("ObjectVNTable")
        .startTime(QueryTime.ago(Duration.ofHours(1))).endTime(QueryTime.now())
        .addSelectFields("ObjectId").build());

    assertThat(rows).isEmpty();
    server.verify(postRequestedFor(urlEqualTo("/analytics/query")).withRequestBody(equalToJson(
        "{\"table\":\"ObjectVNTable\",\"start_time\":\"now-3600s\",\"end_time\":\"now\","
            + "\"select_fields\":[\"ObjectId\"]}")));
  }

  @Test
  void close_isIdempotent_andLaterCallsFail() {
    client.close();
    client.close();

    assertThatThrownBy(() -> client.uveTables())
        .isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("closed");
  }
}
