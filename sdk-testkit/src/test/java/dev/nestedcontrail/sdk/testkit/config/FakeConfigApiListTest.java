package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeConfigApiListTest extends ConfigApiHarness {
  String red;
  String green;
  String blue;
  String vm;

  @BeforeEach
  void objects() {
    create("project", "{\"fq_name\": [\"default-domain\", \"other\"]}");
    red = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"other\", \"red\"], \"display_name\": \"R\"}");
    green = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"other\", \"green\"], \"display_name\": \"G\"}");
    blue = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"other\", \"blue\"], \"is_shared\": true}");
    vm = create("virtual-machine", "{\"fq_name\": [\"lister\"]}");
    create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"other\", \"port\"], \"parent_type\": \"project\","
        + " \"virtual_network_refs\": [{\"uuid\": \"" + green + "\"}], \"virtual_machine_refs\": [{\"uuid\": \"" + vm + "\"}]}");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> entries(Answer answer, String key) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return (List<Map<String, Object>>) answer.json().get(key);
  }

  List<String> uuids(Answer answer) {
    return entries(answer, "virtual-networks").stream().map(e -> (String) e.get("uuid")).toList();
  }

  @Test
  void list_withoutFilter_returnsEveryObjectOfTheType_withUuidHrefFqName() {
    List<Map<String, Object>> all = entries(get("/virtual-networks"), "virtual-networks");
    assertThat(all).extracting(e -> e.get("fq_name")).contains(List.of("default-domain", "other", "red"),
        List.of("default-domain", "default-project", "ip-fabric"), List.of("default-domain", "default-project", "__link_local__"));
    assertThat(all.get(0)).containsOnlyKeys("uuid", "href", "fq_name");
  }

  @Test
  void list_byParent_idOrFqNameStr() {
    String other = uuidOf("project", List.of("default-domain", "other"));
    assertThat(uuids(get("/virtual-networks?parent_id=" + other))).containsExactlyInAnyOrder(red, green, blue);
    assertThat(uuids(get("/virtual-networks?parent_fq_name_str=default-domain:other&parent_type=project")))
        .containsExactlyInAnyOrder(red, green, blue);
    assertThat(uuids(get("/virtual-networks?parent_fq_name_str=default-domain:ghost"))).isEmpty();
  }

  @Test
  void list_byBackRefIdAndObjUuids() {
    assertThat(uuids(get("/virtual-networks?obj_uuids=" + red + "," + blue))).containsExactlyInAnyOrder(red, blue);
    String port = uuidOf("virtual-machine-interface", List.of("default-domain", "other", "port"));
    assertThat(entries(get("/virtual-machine-interfaces?back_ref_id=" + vm), "virtual-machine-interfaces"))
        .extracting(e -> e.get("uuid")).containsExactly(port);
    assertThat(entries(get("/virtual-machine-interfaces?back_ref_id=" + red), "virtual-machine-interfaces")).isEmpty();
  }

  @Test
  void list_filters_areJsonDecodedAndOredPerKey() {
    assertThat(uuids(get("/virtual-networks?filters=display_name==%22R%22"))).containsExactly(red);
    assertThat(uuids(get("/virtual-networks?filters=display_name==%22R%22,display_name==%22G%22")))
        .containsExactlyInAnyOrder(red, green);
    assertThat(uuids(get("/virtual-networks?filters=is_shared==true"))).containsExactly(blue);
    Answer bad = get("/virtual-networks?filters=display_name");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).isEqualTo("Invalid filter display_name");
  }

  @Test
  void list_detailAndFields_andCount() {
    List<Map<String, Object>> detail = entries(get("/virtual-networks?detail=true&obj_uuids=" + green
        + "&fields=virtual_machine_interface_back_refs"), "virtual-networks");
    @SuppressWarnings("unchecked")
    Map<String, Object> vn = (Map<String, Object>) detail.get(0).get("virtual-network");
    assertThat(vn).containsEntry("display_name", "G").containsKeys("id_perms", "virtual_machine_interface_back_refs");
    List<Map<String, Object>> withField = entries(get("/virtual-networks?obj_uuids=" + red + "&fields=display_name"),
        "virtual-networks");
    assertThat(withField.get(0)).containsEntry("display_name", "R").doesNotContainKey("id_perms");
    assertThat(get("/virtual-networks?count=true&parent_fq_name_str=default-domain:other").json())
        .isEqualTo(Map.of("virtual-networks", Map.of("count", 3L)));
    assertThat(get("/virtual-networks?shared=true&obj_uuids=" + blue).status()).isEqualTo(200);
  }

  @Test
  void list_paging_followsMarkersToTheEnd() {
    List<String> seen = new ArrayList<>();
    String marker = "None";
    int pages = 0;
    while (marker != null) {
      Answer page = get("/virtual-networks?parent_fq_name_str=default-domain:other&page_limit=2&page_marker=" + marker);
      seen.addAll(uuids(page));
      marker = (String) page.json().get("marker");
      pages++;
    }
    assertThat(pages).isEqualTo(2);
    assertThat(seen).containsExactly(blue, green, red);
    assertThat(get("/virtual-networks?page_limit=0").status()).isEqualTo(400);
    assertThat(get("/virtual-networks?page_marker=nope").status()).isEqualTo(400);
  }

  @Test
  void listBulkCollection_takesTheSameKeysInABody_andCountsAsNoWrite() {
    long writesBefore = api.writeCount();
    Answer answer = post("/list-bulk-collection", "{\"type\": \"virtual-network\", \"obj_uuids\": \"" + red + "," + green
        + "\", \"detail\": true}");
    assertThat(entries(answer, "virtual-networks")).extracting(e -> (Object) ((Map<?, ?>) e.get("virtual-network")).get("uuid"))
        .containsExactlyInAnyOrder(red, green);
    assertThat(api.writeCount()).isEqualTo(writesBefore).isEqualTo(6);
  }

  @Test
  void list_usesTheSchemaCollectionPath() {
    assertThat(get("/network-policys").status()).isEqualTo(200);
    assertThat(get("/virtual-DNSs").status()).isEqualTo(200);
    assertThat(get("/network-policies").status()).isEqualTo(404);
  }
}
