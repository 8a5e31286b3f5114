package dev.nestedcontrail.sdk.testkit.it.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.k8s.client.Backoff;
import dev.nestedcontrail.sdk.k8s.client.Informer;
import dev.nestedcontrail.sdk.k8s.client.InformerListener;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.client.ResourceClient;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Our lean client against the testkit's fake API server (fabric8's mock is the other server). */
class KubernetesClientAgainstFakeTest {
  private final FakeKubernetesApi api = FakeKubernetesApi.start();
  private final KubernetesClient client = KubernetesClient.builder().server(api.baseUrl())
      .pollInterval(Duration.ofMillis(20))
      .backoff(Backoff.exponential(Duration.ofMillis(10), Duration.ofMillis(50))).build();
  private final ResourceClient configMaps = client.resources("v1", "ConfigMap")
      .inNamespace("default");
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void close() {
    executor.shutdownNow();
    client.close();
    api.close();
  }

  @Test
  void crud_createGetListReplaceDelete() {
    KubernetesObject created = client.create(configMap("one", "a", "1"));
    assertThat(created.resourceVersion()).isPresent();
    assertThat(configMaps.get("one")).map(o -> o.at("data", "a").orElseThrow()).contains("1");
    assertThat(configMaps.list()).extracting(KubernetesObject::name).contains("one");

    KubernetesObject replaced = client.replace(withVersion(configMap("one", "a", "2"),
        created.resourceVersion().orElseThrow()));
    assertThat(replaced.at("data", "a")).contains("2");

    configMaps.delete("one");
    assertThat(configMaps.get("one")).isEmpty();
    assertThat(configMaps.deleteIfExists("one")).isFalse();
  }

  @Test
  void crud_conflictsAndMissingObjects_becomeTheSdkExceptions() {
    KubernetesObject created = client.create(configMap("one", "a", "1"));
    client.replace(withVersion(configMap("one", "a", "2"), created.resourceVersion().orElseThrow()));

    assertThatThrownBy(() -> client.create(configMap("one", "a", "1")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.replace(withVersion(configMap("one", "a", "3"),
        created.resourceVersion().orElseThrow()))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> configMaps.delete("missing")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void apply_ownsFieldsPerManager_andForceTakesThemOver() {
    client.apply(configMap("one", "a", "1"), "first", false);
    KubernetesObject again = client.apply(configMap("one", "a", "1"), "first", false);
    assertThat(client.apply(configMap("one", "a", "1"), "first", false).resourceVersion())
        .isEqualTo(again.resourceVersion());

    assertThatThrownBy(() -> client.apply(configMap("one", "a", "2"), "second", false))
        .isInstanceOf(ConflictException.class);
    KubernetesObject forced = client.apply(configMap("one", "a", "2"), "second", true);
    assertThat(forced.at("data", "a")).contains("2");
  }

  @Test
  void informer_seesAddsUpdatesAndDeletes_andSurvivesA410ByRelisting() {
    client.create(configMap("before", "a", "1"));
    List<String> events = new CopyOnWriteArrayList<>();
    try (Informer informer = configMaps.inform(executor, recording(events))) {
      informer.started().join();
      client.create(configMap("added", "a", "1"));
      await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("add added"));

      api.expireNextWatches(1);
      api.dropWatches();
      client.apply(configMap("added", "a", "2"), "test", true);
      configMaps.delete("before");

      await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("delete before")
          && events.contains("update added"));
      assertThat(informer.get("default", "added")).map(o -> o.at("data", "a").orElseThrow())
          .contains("2");
      assertThat(informer.get("default", "before")).isEmpty();
    }
    assertThat(events).startsWith("add before");
  }

  @Test
  void awaitDaemonSetRollout_whenNothingIsScheduled_returnsAtOnce_andAwaitPodReadyTimesOut() {
    Map<String, Object> ds = new LinkedHashMap<>(Map.of("apiVersion", "apps/v1", "kind", "DaemonSet",
        "metadata", Map.of("name", "ds", "namespace", "default"),
        "spec", Map.of("selector", Map.of("matchLabels", Map.of("app", "ds")),
            "template", Map.of("metadata", Map.of("labels", Map.of("app", "ds")),
                "spec", Map.of("containers", List.of(Map.of("name", "c", "image", "i")))))));
    client.apply(KubernetesObject.of(ds), "test", false);

    KubernetesObject rolledOut = client.awaitDaemonSetRollout("default", "ds", Duration.ofSeconds(5));

    assertThat(rolledOut.at("status", "desiredNumberScheduled").map(n -> ((Number) n).intValue()))
        .contains(0);
    assertThatThrownBy(() -> client.awaitPodReady("default", "nope", Duration.ofMillis(100)))
        .isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("Pod default/nope: not found");
  }

  private static KubernetesObject configMap(String name, String key, String value) {
    return KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap",
        "metadata", Map.of("name", name, "namespace", "default"), "data", Map.of(key, value)));
  }

  private static KubernetesObject withVersion(KubernetesObject object, String version) {
    Map<String, Object> content = new LinkedHashMap<>(object.content());
    Map<String, Object> metadata = new LinkedHashMap<>(Map.of("name", object.name(),
        "namespace", "default", "resourceVersion", version));
    content.put("metadata", metadata);
    return KubernetesObject.of(content);
  }

  private static InformerListener recording(List<String> events) {
    return new InformerListener() {
      @Override
      public void onAdd(KubernetesObject object) {
        events.add("add " + object.name());
      }

      @Override
      public void onUpdate(KubernetesObject oldObject, KubernetesObject newObject) {
        events.add("update " + newObject.name());
      }

      @Override
      public void onDelete(KubernetesObject object) {
        events.add("delete " + object.name());
      }
    };
  }
}
