package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeKubernetesCrudTest extends FakeKubernetesTestBase {
  private static final String CMS = "/api/v1/namespaces/default/configmaps";

  FakeKubernetesCrudTest() {
    super(b -> b.historyLimit(5));
  }

  @Test
  void create_setsServerFieldsAndAdvancesTheGlobalResourceVersion() {
    long before = api.resourceVersion();
    KubeHttp.Reply created = http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of("k", "v")));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.string("metadata", "uid")).hasSize(36);
    assertThat(created.string("metadata", "creationTimestamp")).endsWith("Z");
    assertThat(Long.parseLong(created.string("metadata", "resourceVersion"))).isEqualTo(before + 1);
    assertThat(created.string("metadata", "namespace")).isEqualTo("default");
    assertThat(http.get(CMS + "/a").body()).isEqualTo(created.body());
  }

  @Test
  void create_whenNameTaken_answersAlreadyExistsStatus() {
    http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
    KubeHttp.Reply again = http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).containsEntry("kind", "Status").containsEntry("apiVersion", "v1")
        .containsEntry("status", "Failure").containsEntry("reason", "AlreadyExists").containsEntry("code", 409L)
        .containsEntry("message", "configmaps \"a\" already exists");
    assertThat(again.at("details", "name")).isEqualTo("a");
  }

  @Test
  void create_withGenerateName_makesDistinctNames() {
    Map<String, Object> body = Map.of("apiVersion", "v1", "kind", "ConfigMap",
        "metadata", Map.of("name", "", "generateName", "gen-"));
    String first = http.post(CMS, body).string("metadata", "name");
    String second = http.post(CMS, body).string("metadata", "name");
    assertThat(first).startsWith("gen-").hasSize(9).isNotEqualTo(second);
  }

  @Test
  void create_rejectsMissingNamespaceBadNameAndWrongKind() {
    assertThat(http.post("/api/v1/namespaces/nope/configmaps", KubeHttp.configMap("a", Map.of(), Map.of())).body())
        .containsEntry("reason", "NotFound").containsEntry("message", "namespaces \"nope\" not found");
    assertThat(http.post(CMS, KubeHttp.configMap("Bad_Name", Map.of(), Map.of())).body())
        .containsEntry("reason", "Invalid").containsEntry("code", 422L);
    assertThat(http.post("/api/v1/namespaces/default/secrets", KubeHttp.configMap("a", Map.of(), Map.of())).status())
        .isEqualTo(400);
  }

  @Test
  void update_withStaleResourceVersion_answersConflict_andWithCurrentOneSucceeds() {
    KubeHttp.Reply created = http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of("k", "1")));
    Map<String, Object> update = new LinkedHashMap<>(created.body());
    update.put("data", Map.of("k", "2"));
    KubeHttp.Reply ok = http.put(CMS + "/a", update);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.at("data")).isEqualTo(Map.of("k", "2"));

    update.put("data", Map.of("k", "3"));
    KubeHttp.Reply stale = http.put(CMS + "/a", update);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).containsEntry("reason", "Conflict");
    assertThat(stale.string("message")).contains("the object has been modified");
    assertThat(http.get(CMS + "/a").at("data")).isEqualTo(Map.of("k", "2"));
  }

  @Test
  void update_bumpsGenerationOnlyWhenSpecChanges() {
    Map<String, Object> ds = daemonSet("ds", "img:1");
    http.post("/apis/apps/v1/namespaces/default/daemonsets", ds);
    String path = "/apis/apps/v1/namespaces/default/daemonsets/ds";
    KubeHttp.Reply labelled = http.patch(path, "application/merge-patch+json",
        Map.of("metadata", Map.of("labels", Map.of("x", "y"))));
    assertThat(labelled.at("metadata", "generation")).isEqualTo(1L);
    KubeHttp.Reply changed = http.patch(path, "application/strategic-merge-patch+json", Map.of("spec",
        Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "c", "image", "img:2")))))));
    assertThat(changed.at("metadata", "generation")).isEqualTo(2L);
  }

  @Test
  void mergePatch_replacesListsAndRemovesNulls_strategicMergesNamedLists() {
    http.post("/apis/apps/v1/namespaces/default/daemonsets", daemonSet("ds", "img:1"));
    String path = "/apis/apps/v1/namespaces/default/daemonsets/ds";
    Map<String, Object> sidecar = Map.of("spec", Map.of("template", Map.of("spec", Map.of("containers",
        List.of(Map.of("name", "side", "image", "side:1"))))));
    KubeHttp.Reply strategic = http.patch(path, "application/strategic-merge-patch+json", sidecar);
    assertThat((List<?>) strategic.at("spec", "template", "spec", "containers")).hasSize(2);
    KubeHttp.Reply merge = http.patch(path, "application/merge-patch+json", sidecar);
    assertThat((List<?>) merge.at("spec", "template", "spec", "containers")).hasSize(1);
    Map<String, Object> removeLabels = new LinkedHashMap<>();
    removeLabels.put("labels", null);
    KubeHttp.Reply removed = http.patch(path, "application/merge-patch+json", Map.of("metadata", removeLabels));
    assertThat(removed.at("metadata", "labels")).isNull();
    assertThat(http.patch(path, "text/plain", "x").status()).isEqualTo(415);
  }

  @Test
  void jsonPatch_appliesOperationsInOrder_andAFailedTestChangesNothing() {
    http.post(CMS, KubeHttp.configMap("a", Map.of("x", "1"), Map.of("k", "v")));
    KubeHttp.Reply patched = http.patch(CMS + "/a", "application/json-patch+json", List.of(
        Map.of("op", "test", "path", "/data/k", "value", "v"),
        Map.of("op", "add", "path", "/data/n", "value", "2"),
        Map.of("op", "move", "from", "/data/k", "path", "/data/m"),
        Map.of("op", "replace", "path", "/metadata/labels/x", "value", "9"),
        Map.of("op", "add", "path", "/metadata/annotations", "value", Map.of("a~b/c", "1")),
        Map.of("op", "remove", "path", "/metadata/annotations/a~0b~1c")));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.at("data")).isEqualTo(Map.of("n", "2", "m", "v"));
    assertThat(patched.at("metadata", "labels")).isEqualTo(Map.of("x", "9"));
    KubeHttp.Reply failed = http.patch(CMS + "/a", "application/json-patch+json", List.of(
        Map.of("op", "remove", "path", "/data/n"), Map.of("op", "test", "path", "/data/m", "value", "other")));
    assertThat(failed.status()).isEqualTo(422);
    assertThat(http.get(CMS + "/a").at("data")).isEqualTo(Map.of("n", "2", "m", "v"));
  }

  @Test
  void list_filtersByLabelAndFieldSelectors_andCarriesTheResourceVersion() {
    http.post(CMS, KubeHttp.configMap("a", Map.of("app", "x", "tier", "web"), Map.of()));
    http.post(CMS, KubeHttp.configMap("b", Map.of("app", "y"), Map.of()));
    http.post(CMS, KubeHttp.configMap("c", Map.of(), Map.of()));
    assertThat(names(http.get(CMS + "?labelSelector=app%3Dx"))).containsExactly("a");
    assertThat(names(http.get(CMS + "?labelSelector=app%20in%20(x,y),tier!%3Dweb"))).containsExactly("b");
    assertThat(names(http.get(CMS + "?labelSelector=!app"))).containsExactly("c");
    assertThat(names(http.get(CMS + "?fieldSelector=metadata.name%3Db"))).containsExactly("b");
    assertThat(names(http.get("/api/v1/configmaps?labelSelector=app"))).containsExactly("a", "b");
    assertThat(http.get(CMS + "?fieldSelector=data.k%3Dv").body()).containsEntry("reason", "BadRequest");
    assertThat(http.get(CMS).string("metadata", "resourceVersion")).isEqualTo(Long.toString(api.resourceVersion()));
  }

  @Test
  void list_atExactVersion_rebuildsThatState_andAnswersGoneWhenTooOld() {
    String early = http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of())).string("metadata", "resourceVersion");
    http.post(CMS, KubeHttp.configMap("b", Map.of(), Map.of()));
    http.delete(CMS + "/a");
    assertThat(names(http.get(CMS + "?resourceVersion=" + early + "&resourceVersionMatch=Exact")))
        .containsExactly("a");
    for (int i = 0; i < 6; i++) {
      http.post(CMS, KubeHttp.configMap("n" + i, Map.of(), Map.of()));
    }
    KubeHttp.Reply gone = http.get(CMS + "?resourceVersion=" + early + "&resourceVersionMatch=Exact");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).containsEntry("reason", "Expired");
    assertThat(names(http.get(CMS + "?resourceVersion=" + early + "&resourceVersionMatch=NotOlderThan")))
        .as("not older than: the current state satisfies it, as on the real server").hasSize(7);
    assertThat(http.get(CMS + "?resourceVersion=" + (api.resourceVersion() + 5)).body())
        .containsEntry("code", 504L).containsEntry("reason", "Timeout");
  }

  @Test
  void statusSubresource_changesOnlyStatus_andTheMainResourceKeepsIt() {
    String svc = "/api/v1/namespaces/default/services/web";
    http.post("/api/v1/namespaces/default/services", Map.of("apiVersion", "v1", "kind", "Service",
        "metadata", Map.of("name", "web"), "spec", Map.of("ports", List.of(Map.of("port", 80)))));
    Map<String, Object> ingress = Map.of("loadBalancer", Map.of("ingress", List.of(Map.of("ip", "192.0.2.1"))));
    KubeHttp.Reply status = http.patch(svc + "/status", "application/merge-patch+json",
        Map.of("status", ingress, "spec", Map.of("type", "NodePort")));
    assertThat(status.at("status")).isEqualTo(ingress);
    assertThat(status.at("spec", "type")).isNull();
    KubeHttp.Reply main = http.patch(svc, "application/merge-patch+json",
        Map.of("status", Map.of("loadBalancer", Map.of()), "spec", Map.of("type", "NodePort")));
    assertThat(main.at("status")).isEqualTo(ingress);
    assertThat(main.at("spec", "type")).isEqualTo("NodePort");
    assertThat(http.get("/api/v1/namespaces/default/configmaps/x/status").status()).isEqualTo(404);
  }

  @Test
  void delete_answersNotFoundWhenMissing_andANamespaceTakesItsObjects() {
    assertThat(http.delete(CMS + "/missing").body()).containsEntry("code", 404L).containsEntry("reason", "NotFound");
    http.post("/api/v1/namespaces", Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", "t")));
    http.post("/api/v1/namespaces/t/configmaps", KubeHttp.configMap("a", Map.of(), Map.of()));
    assertThat(http.delete("/api/v1/namespaces/t").status()).isEqualTo(200);
    assertThat(http.get("/api/v1/namespaces/t/configmaps/a").status()).isEqualTo(404);
    assertThat(api.objects("ConfigMap")).isEmpty();
    KubeHttp.Reply forbidden = http.delete("/api/v1/namespaces/kube-system");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.string("message")).isEqualTo("namespaces \"kube-system\" is forbidden: this namespace may not be deleted");
  }

  @Test
  void requiredToken_rejectsRequestsWithoutIt() {
    try (FakeKubernetesApi secured = FakeKubernetesApi.builder().requiredToken("s3cret").start();
        KubeHttp client = new KubeHttp(secured)) {
      KubeHttp.Reply denied = client.get("/api/v1/namespaces");
      assertThat(denied.status()).isEqualTo(401);
      assertThat(denied.body()).containsEntry("kind", "Status").containsEntry("reason", "Unauthorized");
      assertThat(client.get("/api/v1/namespaces", "Authorization", "Bearer s3cret").status()).isEqualTo(200);
      assertThat(secured.token()).isEqualTo("s3cret");
    }
  }

  @Test
  void discovery_listsGroupsAndResources_andInjectedFaultsAnswer5xx() {
    assertThat(http.get("/apis").string("groups")).contains("apps", "rbac.authorization.k8s.io", "coordination.k8s.io");
    assertThat(http.get("/apis/apps/v1").string("resources")).contains("daemonsets/status");
    assertThat(http.get("/apis/batch/v1").status()).isEqualTo(404);
    assertThat(http.get("/version").body()).containsEntry("minor", "32");
    api.faults().failNext(1, 503);
    assertThat(http.get("/api/v1/nodes").status()).isEqualTo(503);
    assertThat(http.get("/api/v1/nodes").status()).isEqualTo(200);
  }

  static Map<String, Object> daemonSet(String name, String image) {
    return Map.of("apiVersion", "apps/v1", "kind", "DaemonSet", "metadata", Map.of("name", name),
        "spec", Map.of("selector", Map.of("matchLabels", Map.of("app", name)),
            "template", Map.of("metadata", Map.of("labels", Map.of("app", name)),
                "spec", Map.of("containers", List.of(Map.of("name", "c", "image", image))))));
  }

  private static List<String> names(KubeHttp.Reply list) {
    return list.items().stream().map(i -> (String) ((Map<?, ?>) ((Map<?, ?>) i).get("metadata")).get("name")).toList();
  }
}
