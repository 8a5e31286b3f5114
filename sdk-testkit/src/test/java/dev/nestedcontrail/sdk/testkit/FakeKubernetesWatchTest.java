package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FakeKubernetesWatchTest extends FakeKubernetesTestBase {
  private static final String CMS = "/api/v1/namespaces/default/configmaps";

  FakeKubernetesWatchTest() {
    super(b -> b.historyLimit(10));
  }

  @Test
  void watch_fromAVersion_replaysAndStreamsAddedModifiedDeleted() {
    String start = http.get(CMS).string("metadata", "resourceVersion");
    http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
    try (Response watch = http.open(CMS + "?watch=1&resourceVersion=" + start)) {
      assertThat(watch.code()).isEqualTo(200);
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED a");
      http.patch(CMS + "/a", "application/merge-patch+json", Map.of("data", Map.of("k", "v")));
      http.delete(CMS + "/a");
      http.post("/api/v1/namespaces/kube-system/configmaps", KubeHttp.configMap("other-ns", Map.of(), Map.of()));
      http.post(CMS, KubeHttp.configMap("b", Map.of(), Map.of()));
      assertThat(KubeHttp.next(watch, 3)).containsExactly("MODIFIED a", "DELETED a", "ADDED b");
    }
  }

  @Test
  void watch_ofOneResource_neverSeesEventsOfAnother_replayedOrLive() {
    String start = http.get("/api/v1/namespaces").string("metadata", "resourceVersion");
    http.post(CMS, KubeHttp.configMap("replayed", Map.of(), Map.of()));
    http.post("/api/v1/namespaces", Map.of("apiVersion", "v1", "kind", "Namespace",
        "metadata", Map.of("name", "first")));
    try (Response watch = http.open("/api/v1/namespaces?watch=1&resourceVersion=" + start)) {
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED first");
      http.post(CMS, KubeHttp.configMap("live", Map.of(), Map.of()));
      http.post("/api/v1/namespaces", Map.of("apiVersion", "v1", "kind", "Namespace",
          "metadata", Map.of("name", "second")));
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED second");
    }
  }

  @Test
  void watch_withoutVersion_startsWithTheCurrentObjects_andSelectorsTurnChangesIntoAddedDeleted() {
    http.post(CMS, KubeHttp.configMap("a", Map.of("app", "x"), Map.of()));
    http.post(CMS, KubeHttp.configMap("b", Map.of(), Map.of()));
    try (Response watch = http.open(CMS + "?watch=true&labelSelector=app%3Dx")) {
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED a");
      http.patch(CMS + "/b", "application/merge-patch+json", Map.of("metadata", Map.of("labels", Map.of("app", "x"))));
      Map<String, Object> unlabel = new LinkedHashMap<>();
      unlabel.put("app", null);
      http.patch(CMS + "/a", "application/merge-patch+json", Map.of("metadata", Map.of("labels", unlabel)));
      assertThat(KubeHttp.next(watch, 2)).containsExactly("ADDED b", "DELETED a");
    }
  }

  @Test
  void watch_withBookmarks_getsBookmarkWithTheCurrentVersion() {
    try (Response watch = http.open(CMS + "?watch=1&allowWatchBookmarks=true&resourceVersion="
        + api.resourceVersion())) {
      await().until(() -> api.openWatches() == 1);
      http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
      api.sendBookmarks();
      assertThat(KubeHttp.next(watch, 2)).containsExactly("ADDED a", "BOOKMARK " + api.resourceVersion());
    }
  }

  @Test
  void watch_withSendInitialEvents_marksTheEndOfTheInitialEventsWithABookmark() {
    http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
    try (Response watch = http.open(CMS + "?watch=1&allowWatchBookmarks=true&sendInitialEvents=true"
        + "&resourceVersionMatch=NotOlderThan&resourceVersion=")) {
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED a");
      Map<String, Object> bookmark = KubeHttp.next(watch);
      assertThat(bookmark).containsEntry("type", "BOOKMARK");
      assertThat(bookmark.get("object").toString()).contains("k8s.io/initial-events-end");
    }
  }

  @Test
  void watch_fromAVersionOlderThanTheHistory_getsAnExpiredErrorEvent() {
    long old = api.resourceVersion();
    for (int i = 0; i < 12; i++) {
      http.post(CMS, KubeHttp.configMap("n" + i, Map.of(), Map.of()));
    }
    try (Response watch = http.open(CMS + "?watch=1&resourceVersion=" + old)) {
      assertGone(KubeHttp.next(watch));
      assertThat(KubeHttp.next(watch)).as("the stream ends after the error").isNull();
    }
  }

  @Test
  void expireNextWatches_answersTheNextWatchWithGone_only() {
    api.expireNextWatches(1);
    try (Response watch = http.open(CMS + "?watch=1&resourceVersion=" + api.resourceVersion())) {
      assertGone(KubeHttp.next(watch));
    }
    try (Response watch = http.open(CMS + "?watch=1&resourceVersion=" + api.resourceVersion())) {
      http.post(CMS, KubeHttp.configMap("a", Map.of(), Map.of()));
      assertThat(KubeHttp.next(watch, 1)).containsExactly("ADDED a");
    }
  }

  @Test
  void dropWatches_endsEveryOpenStream() {
    try (Response first = http.open(CMS + "?watch=1&resourceVersion=" + api.resourceVersion());
        Response second = http.open("/api/v1/nodes?watch=1&resourceVersion=" + api.resourceVersion())) {
      await().until(() -> api.openWatches() == 2);
      api.dropWatches();
      assertThat(KubeHttp.next(first)).isNull();
      assertThat(KubeHttp.next(second)).isNull();
      await().until(() -> api.openWatches() == 0);
    }
  }

  @Test
  void watch_withTimeoutSeconds_endsWithABookmarkWhenTheTimerFires() {
    try (Response watch = http.open(CMS + "?watch=1&allowWatchBookmarks=1&timeoutSeconds=30&resourceVersion="
        + api.resourceVersion())) {
      await().until(() -> timers.pending() == 1);
      timers.advance(Duration.ofSeconds(29));
      assertThat(api.openWatches()).isEqualTo(1);
      timers.advance(Duration.ofSeconds(1));
      assertThat(KubeHttp.next(watch, 1)).containsExactly("BOOKMARK " + api.resourceVersion());
      assertThat(KubeHttp.next(watch)).isNull();
    }
  }

  @Test
  void watch_getsEventsInResourceVersionOrder_whicheverThreadMadeTheChange() {
    try (Response watch = http.open(CMS + "?watch=1&resourceVersion=" + api.resourceVersion())) {
      for (int i = 0; i < 40; i++) {
        api.create(KubernetesObject.of(KubeHttp.configMap("t" + i, Map.of(), Map.of())));
        http.post(CMS, KubeHttp.configMap("h" + i, Map.of(), Map.of()));
      }
      long last = 0;
      for (int i = 0; i < 80; i++) {
        Map<?, ?> metadata = (Map<?, ?>) ((Map<?, ?>) KubeHttp.next(watch).get("object")).get("metadata");
        long version = Long.parseLong((String) metadata.get("resourceVersion"));
        assertThat(version).isGreaterThan(last);
        last = version;
      }
    }
  }

  private static void assertGone(Map<String, Object> event) {
    assertThat(event).containsEntry("type", "ERROR");
    Map<?, ?> status = (Map<?, ?>) event.get("object");
    assertThat(status.get("kind")).isEqualTo("Status");
    assertThat(status.get("code")).isEqualTo(410L);
    assertThat(status.get("reason")).isEqualTo("Expired");
    assertThat(List.of(status.get("message"))).singleElement().asString().startsWith("too old resource version");
  }
}
