package dev.nestedcontrail.sdk.k8s.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.ConflictException;
import dev.nestedcontrail.sdk.core.NotFoundException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our client against fabric8's CRUD mock server: a second, independent implementation. The mock
 * serves watches only over WebSocket and rejects apply patches (415), so apply is covered by
 * ApplyAndErrorsTest and the streamed watch by InformerTest.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class KubernetesClientCrudTest {
  KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void setUp() {
    server.expect().get().withPath("/api/v1").andReturn(200, DiscoveryDocuments.CORE_V1).always();
    server.expect().get().withPath("/apis/apps/v1").andReturn(200, DiscoveryDocuments.APPS_V1)
        .always();
    server.expect().get().withPath("/apis").andReturn(200, DiscoveryDocuments.GROUPS).always();
    client = KubernetesClient.builder()
        .context(KubeContext.builder().name("mock").server(server.url("/"))
            .namespace("kube-system").build())
        .backoff(Backoff.none())
        .watchOverWebSocket(true)
        .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static KubernetesObject configMap(String name, Map<String, String> data) {
    return KubernetesObject.of(Map.of("apiVersion", "v1", "kind", "ConfigMap",
        "metadata", Map.of("name", name, "labels", Map.of("app", "contrail")), "data", data));
  }

  @Test
  void resourceType_discoversPathAndScope() {
    ResourceType daemonSets = client.resourceType("apps/v1", "DaemonSet");
    ResourceType nodes = client.resourceType("Node");

    assertThat(daemonSets.plural()).isEqualTo("daemonsets");
    assertThat(daemonSets.namespaced()).isTrue();
    assertThat(daemonSets.objectPath("kube-system", "vrouter"))
        .isEqualTo("/apis/apps/v1/namespaces/kube-system/daemonsets/vrouter");
    assertThat(nodes.namespaced()).isFalse();
    assertThat(nodes.objectPath("ignored", "n1")).isEqualTo("/api/v1/nodes/n1");
    assertThat(client.resourceType("DaemonSet")).isEqualTo(daemonSets);
  }

  @Test
  void createGetListDelete_roundTripThroughTheServer() {
    KubernetesObject created = client.create(configMap("agent", Map.of("mode", "nested")));
    ResourceClient configMaps = client.resources("v1", "ConfigMap");

    assertThat(created.namespace()).contains("kube-system");
    assertThat(created.resourceVersion()).isPresent();
    assertThat(configMaps.get("agent").orElseThrow().at("data", "mode")).contains("nested");
    assertThat(configMaps.list("app=contrail")).extracting(KubernetesObject::name)
        .containsExactly("agent");
    assertThat(configMaps.list("app=other")).isEmpty();
    assertThatThrownBy(() -> client.create(configMap("agent", Map.of())))
        .isInstanceOf(ConflictException.class);

    configMaps.delete("agent");

    assertThat(configMaps.get("agent")).isEmpty();
    assertThat(configMaps.deleteIfExists("agent")).isFalse();
    assertThatThrownBy(() -> configMaps.delete("agent"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("DELETE /api/v1/namespaces/kube-system/configmaps/agent");
  }

  @Test
  void informer_startsAfterTheInitialListWithTheServersObjectsInItsCache() throws Exception {
    client.create(configMap("one", Map.of()));
    client.create(configMap("two", Map.of()));
    List<String> added = new CopyOnWriteArrayList<>();
    ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
    try (Informer informer = client.resources("v1", "ConfigMap").inform("app=contrail", callbacks,
        new InformerListener() {
          @Override
          public void onAdd(KubernetesObject object) {
            added.add(object.name() + " on " + Thread.currentThread().getName());
          }
        })) {
      informer.started().get(10, TimeUnit.SECONDS);

      assertThat(added).containsExactlyInAnyOrder("one on callbacks", "two on callbacks");
      assertThat(informer.get("kube-system", "one").orElseThrow().kind()).isEqualTo("ConfigMap");
      assertThat(informer.list()).hasSize(2);
      assertThat(informer.resourceVersion()).isNotEmpty();
    } finally {
      callbacks.shutdownNow();
    }
  }

  @Test
  void informer_overWebSocket_seesAddedModifiedAndDeletedOnTheCallerExecutor() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
    try (Informer informer = client.resources("v1", "ConfigMap").inform(callbacks,
        new InformerListener() {
          @Override
          public void onAdd(KubernetesObject object) {
            record("add " + object.name());
          }

          @Override
          public void onUpdate(KubernetesObject oldObject, KubernetesObject newObject) {
            record("update " + newObject.name() + " " + oldObject.at("data", "k").orElse("-")
                + "->" + newObject.at("data", "k").orElse("-"));
          }

          @Override
          public void onDelete(KubernetesObject object) {
            record("delete " + object.name());
          }

          private void record(String event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
          }
        })) {
      informer.started().get(10, TimeUnit.SECONDS);

      KubernetesObject created = client.create(configMap("watched", Map.of("k", "1")));
      await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("add watched"));
      Map<String, Object> changed = new java.util.LinkedHashMap<>(created.content());
      changed.put("data", Map.of("k", "2"));
      client.replace(KubernetesObject.of(changed));
      await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("update watched 1->2"));
      client.resources("v1", "ConfigMap").delete("watched");
      await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("delete watched"));

      assertThat(events).containsExactly("add watched", "update watched 1->2", "delete watched");
      assertThat(informer.get("kube-system", "watched")).isEmpty();
      assertThat(threads).containsOnly("callbacks");
    } finally {
      callbacks.shutdownNow();
    }
  }
}
