package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server-side apply: creation, field ownership, conflicts, force and removal of fields no longer applied. */
class FakeKubernetesApplyTest extends FakeKubernetesTestBase {
  private static final String APPLY = "application/apply-patch+yaml";
  private static final String CM = "/api/v1/namespaces/default/configmaps/settings";

  FakeKubernetesApplyTest() {
    super(b -> b);
  }

  @Test
  void apply_whenAbsent_createsAndRecordsTheManagersFields() {
    KubeHttp.Reply created = http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1")));
    assertThat(created.status()).isEqualTo(201);
    List<?> managed = (List<?>) created.at("metadata", "managedFields");
    assertThat(managed).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = (Map<String, Object>) managed.get(0);
    assertThat(entry).containsEntry("manager", "alice").containsEntry("operation", "Apply")
        .containsEntry("fieldsType", "FieldsV1")
        .containsEntry("fieldsV1", Map.of("f:data", Map.of("f:a", Map.of())));
    clock.advance(java.time.Duration.ofMinutes(1));
    KubeHttp.Reply again = http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1")));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.string("metadata", "resourceVersion")).as("re-applying the same config writes nothing")
        .isEqualTo(created.string("metadata", "resourceVersion"));
  }

  @Test
  void apply_ofYamlBody_isAccepted() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: \"1\"\n";
    KubeHttp.Reply created = http.patch(CM + "?fieldManager=alice", APPLY, yaml);
    assertThat(created.at("data")).isEqualTo(Map.of("a", "1"));
  }

  @Test
  void apply_ofAnotherManagersFieldWithOtherValue_conflictsUnlessForced() {
    http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1", "b", "1")));
    KubeHttp.Reply conflict = http.patch(CM + "?fieldManager=bob", APPLY, settings(Map.of("a", "2")));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body()).containsEntry("kind", "Status").containsEntry("reason", "Conflict");
    assertThat(conflict.string("message")).isEqualTo("Apply failed with 1 conflict: conflict with \"alice\": .data.a");
    assertThat((List<?>) conflict.at("details", "causes")).singleElement().asString()
        .contains("FieldManagerConflict", ".data.a");

    KubeHttp.Reply same = http.patch(CM + "?fieldManager=bob", APPLY, settings(Map.of("b", "1")));
    assertThat(same.status()).as("the same value is shared, not a conflict").isEqualTo(200);

    KubeHttp.Reply forced = http.patch(CM + "?fieldManager=bob&force=true", APPLY, settings(Map.of("a", "2", "b", "1")));
    assertThat(forced.status()).isEqualTo(200);
    assertThat(forced.at("data")).isEqualTo(Map.of("a", "2", "b", "1"));
    assertThat(fieldsOf(forced, "alice")).isEqualTo(Map.of("f:data", Map.of("f:b", Map.of())));
    assertThat(fieldsOf(forced, "bob")).isEqualTo(Map.of("f:data", Map.of("f:a", Map.of(), "f:b", Map.of())));
  }

  @Test
  void apply_withoutAField_removesItUnlessAnotherManagerOwnsIt() {
    http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1", "b", "1", "c", "1")));
    http.patch(CM + "?fieldManager=bob", APPLY, settings(Map.of("c", "1")));
    KubeHttp.Reply reapplied = http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1")));
    assertThat(reapplied.at("data")).isEqualTo(Map.of("a", "1", "c", "1"));
  }

  @Test
  void apply_ofNamedListItems_mergesThemPerManager() {
    String path = "/apis/apps/v1/namespaces/default/daemonsets/ds";
    http.patch(path + "?fieldManager=alice", APPLY, FakeKubernetesCrudTest.daemonSet("ds", "img:1"));
    Map<String, Object> sidecar = Map.of("apiVersion", "apps/v1", "kind", "DaemonSet", "metadata", Map.of("name", "ds"),
        "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "side", "image", "s:1"))))));
    KubeHttp.Reply merged = http.patch(path + "?fieldManager=bob", APPLY, sidecar);
    assertThat(merged.status()).isEqualTo(200);
    assertThat((List<?>) merged.at("spec", "template", "spec", "containers")).hasSize(2);
    assertThat(fieldsOf(merged, "bob").toString()).contains("k:{\"name\":\"side\"}").doesNotContain("k:{\"name\":\"c\"}");

    Map<String, Object> changedImage = Map.of("apiVersion", "apps/v1", "kind", "DaemonSet", "metadata", Map.of("name", "ds"),
        "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "c", "image", "img:2"))))));
    KubeHttp.Reply conflict = http.patch(path + "?fieldManager=bob", APPLY, changedImage);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.string("message")).contains(".spec.template.spec.containers[name=\"c\"].image");
  }

  @Test
  void apply_withoutFieldManager_isBadRequest_andAnUpdateTakesOverChangedFields() {
    assertThat(http.patch(CM, APPLY, settings(Map.of("a", "1"))).status()).isEqualTo(400);
    http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1", "b", "1")));
    KubeHttp.Reply updated = http.patch(CM + "?fieldManager=editor", "application/merge-patch+json",
        Map.of("data", Map.of("a", "9")));
    assertThat(fieldsOf(updated, "editor")).isEqualTo(Map.of("f:data", Map.of("f:a", Map.of())));
    assertThat(fieldsOf(updated, "alice")).isEqualTo(Map.of("f:data", Map.of("f:b", Map.of())));
    assertThat(http.patch(CM + "?fieldManager=alice", APPLY, settings(Map.of("a", "1", "b", "1"))).status())
        .isEqualTo(409);
  }

  private static Map<String, Object> settings(Map<String, String> data) {
    return Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "settings"), "data", data);
  }

  private static Object fieldsOf(KubeHttp.Reply reply, String manager) {
    return ((List<?>) reply.at("metadata", "managedFields")).stream().map(Map.class::cast)
        .filter(m -> manager.equals(m.get("manager"))).map(m -> m.get("fieldsV1")).findFirst().orElse(Map.of());
  }
}
