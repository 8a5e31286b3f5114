package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FakeConfigApiCrudTest extends ConfigApiHarness {

  @Test
  void create_fillsIdentityAndDefaults_andGetReturnsThem() {
    Answer created = post("/virtual-networks", "{\"virtual-network\": " + vn("blue") + "}");
    assertThat(created.status()).isEqualTo(200);
    Map<String, Object> summary = created.object("virtual-network");
    String uuid = (String) summary.get("uuid");
    assertThat(summary).containsEntry("name", "blue").containsEntry("parent_type", "project")
        .containsEntry("href", api.baseUrl() + "/virtual-network/" + uuid)
        .containsEntry("fq_name", List.of("default-domain", "default-project", "blue"));

    Map<String, Object> vn = read("virtual-network", uuid);
    assertThat(vn).containsEntry("display_name", "blue").containsEntry("uuid", uuid)
        .containsKeys("id_perms", "perms2", "parent_uuid", "parent_href");
    @SuppressWarnings("unchecked")
    Map<String, Object> idUuid = (Map<String, Object>) ((Map<String, Object>) vn.get("id_perms")).get("uuid");
    UUID u = UUID.fromString(uuid);
    assertThat(new BigInteger(idUuid.get("uuid_mslong").toString()))
        .isEqualTo(new BigInteger(Long.toUnsignedString(u.getMostSignificantBits())));
    assertThat(new BigInteger(idUuid.get("uuid_lslong").toString()))
        .isEqualTo(new BigInteger(Long.toUnsignedString(u.getLeastSignificantBits())));
    assertThat(((Map<?, ?>) vn.get("perms2")).get("owner")).isNotNull();
  }

  @Test
  void create_withUuidAboveLongMax_writesUnsignedMslong() {
    String uuid = "ffffffff-ffff-4fff-8fff-ffffffffffff";
    create("virtual-machine", "{\"fq_name\": [\"vm1\"], \"uuid\": \"" + uuid + "\"}");
    Answer answer = get("/virtual-machine/" + uuid);
    UUID u = UUID.fromString(uuid);
    assertThat(answer.body()).contains("\"uuid_mslong\":" + Long.toUnsignedString(u.getMostSignificantBits()))
        .contains("\"uuid_lslong\":" + Long.toUnsignedString(u.getLeastSignificantBits()));
  }

  @Test
  void create_duplicateFqName_is409WithTheServersMessage() {
    String uuid = create("virtual-network", vn("dup"));
    Answer again = post("/virtual-networks", "{\"virtual-network\": " + vn("dup") + "}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).isEqualTo("['default-domain', 'default-project', 'dup'] already exists with uuid: " + uuid);
  }

  @Test
  void create_missingParent_is404_orWithOwner400() {
    Answer answer = post("/virtual-networks", "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"nope\", \"x\"]}}");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).isEqualTo("Name ['default-domain', 'nope'] not found");
    Answer owned = post("/virtual-networks", "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"nope\", \"x\"],"
        + " \"perms2\": {\"owner\": \"abc\"}}}");
    assertThat(owned.status()).isEqualTo(400);
    assertThat(owned.body()).isEqualTo("Parent ['default-domain', 'nope'] type project does not exist");
  }

  @Test
  void create_ambiguousParentWithoutParentType_is400() {
    Answer answer = post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": {\"fq_name\": "
        + "[\"default-domain\", \"default-project\", \"p\"]}}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("Missing parent type");
  }

  @Test
  void create_withoutFqName_orBadName_is400() {
    assertThat(post("/projects", "{\"project\": {\"display_name\": \"x\"}}").body())
        .isEqualTo("Bad Request, no fq_name in POST body");
    Answer colon = post("/projects", "{\"project\": {\"fq_name\": [\"default-domain\", \"a:b\"]}}");
    assertThat(colon.status()).isEqualTo(400);
    assertThat(colon.body()).isEqualTo("Bad Request, name has one of invalid chars {':'}");
  }

  @Test
  void create_linkWithDataButNoAttrKey_is400() {
    Answer answer = post("/virtual-networks", "{\"virtual-network\": {\"fq_name\": [\"default-domain\", "
        + "\"default-project\", \"na\"], \"network_ipam_refs\": [{\"to\": [\"default-domain\", \"default-project\", "
        + "\"default-network-ipam\"]}]}}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("Bad reference in create: Error validating reference network_ipam_refs value "
        + "{'to': ['default-domain', 'default-project', 'default-network-ipam']} 'attr'");
  }

  @Test
  void create_refToMissingTarget_is404() {
    Answer byName = post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": {\"fq_name\": "
        + "[\"default-domain\", \"default-project\", \"p\"], \"parent_type\": \"project\", "
        + "\"virtual_network_refs\": [{\"to\": [\"default-domain\", \"default-project\", \"ghost\"]}]}}");
    assertThat(byName.status()).isEqualTo(404);
    assertThat(byName.body()).isEqualTo("Name ['default-domain', 'default-project', 'ghost'] not found");
    String ghost = UUID.randomUUID().toString();
    Answer byUuid = post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": {\"fq_name\": "
        + "[\"default-domain\", \"default-project\", \"p\"], \"parent_type\": \"project\", "
        + "\"virtual_network_refs\": [{\"uuid\": \"" + ghost + "\"}]}}");
    assertThat(byUuid.status()).isEqualTo(404);
    assertThat(byUuid.body()).isEqualTo("No virtual-network object found for id " + ghost);
  }

  @Test
  void create_clientUuid_isKept_andBadOrTakenUuidRejected() {
    String uuid = UUID.randomUUID().toString();
    create("virtual-machine", "{\"fq_name\": [\"vm-a\"], \"uuid\": \"" + uuid + "\"}");
    assertThat(read("virtual-machine", uuid)).containsEntry("name", "vm-a");
    Answer taken = post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"vm-b\"], \"uuid\": \"" + uuid + "\"}}");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).isEqualTo(uuid + " already exists with fq_name: ['vm-a']");
    Answer upper = post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"vm-c\"], \"uuid\": \""
        + uuid.toUpperCase() + "\"}}");
    assertThat(upper.status()).isEqualTo(400);
  }

  @Test
  void read_unknownOrOtherType_is404() {
    String vm = create("virtual-machine", "{\"fq_name\": [\"vm-x\"]}");
    Answer wrongType = get("/virtual-network/" + vm);
    assertThat(wrongType.status()).isEqualTo(404);
    assertThat(wrongType.body()).isEqualTo("No virtual-network object found for id " + vm);
  }

  @Test
  void unknownFields_areStoredAndReturned() {
    String uuid = create("virtual-machine", "{\"fq_name\": [\"vm-u\"], \"from_the_future\": {\"a\": [1, 2]}}");
    assertThat(read("virtual-machine", uuid)).containsEntry("from_the_future", Map.of("a", List.of(1L, 2L)));
  }

  @Test
  void update_replacesFieldByField_andPresentRefListReplacesIt() {
    String a = create("virtual-machine", "{\"fq_name\": [\"a\"]}");
    String b = create("virtual-machine", "{\"fq_name\": [\"b\"]}");
    String net = create("virtual-network", vn("u"));
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"i\"], "
        + "\"parent_type\": \"project\", \"port_security_enabled\": true, \"display_name\": \"i\", "
        + "\"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}], "
        + "\"virtual_machine_refs\": [{\"uuid\": \"" + a + "\"}]}");
    Answer put = put("/virtual-machine-interface/" + vmi, "{\"virtual-machine-interface\": {\"display_name\": \"renamed\", "
        + "\"virtual_machine_refs\": [{\"uuid\": \"" + b + "\"}]}}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.object("virtual-machine-interface")).containsEntry("uuid", vmi);
    Map<String, Object> after = read("virtual-machine-interface", vmi);
    assertThat(after).containsEntry("display_name", "renamed").containsEntry("port_security_enabled", true);
    assertThat(refUuids(after, "virtual_machine_refs")).containsExactly(b);
    assertThat(refUuids(after, "virtual_network_refs")).containsExactly(net);
    assertThat(read("virtual-machine", a)).doesNotContainKey("virtual_machine_interface_back_refs");
    assertThat(refUuids(read("virtual-machine", b), "virtual_machine_interface_back_refs")).containsExactly(vmi);
  }

  @Test
  void update_createOnlyProperty_is400() {
    String net = create("virtual-network", vn("co"));
    String iip = create("instance-ip", "{\"fq_name\": [\"iip-co\"], \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]}");
    Answer answer = put("/instance-ip/" + iip, "{\"instance-ip\": {\"instance_ip_address\": \"10.1.0.2\"}}");
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void childrenAndBackRefs_areListed_andBlockDelete() {
    String net = create("virtual-network", vn("parent"));
    String project = uuidOf("project", PROJECT);
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"c\"], "
        + "\"parent_type\": \"project\", \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]}");
    assertThat(refUuids(read("project", project), "virtual_machine_interfaces")).contains(vmi);
    Map<String, Object> vn = read("virtual-network", net);
    @SuppressWarnings("unchecked")
    Map<String, Object> back = ((List<Map<String, Object>>) vn.get("virtual_machine_interface_back_refs")).get(0);
    assertThat(back).containsEntry("uuid", vmi).containsEntry("href", api.baseUrl() + "/virtual-machine-interface/" + vmi)
        .containsEntry("to", List.of("default-domain", "default-project", "c")).containsKey("attr");

    Answer blocked = delete("/virtual-network/" + net);
    assertThat(blocked.status()).isEqualTo(409);
    assertThat(blocked.body()).isEqualTo("Delete when resource still referred: ['" + api.baseUrl()
        + "/virtual-machine-interface/" + vmi + "']");
    Answer parentBlocked = delete("/project/" + project);
    assertThat(parentBlocked.status()).isEqualTo(409);
    assertThat(parentBlocked.body()).startsWith("Delete when children still present: ['" + api.baseUrl());

    assertThat(delete("/virtual-machine-interface/" + vmi).status()).isEqualTo(200);
    assertThat(delete("/virtual-network/" + net).status()).isEqualTo(200);
    assertThat(get("/virtual-network/" + net).status()).isEqualTo(404);
  }

  @Test
  void read_fieldsAndExcludes_limitTheAnswer() {
    String net = create("virtual-network", vn("f"));
    create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"fi\"], "
        + "\"parent_type\": \"project\", \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]}");
    String project = uuidOf("project", PROJECT);
    assertThat(get("/project/" + project + "?exclude_children=true").object("project"))
        .doesNotContainKeys("virtual_networks", "virtual_machine_interfaces").containsKey("id_perms");
    assertThat(get("/virtual-network/" + net + "?exclude_back_refs=true").object("virtual-network"))
        .doesNotContainKey("virtual_machine_interface_back_refs").containsKey("network_ipam_refs");
    Map<String, Object> only = get("/virtual-network/" + net + "?fields=virtual_machine_interface_back_refs")
        .object("virtual-network");
    assertThat(only).containsKeys("uuid", "fq_name", "id_perms", "perms2", "virtual_machine_interface_back_refs")
        .doesNotContainKeys("network_ipam_refs", "display_name");
  }

  @Test
  void excludeHrefs_dropsEveryHref_onReadAndList() {
    String net = create("virtual-network", vn("plain"));
    assertThat(get("/virtual-network/" + net + "?exclude_hrefs").body()).doesNotContain("href").contains("network_ipam_refs");
    assertThat(get("/virtual-networks?exclude_hrefs=true&obj_uuids=" + net).body()).doesNotContain("href").contains(net);
  }

  @Test
  void delete_systemNetworks_is409() {
    String fabric = uuidOf("virtual-network", List.of("default-domain", "default-project", "ip-fabric"));
    assertThat(delete("/virtual-network/" + fabric).status()).isEqualTo(409);
  }

  @Test
  void update_rejectsWhatTheServerRejects() {
    String net = create("virtual-network", vn("rej"));
    Answer perms = put("/virtual-network/" + net, "{\"virtual-network\": {\"perms2\": {\"global_access\": 5}}}");
    assertThat(perms.status()).isEqualTo(400);
    Answer noAttr = put("/virtual-network/" + net, "{\"virtual-network\": {\"network_ipam_refs\": [{\"to\": "
        + "[\"default-domain\", \"default-project\", \"default-network-ipam\"]}]}}");
    assertThat(noAttr.status()).isEqualTo(400);
    assertThat(noAttr.body()).startsWith("Bad reference in update: Error validating reference network_ipam_refs");
    String ghost = UUID.randomUUID().toString();
    assertThat(put("/virtual-network/" + ghost, "{\"virtual-network\": {\"display_name\": \"x\"}}").status()).isEqualTo(404);
    assertThat(delete("/virtual-network/" + ghost).status()).isEqualTo(404);
    assertThat(put("/virtual-network/" + net, "").status()).isEqualTo(200);
  }

  @Test
  void unknownTypesAndPaths_are404() {
    assertThat(post("/virtual-netwerks", "{\"virtual-netwerk\": {\"fq_name\": [\"x\"]}}").status()).isEqualTo(404);
    assertThat(get("/virtual-netwerk/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void create_underVirtualMachineParent_andRootLevelWithTwoNames_isRejected() {
    String vm = create("virtual-machine", "{\"fq_name\": [\"host\"]}");
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"host\", \"eth0\"], \"parent_type\": \"virtual-machine\"}");
    assertThat(read("virtual-machine-interface", vmi)).containsEntry("parent_uuid", vm).containsEntry("parent_type", "virtual-machine");
    assertThat(post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"a\", \"b\"]}}").status()).isEqualTo(400);
    assertThat(post("/virtual-networks", "{\"virtual-network\": {\"fq_name\": [\"default-domain\", \"default-project\", \"p\"], "
        + "\"parent_type\": \"domain\"}}").status()).isEqualTo(400);
  }

  @SuppressWarnings("unchecked")
  static List<String> refUuids(Map<String, Object> object, String field) {
    return ((List<Map<String, Object>>) object.getOrDefault(field, List.of())).stream()
        .map(r -> (String) r.get("uuid")).toList();
  }
}
