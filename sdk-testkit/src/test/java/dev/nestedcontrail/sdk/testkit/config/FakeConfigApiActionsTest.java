package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeConfigApiActionsTest extends ConfigApiHarness {

  @Test
  void fqNameToId_andIdToFqName_roundTrip_and404() {
    String uuid = uuidOf("virtual-network", List.of("default-domain", "default-project", "__link_local__"));
    assertThat(post("/id-to-fqname", "{\"uuid\": \"" + uuid + "\"}").json())
        .containsEntry("type", "virtual-network")
        .containsEntry("fq_name", List.of("default-domain", "default-project", "__link_local__"));
    Answer missing = post("/fqname-to-id", "{\"type\": \"virtual_network\", \"fq_name\": [\"default-domain\", \"x\", \"y\"]}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("Name ['default-domain', 'x', 'y'] not found");
    assertThat(post("/id-to-fqname", "{\"uuid\": \"00000000-0000-4000-8000-000000000000\"}").status()).isEqualTo(404);
  }

  @Test
  void refUpdate_addsWithAttr_updatesAttr_andDeletes() {
    String net = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"default-project\", \"r\"]}");
    String ipam = uuidOf("network-ipam", List.of("default-domain", "default-project", "default-network-ipam"));
    String add = "{\"operation\": \"ADD\", \"type\": \"virtual-network\", \"uuid\": \"" + net + "\", \"ref-type\": "
        + "\"network-ipam\", \"ref-fq-name\": [\"default-domain\", \"default-project\", \"default-network-ipam\"], "
        + "\"attr\": {\"ipam_subnets\": [{\"subnet\": {\"ip_prefix\": \"10.9.0.0\", \"ip_prefix_len\": 24}}]}}";
    assertThat(post("/ref-update", add).json()).isEqualTo(Map.of("uuid", net));
    Map<String, Object> vn = read("virtual-network", net);
    assertThat(FakeConfigApiCrudTest.refUuids(vn, "network_ipam_refs")).containsExactly(ipam);
    assertThat(vn.get("network_ipam_refs").toString()).contains("10.9.0.0", "subnet_uuid", "10.9.0.254");
    assertThat(post("/ref-update", add.replace("10.9.0.0", "10.8.0.0")).status()).isEqualTo(200);
    assertThat(read("virtual-network", net).get("network_ipam_refs").toString()).contains("10.8.0.0").doesNotContain("10.9.0.0");
    Answer del = post("/ref-update", "{\"operation\": \"DELETE\", \"type\": \"virtual-network\", \"uuid\": \"" + net
        + "\", \"ref-type\": \"network-ipam\", \"ref-uuid\": \"" + ipam + "\"}");
    assertThat(del.status()).isEqualTo(200);
    assertThat(read("virtual-network", net)).satisfies(
        o -> assertThat(FakeConfigApiCrudTest.refUuids(o, "network_ipam_refs")).isEmpty());
    assertThat(post("/ref-update", "{\"operation\": \"ADD\", \"type\": \"virtual-network\", \"uuid\": \"" + net
        + "\", \"ref-type\": \"network-ipam\", \"ref-uuid\": \"00000000-0000-4000-8000-000000000000\", \"attr\": null}")
        .status()).isEqualTo(404);
    assertThat(post("/ref-update", "{\"operation\": \"SWAP\", \"type\": \"virtual-network\", \"uuid\": \"" + net
        + "\", \"ref-type\": \"network-ipam\", \"ref-uuid\": \"" + ipam + "\"}").status()).isEqualTo(400);
    assertThat(post("/ref-update", "{\"operation\": \"ADD\", \"type\": \"virtual-network\", \"ref-type\": \"network-ipam\"}")
        .status()).isEqualTo(400);
  }

  @Test
  void refRelaxForDelete_letsTheTargetBeDeleted() {
    String net = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"default-project\", \"relaxed\"]}");
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"rp\"], "
        + "\"parent_type\": \"project\", \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]}");
    assertThat(delete("/virtual-network/" + net).status()).isEqualTo(409);
    assertThat(post("/ref-relax-for-delete", "{\"uuid\": \"" + vmi + "\", \"ref-uuid\": \"" + net + "\"}").json())
        .isEqualTo(Map.of("uuid", vmi));
    assertThat(delete("/virtual-network/" + net).status()).isEqualTo(200);
  }

  @Test
  void propCollection_getAndUpdate_onMapAndListProperties() {
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"pc\"], "
        + "\"parent_type\": \"project\", \"virtual_machine_interface_bindings\": {\"key_value_pair\": "
        + "[{\"key\": \"host_id\", \"value\": \"node-1\"}]}}");
    Answer set = post("/prop-collection-update", "{\"uuid\": \"" + vmi + "\", \"updates\": ["
        + "{\"field\": \"virtual_machine_interface_bindings\", \"operation\": \"set\", \"value\": {\"key\": \"vnic_type\", \"value\": \"normal\"}},"
        + "{\"field\": \"virtual_machine_interface_bindings\", \"operation\": \"set\", \"value\": {\"key\": \"host_id\", \"value\": \"node-2\"}},"
        + "{\"field\": \"virtual_machine_interface_fat_flow_protocols\", \"operation\": \"add\", \"value\": {\"protocol\": \"tcp\", \"port\": 80}}]}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    Answer got = get("/prop-collection-get?uuid=" + vmi + "&fields=virtual_machine_interface_bindings,"
        + "virtual_machine_interface_fat_flow_protocols");
    assertThat(got.json()).isEqualTo(Map.of(
        "virtual_machine_interface_bindings", List.of(
            List.of(Map.of("key", "vnic_type", "value", "normal"), "vnic_type"),
            List.of(Map.of("key", "host_id", "value", "node-2"), "host_id")),
        "virtual_machine_interface_fat_flow_protocols", List.of(List.of(Map.of("protocol", "tcp", "port", 80L), "0"))));
    assertThat(post("/prop-collection-update", "{\"uuid\": \"" + vmi + "\", \"updates\": [{\"field\": "
        + "\"virtual_machine_interface_bindings\", \"operation\": \"delete\", \"position\": \"vnic_type\"}]}").status())
        .isEqualTo(200);
    assertThat(get("/prop-collection-get?uuid=" + vmi + "&fields=virtual_machine_interface_bindings&position=vnic_type")
        .json()).isEqualTo(Map.of("virtual_machine_interface_bindings", List.of()));
    assertThat(get("/prop-collection-get?uuid=" + vmi + "&fields=display_name").status()).isEqualTo(400);
  }

  @Test
  void setTag_refsAnExistingTag_andReplacesPerType_and404ForUnknown() {
    create("tag", "{\"fq_name\": [\"default-domain\", \"default-project\", \"x\"], \"parent_type\": \"project\", "
        + "\"tag_type_name\": \"application\", \"tag_value\": \"web\"}");
    String db = create("tag", "{\"fq_name\": [\"default-domain\", \"default-project\", \"y\"], \"parent_type\": \"project\", "
        + "\"tag_type_name\": \"application\", \"tag_value\": \"db\"}");
    String net = create("virtual-network", "{\"fq_name\": [\"default-domain\", \"default-project\", \"tagged\"]}");
    assertThat(read("tag", db)).containsEntry("name", "application=db");
    String setWeb = "{\"obj_type\": \"virtual-network\", \"obj_uuid\": \"" + net + "\", \"application\": {\"value\": \"web\"}}";
    assertThat(post("/set-tag", setWeb).status()).isEqualTo(200);
    assertThat(post("/set-tag", setWeb.replace("web", "db")).status()).isEqualTo(200);
    assertThat(FakeConfigApiCrudTest.refUuids(read("virtual-network", net), "tag_refs")).containsExactly(db);
    Answer unknown = post("/set-tag", setWeb.replace("web", "cache"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(post("/set-tag", "{\"obj_type\": \"virtual-network\", \"obj_uuid\": \"" + net + "\", \"application\": null}")
        .status()).isEqualTo(200);
    assertThat(read("virtual-network", net)).satisfies(
        o -> assertThat(FakeConfigApiCrudTest.refUuids(o, "tag_refs")).isEmpty());
  }

  @Test
  void chown_setsTheOwner() {
    String vm = create("virtual-machine", "{\"fq_name\": [\"owned\"]}");
    String owner = "0123456789abcdef0123456789abcdef";
    assertThat(post("/chown", "{\"uuid\": \"" + vm + "\", \"owner\": \"" + owner + "\"}").status()).isEqualTo(200);
    assertThat(((Map<?, ?>) read("virtual-machine", vm).get("perms2")).get("owner")).isEqualTo(owner);
    assertThat(post("/chown", "{\"uuid\": \"" + vm + "\", \"owner\": \"me\"}").status()).isEqualTo(400);
  }
}
