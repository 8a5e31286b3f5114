package dev.nestedcontrail.sdk.k8s.client;

import static dev.nestedcontrail.sdk.k8s.client.MockApi.bookmark;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.event;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.json;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.pod;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.podItem;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.podList;
import static dev.nestedcontrail.sdk.k8s.client.MockApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.ForbiddenException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watch edge cases: bookmarks, dropped streams, 410 Gone as an event and as a status. */
class InformerTest {
  private final MockWebServer server = new MockWebServer();
  private final List<Integer> backoffAttempts = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
  private KubernetesClient client;

  private final InformerListener recorder = new InformerListener() {
    @Override
    public void onAdd(KubernetesObject object) {
      events.add("add " + object.name() + "@" + object.resourceVersion().orElse(""));
    }

    @Override
    public void onUpdate(KubernetesObject oldObject, KubernetesObject newObject) {
      events.add("update " + newObject.name() + "@" + oldObject.resourceVersion().orElse("")
          + "->" + newObject.resourceVersion().orElse(""));
    }

    @Override
    public void onDelete(KubernetesObject object) {
      events.add("delete " + object.name());
    }
  };

  @BeforeEach
  void setUp() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    server.enqueue(json(200, DiscoveryDocuments.CORE_V1));
    client = KubernetesClient.builder()
        .context(KubeContext.builder().name("t").server(server.url("/").toString())
            .namespace("kube-system").token("secret-token").build())
        .backoff(attempt -> {
          backoffAttempts.add(attempt);
          return Duration.ZERO;
        })
        .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    callbacks.shutdownNow();
    server.close();
  }

  private List<RecordedRequest> requests(int count) throws InterruptedException {
    List<RecordedRequest> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(server.takeRequest(5, TimeUnit.SECONDS));
    }
    return result;
  }

  @Test
  void informer_acrossBookmarksDropsAndGone_resumesOrRelistsAndEmitsTheDifferences()
      throws Exception {
    server.enqueue(json(200, podList("10", podItem("a", "5"), podItem("b", "6"))));
    server.enqueue(json(200, event("ADDED", pod("c", "11")) + bookmark("15")));
    server.enqueue(json(200, event("MODIFIED", pod("a", "16"))));
    server.enqueue(json(200, event("ERROR", status(410, "Expired",
        "too old resource version: 16 (20)"))));
    server.enqueue(json(200, podList("20", podItem("a", "16"), podItem("c", "17"),
        podItem("d", "18"))));
    server.enqueue(json(410, status(410, "Gone", "too old resource version")));
    server.enqueue(json(200, podList("21", podItem("a", "16"), podItem("c", "17"),
        podItem("d", "18"))));

    try (Informer informer = client.resources("v1", "Pod").inform(callbacks, recorder)) {
      informer.started().get(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(5)).until(() -> server.getRequestCount() >= 9);
      await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 7);

      assertThat(events).containsExactly("add a@5", "add b@6", "add c@11", "update a@5->16",
          "update c@11->17", "add d@18", "delete b");
      assertThat(informer.list()).extracting(KubernetesObject::name)
          .containsExactlyInAnyOrder("a", "c", "d");
      assertThat(informer.resourceVersion()).isEqualTo("21");
    }
    List<RecordedRequest> requests = requests(9);
    assertThat(requests).extracting(r -> r.getUrl().queryParameter("resourceVersion"))
        .containsExactly(null, null, "10", "15", "16", null, "20", null, "21");
    RecordedRequest watch = requests.get(2);
    assertThat(watch.getUrl().encodedPath()).isEqualTo("/api/v1/namespaces/kube-system/pods");
    assertThat(watch.getUrl().queryParameter("watch")).isEqualTo("true");
    assertThat(watch.getUrl().queryParameter("allowWatchBookmarks")).isEqualTo("true");
    assertThat(watch.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token");
    assertThat(backoffAttempts).as("normal ends and 410s need no backoff").isEmpty();
  }

  @Test
  void informer_whenStreamBreaksMidway_backsOffAndResumesFromTheLastVersion() throws Exception {
    server.enqueue(json(200, podList("10")));
    // the body announces more bytes than it sends, then the connection drops
    server.enqueue(new MockResponse.Builder().body(event("ADDED", pod("a", "11")))
        .setHeader("Content-Length", 4096).onResponseEnd(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(503, status(503, "ServiceUnavailable", "apiserver is restarting")));
    server.enqueue(json(200, event("DELETED", pod("a", "12"))));

    try (Informer informer = client.resources("v1", "Pod").inform(callbacks, recorder)) {
      await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 2);
      assertThat(events).containsExactly("add a@11", "delete a");
      assertThat(informer.get("kube-system", "a")).isEmpty();
    }
    List<RecordedRequest> requests = requests(5);
    assertThat(requests).extracting(r -> r.getUrl().queryParameter("resourceVersion"))
        .containsExactly(null, null, "10", "11", "11");
    assertThat(backoffAttempts).containsExactly(1, 2);
  }

  @Test
  void informer_whenInitialListIsForbidden_failsStartedWithTheServersMessage() {
    server.enqueue(json(403, status(403, "Forbidden",
        "pods is forbidden: User system:anonymous cannot list resource pods")));

    try (Informer informer = client.resources("v1", "Pod").inform(callbacks, recorder)) {
      assertThatThrownBy(() -> informer.started().get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(ForbiddenException.class)
          .hasMessageContaining("User system:anonymous cannot list resource pods")
          .hasMessageNotContaining("\"kind\"");
    }
  }

  @Test
  void informer_overWebSocket_relistsAfter410AndReadsEventsFromMessages() throws Exception {
    KubernetesClient webSocketClient = KubernetesClient.builder()
        .context(client.context()).backoff(Backoff.none()).watchOverWebSocket(true).build();
    server.enqueue(json(200, podList("10", podItem("a", "5"))));
    server.enqueue(json(410, status(410, "Gone", "too old resource version")));
    server.enqueue(json(200, podList("12", podItem("a", "11"))));
    server.enqueue(new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
      @Override
      public void onOpen(WebSocket webSocket, Response response) {
        webSocket.send(event("ADDED", pod("b", "13")));
        webSocket.send(event("DELETED", pod("a", "14")));
      }
    }).build());

    try (webSocketClient; Informer informer =
        webSocketClient.resources("v1", "Pod").inform(callbacks, recorder)) {
      await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 4);

      assertThat(events).containsExactly("add a@5", "update a@5->11", "add b@13", "delete a");
      assertThat(informer.resourceVersion()).isEqualTo("14");
    }
    List<RecordedRequest> requests = requests(5);
    assertThat(requests).extracting(r -> r.getUrl().queryParameter("resourceVersion"))
        .containsExactly(null, null, "10", null, "12");
    assertThat(requests.get(4).getHeaders().get("Upgrade")).isEqualTo("websocket");
  }

  @Test
  void close_beforeTheInitialListAnswers_failsStartedAndStopsQuietly() {
    Informer informer = client.resources("v1", "Pod").inform(callbacks, recorder);

    informer.close();
    informer.close();

    assertThatThrownBy(() -> informer.started().get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("closed before its initial list");
    assertThat(events).isEmpty();
  }
}
