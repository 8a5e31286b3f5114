package dev.nestedcontrail.sdk.testkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.testkit.ConfigChange;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FakeConfigApiBehaviourTest extends ConfigApiHarness {

  @Test
  void boot_createsTheDefaultObjectsOfARealServer() {
    for (List<String> fq : List.of(List.of("default-domain"), PROJECT,
        List.of("default-domain", "default-project", "default-network-ipam"))) {
      assertThat(uuidOf(fq.size() == 1 ? "domain" : fq.size() == 2 ? "project" : "network-ipam", fq)).isNotEmpty();
    }
    assertThat(uuidOf("global-system-config", List.of("default-global-system-config"))).isNotEmpty();
    String gvc = uuidOf("global-vrouter-config", List.of("default-global-system-config", "default-global-vrouter-config"));
    assertThat(read("global-vrouter-config", gvc)).containsEntry("parent_type", "global-system-config");
    String fabric = uuidOf("virtual-network", List.of("default-domain", "default-project", "ip-fabric"));
    assertThat(read("virtual-network", fabric)).containsEntry("is_provider_network", true).containsKey("network_ipam_refs");
    assertThat(uuidOf("virtual-network", List.of("default-domain", "default-project", "__link_local__"))).isNotEmpty();
    assertThat(api.writeCount()).isZero();
  }

  @Test
  void etag_isLastModified_andIfNoneMatchGives304_untilAnUpdate() {
    String vm = create("virtual-machine", "{\"fq_name\": [\"etag\"]}");
    Answer first = get("/virtual-machine/" + vm);
    String etag = first.header("ETag");
    Map<?, ?> idPerms = (Map<?, ?>) first.object("virtual-machine").get("id_perms");
    assertThat(etag).isEqualTo("\"" + idPerms.get("last_modified") + "\"");
    assertThat(idPerms.get("created").toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
    assertThat(get("/virtual-machine/" + vm, "If-None-Match", etag).status()).isEqualTo(304);
    put("/virtual-machine/" + vm, "{\"virtual-machine\": {\"display_name\": \"changed\"}}");
    Answer after = get("/virtual-machine/" + vm, "If-None-Match", etag);
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void events_reachListenersInCommitOrder_withObjectForCreateAndUpdate() {
    List<ConfigChange> changes = new CopyOnWriteArrayList<>();
    api.addListener(changes::add);
    String vm = create("virtual-machine", "{\"fq_name\": [\"ev\"]}");
    put("/virtual-machine/" + vm, "{\"virtual-machine\": {\"server_type\": \"container\"}}");
    delete("/virtual-machine/" + vm);
    assertThat(changes).extracting(ConfigChange::oper).containsExactly("CREATE", "UPDATE", "DELETE");
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.type()).isEqualTo("virtual-machine");
      assertThat(c.uuid()).isEqualTo(vm);
      assertThat(c.fqName()).containsExactly("ev");
    });
    assertThat(changes.get(1).objectJson()).hasValueSatisfying(j -> assertThat(j).contains("\"server_type\":\"container\""));
    assertThat(changes.get(2).objectJson()).isEmpty();
  }

  @Test
  void snapshot_restore_roundTripsTheWholeState() {
    String net = create("virtual-network", vn("snap"));
    String vmi = create("virtual-machine-interface", "{\"fq_name\": [\"default-domain\", \"default-project\", \"sp\"], "
        + "\"parent_type\": \"project\", \"virtual_network_refs\": [{\"uuid\": \"" + net + "\"}]}");
    post("/ref-relax-for-delete", "{\"uuid\": \"" + vmi + "\", \"ref-uuid\": \"" + net + "\"}");
    String snapshot = api.snapshot();
    Map<String, Object> before = read("virtual-network", net);
    assertThat(delete("/virtual-machine-interface/" + vmi).status()).isEqualTo(200);
    assertThat(api.snapshot()).isNotEqualTo(snapshot);

    api.restore(snapshot);
    assertThat(api.snapshot()).isEqualTo(snapshot);
    assertThat(read("virtual-network", net)).isEqualTo(before);
    assertThat(delete("/virtual-network/" + net).status()).as("relaxed back ref survives").isEqualTo(200);
    try (FakeConfigApi other = FakeConfigApi.start()) {
      other.restore(snapshot);
      assertThat(other.snapshot()).isEqualTo(snapshot);
    }
  }

  @Test
  void requestLog_andWriteCount_recordWhatTheFakeReceived() {
    api.clearRequests();
    String vm = create("virtual-machine", "{\"fq_name\": [\"logged\"]}");
    get("/virtual-machines?detail=true");
    post("/fqname-to-id", "{\"type\": \"virtual-machine\", \"fq_name\": [\"logged\"]}");
    delete("/virtual-machine/" + vm);
    List<RecordedRequest> log = api.requests();
    assertThat(log).extracting(RecordedRequest::method).containsExactly("POST", "GET", "POST", "DELETE");
    assertThat(log.get(1).query()).containsEntry("detail", List.of("true"));
    assertThat(log.get(0).body()).contains("logged");
    assertThat(api.writeCount()).isEqualTo(2);
  }

  @Test
  void faults_fromTheTestkitBase_answerBeforeTheStore() {
    api.faults().failNext(1, 503);
    assertThat(post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"f\"]}}").status()).isEqualTo(503);
    assertThat(api.count("virtual-machine")).isZero();
    assertThat(post("/virtual-machines", "{\"virtual-machine\": {\"fq_name\": [\"f\"]}}").status()).isEqualTo(200);
  }

  @Test
  void clock_stampsCreatedAndLastModified() {
    FakeClock clock = new FakeClock(java.time.Instant.parse("2024-01-02T03:04:05.123456Z"));
    try (FakeConfigApi clocked = FakeConfigApi.builder().clock(clock).start()) {
      api.close();
      api = clocked;
      String vm = create("virtual-machine", "{\"fq_name\": [\"c\"]}");
      assertThat(((Map<?, ?>) read("virtual-machine", vm).get("id_perms")).get("created").toString())
          .startsWith("2024-01-02T03:04:05.1234");
    }
  }
}
