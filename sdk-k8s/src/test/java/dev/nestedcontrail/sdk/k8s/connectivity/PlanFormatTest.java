package dev.nestedcontrail.sdk.k8s.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanFormatTest {

  private final ConnectivityPlan option2 = LinkLocalPlanner.plan(SeedTopologies.option2());
  private final ConnectivityPlan option1 = LinkLocalPlanner.plan(SeedTopologies.option1());

  @Test
  void table_option2_isTheSeedTableWithAlignedColumns() {
    assertThat(PlanFormat.TABLE.render(option2)).isEqualTo(String.join("\n",
        "| LL Service Name      | Service IP | Service Port | Fabric IP     | Fabric Port |",
        "| -------------------- | ---------- | ------------ | ------------- | ----------- |",
        "| Contrail Config      | 10.10.10.1 | 8082         | 192.168.1.100 | 8082        |",
        "| Contrail Analytics 1 | 10.10.10.1 | 8086         | 192.168.1.100 | 8086        |",
        "| Contrail Analytics 2 | 10.10.10.2 | 8086         | 192.168.1.101 | 8086        |",
        "| Contrail Msg Queue   | 10.10.10.1 | 5673         | 192.168.1.100 | 5673        |",
        "| Contrail VNC DB 1    | 10.10.10.1 | 9161         | 192.168.1.100 | 9161        |",
        "| Contrail VNC DB 2    | 10.10.10.2 | 9161         | 192.168.1.101 | 9161        |",
        "| Contrail VNC DB 3    | 10.10.10.3 | 9161         | 192.168.1.102 | 9161        |",
        "| Keystone             | 10.10.10.4 | 35357        | 192.168.1.200 | 35357       |",
        "| VRouter-192.168.1.30 | 10.10.10.5 | 9091         | 127.0.0.1     | 9091        |",
        "| VRouter-192.168.1.40 | 10.10.10.6 | 9091         | 127.0.0.1     | 9091        |",
        "| VRouter-192.168.1.50 | 10.10.10.7 | 9091         | 127.0.0.1     | 9091        |",
        ""));
  }

  @Test
  void table_option1_isTheSeedRowPlusTheFabricSnatNetwork() {
    assertThat(PlanFormat.TABLE.render(option1)).isEqualTo(String.join("\n",
        "| LL Service Name  | Service IP | Service Port | Fabric IP | Fabric Port |",
        "| ---------------- | ---------- | ------------ | --------- | ----------- |",
        "| K8s-cni-to-agent | 10.10.10.5 | 9091         | 127.0.0.1 | 9091        |",
        "",
        "Fabric SNAT: enable on virtual network default-domain:admin:k8s-vm-net",
        ""));
  }

  @Test
  void table_option2_hasTheSameCellsAsTheSeedDocument() {
    List<String> seed = SeedDocument.lines();
    int header = 0;
    for (int i = 0; i < seed.size(); i++) {
      header = seed.get(i).startsWith("| LL Service Name") ? i : header; // the last table: Option 2
    }
    List<List<String>> expected = new ArrayList<>();
    for (String line : seed.subList(header + 2, seed.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      // The seed's vrouters 192.168.1.300/400/500 are not IPv4; the plan uses .30/.40/.50.
      expected.add(cells(line.replaceAll("192\\.168\\.1\\.([345])00", "192.168.1.$10")));
    }
    List<String> rendered = PlanFormat.TABLE.render(option2).lines().skip(2)
        .collect(Collectors.toList());

    assertThat(expected).hasSize(11);
    assertThat(rendered.stream().map(PlanFormatTest::cells)).containsExactlyElementsOf(expected);
  }

  @Test
  void json_parsesBackToTheDocumentedShape() throws IOException {
    Map<String, Object> json = parse(PlanFormat.JSON.render(option2));

    assertThat(json).containsOnlyKeys("connectivity", "entries", "endpoints", "vrouterVip");
    assertThat(json.get("connectivity")).isEqualTo("link-local-only");
    assertThat(json.get("vrouterVip")).isEqualTo("10.10.10.5");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) json.get("entries");
    assertThat(entries).hasSize(11);
    assertThat(entries.get(7)).containsExactly(Map.entry("name", "Keystone"),
        Map.entry("serviceIp", "10.10.10.4"), Map.entry("servicePort", 35357.0),
        Map.entry("fabricIp", "192.168.1.200"), Map.entry("fabricPort", 35357.0));
    List<String> rows = new ArrayList<>();
    entries.forEach(e -> rows.add(e.get("name") + "|" + e.get("serviceIp") + "|"
        + ((Double) e.get("servicePort")).intValue() + "|" + e.get("fabricIp") + "|"
        + ((Double) e.get("fabricPort")).intValue()));
    assertThat(rows).containsExactlyElementsOf(SeedTopologies.OPTION2_ROWS);
    @SuppressWarnings("unchecked")
    Map<String, List<String>> endpoints = (Map<String, List<String>>) json.get("endpoints");
    assertThat(endpoints.keySet()).containsExactly(
        "config", "analytics", "msgQueue", "configDb", "keystone", "vrouters");
    assertThat(endpoints.get("analytics")).containsExactly("10.10.10.1:8086", "10.10.10.2:8086");
    assertThat(endpoints.get("vrouters"))
        .containsExactly("10.10.10.5:9091", "10.10.10.6:9091", "10.10.10.7:9091");
  }

  @Test
  void json_option1_namesTheFabricSnatNetworkAndUnderlayEndpoints() throws IOException {
    Map<String, Object> json = parse(PlanFormat.JSON.render(option1));

    assertThat(json.get("connectivity")).isEqualTo("fabric-snat");
    assertThat(json.get("fabricSnatNetwork")).isEqualTo("default-domain:admin:k8s-vm-net");
    assertThat(json.get("endpoints").toString())
        .contains("config=[192.168.1.100:8082]", "vrouters=[10.10.10.5:9091]");
  }

  @Test
  void mermaid_hasAnEdgePathForEachEntry() {
    String chart = PlanFormat.MERMAID.render(option2);
    Map<String, String> idOf = nodeIds(chart);

    assertThat(chart).startsWith("flowchart LR\n");
    for (LinkLocalServiceEntry entry : option2.entries()) {
      String service = idOf.get(entry.serviceAddress().toString());
      String fabric = idOf.get(entry.fabricIp().orElseThrow() + ":" + entry.fabricPort());
      assertThat(service).as(entry.name()).isNotNull();
      assertThat(fabric).as(entry.name()).isNotNull();
      assertThat(chart).contains("  overlay -->|\"" + entry.name() + "\"| " + service + "\n");
      assertThat(chart).contains("  " + service + " --> " + fabric + "\n");
    }
  }

  @Test
  void mermaid_option1_showsFabricSnatEdgesToUnderlayNodes() {
    String chart = PlanFormat.MERMAID.render(option1);
    Map<String, String> idOf = nodeIds(chart);

    assertThat(chart).contains("  overlay -->|\"Fabric SNAT config\"| "
        + idOf.get("192.168.1.100:8082") + "\n");
    assertThat(chart).contains("  overlay -->|\"Fabric SNAT configDb\"| "
        + idOf.get("192.168.1.102:9161") + "\n");
    assertThat(chart).contains("  overlay -->|\"K8s-cni-to-agent\"| "
        + idOf.get("10.10.10.5:9091") + "\n");
  }

  /** Node label (up to the first space) to node id, from lines like {@code s0["10.10.10.1:8082"]}. */
  private static Map<String, String> nodeIds(String chart) {
    Map<String, String> ids = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^  ([su]\\d+)\\[\"([^\" ]+)[^\"]*\"]$").matcher(chart);
    while (m.find()) {
      ids.put(m.group(2), m.group(1));
    }
    return ids;
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row.split("\\|")) {
      if (!cell.isBlank()) {
        cells.add(cell.trim());
      }
    }
    return cells;
  }

  private static Map<String, Object> parse(String json) throws IOException {
    return new Moshi.Builder().build().<Map<String, Object>>adapter(
        Types.newParameterizedType(Map.class, String.class, Object.class)).fromJson(json);
  }
}
