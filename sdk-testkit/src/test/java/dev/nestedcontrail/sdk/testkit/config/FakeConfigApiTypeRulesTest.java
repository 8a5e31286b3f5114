package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeConfigApiTypeRulesTest extends ConfigApiHarness {
  String net;
  String primary;

  @BeforeEach
  void primaryPort() {
    net = create("virtual-network", vn("under"));
    primary = create("virtual-machine-interface", port("primary", ""));
  }

  String port(String name, String extra) {
    return "{\"fq_name\": [\"default-domain\", \"default-project\", \"" + name + "\"], \"parent_type\": \"project\", "
        + "\"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]" + extra + "}";
  }

  String sub(int tag, String parent) {
    return ", \"virtual_machine_interface_properties\": {\"sub_interface_vlan_tag\": " + tag + "}, "
        + "\"virtual_machine_interface_refs\": [{\"uuid\": \"" + parent + "\"}]";
  }

  Answer createPort(String name, String extra) {
    return post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": " + port(name, extra) + "}");
  }

  @Test
  void subInterface_vlanTagOutOfRange_is400() {
    Answer answer = createPort("bad", sub(4095, primary));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEqualTo("Invalid sub-interface VLAN tag ID: 4095");
  }

  @Test
  void subInterface_duplicateTagUnderOnePrimary_is400_butOtherPrimaryIsFine() {
    assertThat(createPort("s1", sub(10, primary)).status()).isEqualTo(200);
    Answer dup = createPort("s2", sub(10, primary));
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.body()).startsWith("VLAN tag 10 is already used by sub-interface ");
    String other = create("virtual-machine-interface", port("primary2", ""));
    assertThat(createPort("s3", sub(10, other)).status()).isEqualTo(200);
  }

  @Test
  void subInterface_ofASubInterface_is400() {
    String s1 = create("virtual-machine-interface", port("s1", sub(11, primary)));
    assertThat(createPort("s11", sub(12, s1)).status()).isEqualTo(400);
  }

  @Test
  void subInterface_linked_keepsItsTagAndPrimary() {
    String s1 = create("virtual-machine-interface", port("s1", sub(20, primary)));
    Answer retag = put("/virtual-machine-interface/" + s1, "{\"virtual-machine-interface\": "
        + "{\"virtual_machine_interface_properties\": {\"sub_interface_vlan_tag\": 21}}}");
    assertThat(retag.status()).isEqualTo(400);
    assertThat(retag.body()).isEqualTo("Cannot change sub-interface VLAN tag ID");
    Answer unlink = put("/virtual-machine-interface/" + s1, "{\"virtual-machine-interface\": "
        + "{\"virtual_machine_interface_refs\": []}}");
    assertThat(unlink.status()).isEqualTo(409);
    String reverse = "{\"operation\": \"ADD\", \"type\": \"virtual-machine-interface\", \"uuid\": \"" + primary
        + "\", \"ref-type\": \"virtual-machine-interface\", \"ref-uuid\": \"" + s1 + "\"}";
    assertThat(post("/ref-update", reverse).status()).isEqualTo(200);
    assertThat(FakeConfigApiCrudTest.refUuids(read("virtual-machine-interface", s1), "virtual_machine_interface_back_refs"))
        .containsExactly(primary);
  }

  @Test
  void project_getsADefaultApplicationPolicySet_removedWithTheProject() {
    String project = create("project", "{\"fq_name\": [\"default-domain\", \"k8s-default\"]}");
    String aps = uuidOf("application-policy-set", List.of("default-domain", "k8s-default", "default-application-policy-set"));
    assertThat(FakeConfigApiCrudTest.refUuids(read("project", project), "application_policy_sets")).containsExactly(aps);
    assertThat(((java.util.Map<?, ?>) read("project", project).get("perms2")).get("owner"))
        .isEqualTo(project.replace("-", ""));
    assertThat(delete("/project/" + project).status()).isEqualTo(200);
    assertThat(get("/application-policy-set/" + aps).status()).isEqualTo(404);
  }
}
