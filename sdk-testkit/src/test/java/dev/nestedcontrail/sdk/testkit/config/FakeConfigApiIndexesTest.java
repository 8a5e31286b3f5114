package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks that read the fake's value indexes (MACs, held addresses, sub-interface tags) and the
 * one-ref path of {@code /ref-update} give the same answers as a scan would, as objects come,
 * change and go, and after a snapshot is restored.
 */
class FakeConfigApiIndexesTest extends ConfigApiHarness {

  String port(String name, String extra) {
    return "{\"fq_name\": [\"default-domain\", \"default-project\", \"" + name + "\"], \"parent_type\": \"project\""
        + extra + "}";
  }

  static String sub(int tag, String primary) {
    return ", \"virtual_machine_interface_properties\": {\"sub_interface_vlan_tag\": " + tag + "}, "
        + "\"virtual_machine_interface_refs\": [{\"uuid\": \"" + primary + "\"}]";
  }

  String refUpdate(String operation, String type, String uuid, String refType, String refUuid) {
    return "{\"operation\": \"" + operation + "\", \"type\": \"" + type + "\", \"uuid\": \"" + uuid
        + "\", \"ref-type\": \"" + refType + "\", \"ref-uuid\": \"" + refUuid + "\"}";
  }

  @Test
  void subInterfaceTag_isFreeAgainOnceItsHolderIsDeleted_andTheSameTagAsFloatCollides() {
    String primary = create("virtual-machine-interface", port("primary", ""));
    String first = create("virtual-machine-interface", port("s1", sub(7, primary)));
    Answer asFloat = post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": "
        + port("s2", sub(7, primary)).replace(": 7}", ": 7.0}") + "}");
    assertThat(asFloat.status()).isEqualTo(400);
    assertThat(asFloat.body()).isEqualTo("VLAN tag 7.0 is already used by sub-interface " + first
        + " of primary interface " + primary);

    assertThat(delete("/virtual-machine-interface/" + first).status()).isEqualTo(200);

    assertThat(post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": " + port("s2", sub(7, primary))
        + "}").status()).isEqualTo(200);
  }

  @Test
  void instanceIp_addressOfADeletedIp_isReused_andAGivenAddressCollidesOnlyWhileHeld() {
    String net = create("virtual-network", vn("reuse"));
    List<String> iips = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      iips.add(create("instance-ip", iip("r" + i, net, "")));
    }
    assertThat(iips).extracting(this::address).containsExactly("10.1.0.4", "10.1.0.3", "10.1.0.2");
    String given = iip("given", net, ", \"instance_ip_address\": \"10.1.0.3\"");
    assertThat(post("/instance-ips", "{\"instance-ip\": " + given + "}").status()).isEqualTo(409);

    assertThat(delete("/instance-ip/" + iips.get(1)).status()).isEqualTo(200);

    assertThat(address(create("instance-ip", given))).isEqualTo("10.1.0.3");
    assertThat(address(create("instance-ip", iip("next", net, "")))).isEqualTo("10.1.0.1");
  }

  @Test
  void refUpdate_onAnObjectWithManyRefs_keepsTheOthersInOrder_andBackRefsAndDeleteChecksFollow() {
    String router = create("virtual-router", "{\"fq_name\": [\"default-global-system-config\", \"r1\"], "
        + "\"parent_type\": \"global-system-config\"}");
    List<String> vms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      vms.add(create("virtual-machine", "{\"fq_name\": [\"vm" + i + "\"]}"));
      assertThat(post("/ref-update", refUpdate("ADD", "virtual-router", router, "virtual-machine", vms.get(i)))
          .status()).isEqualTo(200);
    }
    String etag = get("/virtual-router/" + router).header("ETag");
    assertThat(post("/ref-update", refUpdate("ADD", "virtual-router", router, "virtual-machine", vms.get(1)))
        .status()).isEqualTo(200);
    assertThat(post("/ref-update", refUpdate("DELETE", "virtual-router", router, "virtual-machine", vms.get(3)))
        .status()).isEqualTo(200);

    assertThat(get("/virtual-router/" + router).header("ETag")).isNotEqualTo(etag);
    assertThat(FakeConfigApiCrudTest.refUuids(read("virtual-router", router), "virtual_machine_refs"))
        .containsExactly(vms.get(0), vms.get(2), vms.get(4), vms.get(1));
    assertThat(FakeConfigApiCrudTest.refUuids(read("virtual-machine", vms.get(1)), "virtual_router_back_refs"))
        .containsExactly(router);
    assertThat(read("virtual-machine", vms.get(3))).doesNotContainKey("virtual_router_back_refs");
    assertThat(delete("/virtual-machine/" + vms.get(3)).status()).isEqualTo(200);
    Answer referred = delete("/virtual-machine/" + vms.get(2));
    assertThat(referred.status()).isEqualTo(409);
    assertThat(referred.body()).startsWith("Delete when resource still referred");
  }

  @Test
  void refUpdate_onAnObjectLeftWithARefToADeletedTarget_is404AsAWholeUpdateIs_alsoAfterARestore() {
    String net = create("virtual-network", vn("gone"));
    String vmi = create("virtual-machine-interface", port("p", ", \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]"));
    String other = create("virtual-network", vn("other"));
    assertThat(post("/ref-relax-for-delete", "{\"uuid\": \"" + vmi + "\", \"ref-uuid\": \"" + net + "\"}").status())
        .isEqualTo(200);
    assertThat(delete("/virtual-network/" + net).status()).isEqualTo(200);
    String add = refUpdate("ADD", "virtual-machine-interface", vmi, "virtual-network", other);

    Answer dangling = post("/ref-update", add);
    api.restore(api.snapshot());
    Answer afterRestore = post("/ref-update", add);

    assertThat(dangling.status()).isEqualTo(404);
    assertThat(dangling.body()).isEqualTo("No virtual-network object found for id " + net);
    assertThat(afterRestore.status()).isEqualTo(404);
    assertThat(post("/ref-update", refUpdate("ADD", "virtual-machine-interface", vmi, "virtual-machine",
        create("virtual-machine", "{\"fq_name\": [\"vm-p\"]}"))).status()).as("another ref list").isEqualTo(200);
    assertThat(post("/ref-update", refUpdate("DELETE", "virtual-machine-interface", vmi, "virtual-network", net))
        .status()).isEqualTo(404);
  }

  @Test
  void snapshotRestore_rebuildsTheIndexes() {
    String primary = create("virtual-machine-interface", port("primary", ""));
    create("virtual-machine-interface", port("s1", sub(9, primary)));
    String net = create("virtual-network", vn("snap"));
    create("instance-ip", iip("a", net, ""));
    String snapshot = api.snapshot();
    create("virtual-machine-interface", port("s2", sub(10, primary)));

    api.restore(snapshot);

    assertThat(post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": " + port("s3", sub(9, primary))
        + "}").status()).isEqualTo(400);
    assertThat(post("/virtual-machine-interfaces", "{\"virtual-machine-interface\": " + port("s4", sub(10, primary))
        + "}").status()).isEqualTo(200);
    assertThat(address(create("instance-ip", iip("b", net, "")))).isEqualTo("10.1.0.3");
  }

  String iip(String name, String network, String extra) {
    return "{\"fq_name\": [\"" + name + "\"], \"virtual_network_refs\": [{\"uuid\": \"" + network + "\"}]" + extra + "}";
  }

  String address(String iip) {
    return (String) read("instance-ip", iip).get("instance_ip_address");
  }
}
