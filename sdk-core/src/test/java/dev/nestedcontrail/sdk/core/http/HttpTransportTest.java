package dev.nestedcontrail.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.UnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpTransportTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private final List<Duration> sleeps = Collections.synchronizedList(new java.util.ArrayList<>());

  private HttpTransport transport(TransportConfig config) {
    return HttpTransport.builder().endpoints(Endpoints.of(serverEndpoint())).config(config)
        .sleeper(sleeps::add).build();
  }

  private static Endpoint serverEndpoint() {
    return Endpoint.of("http", "127.0.0.1", server.getPort());
  }

  private static TransportConfig retries(int attempts) {
    return TransportConfig.builder().retryPolicy(RetryPolicy.builder().maxAttempts(attempts)
        .baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(150)).build()).build();
  }

  private static void stubFailingTwiceThen(String path, int firstStatus) {
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(firstStatus)).willSetStateTo("failed once"));
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("failed once")
        .willReturn(aResponse().withStatus(firstStatus)).willSetStateTo("failed twice"));
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("failed twice")
        .willReturn(ok("{\"ok\":true}")));
  }

  @Test
  void execute_when503TwiceThen200_retriesWithCappedJitteredBackoff() {
    stubFailingTwiceThen("/virtual-networks", 503);
    try (HttpTransport transport = transport(retries(3))) {
      HttpResponse response = transport.execute(HttpRequest.get("/virtual-networks"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"ok\":true}");
    }
    server.verify(3, getRequestedFor(urlEqualTo("/virtual-networks")));
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(75), Duration.ofMillis(150));
  }

  @Test
  void execute_when503OnEveryAttempt_throwsUnavailableAfterMaxAttempts() {
    server.stubFor(get("/x").willReturn(aResponse().withStatus(503).withBody("busy")));
    try (HttpTransport transport = transport(retries(3))) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/x")))
          .isInstanceOfSatisfying(UnavailableException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.body()).isEqualTo("busy");
          });
    }
    server.verify(3, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void execute_whenPostGets503_doesNotRetry() {
    server.stubFor(post("/virtual-networks").willReturn(aResponse().withStatus(503)));
    try (HttpTransport transport = transport(retries(3))) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.post("/virtual-networks", "{}")))
          .isInstanceOf(UnavailableException.class);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/virtual-networks")));
  }

  @Test
  void execute_whenConnectionResetOnGet_retries() {
    server.stubFor(get("/r").inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset once"));
    server.stubFor(get("/r").inScenario("reset").whenScenarioStateIs("reset once").willReturn(ok("fine")));
    try (HttpTransport transport = transport(retries(3))) {
      assertThat(transport.execute(HttpRequest.get("/r")).body()).isEqualTo("fine");
    }
    server.verify(2, getRequestedFor(urlEqualTo("/r")));
  }

  @Test
  void execute_whenConnectionResetOnPost_doesNotRetry() {
    server.stubFor(post("/r").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (HttpTransport transport = transport(retries(3))) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.post("/r", "{\"a\":1}")))
          .isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("POST /r failed at " + serverEndpoint());
    }
    server.verify(1, postRequestedFor(urlEqualTo("/r")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void execute_whenFirstServerRefusesConnections_failsOverAndStaysOnSecond() throws IOException {
    server.stubFor(get("/a").willReturn(ok("from second")));
    Endpoint closed = Endpoint.of("http", "127.0.0.1", closedPort());
    try (HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.of(closed, serverEndpoint()))
        .config(retries(2)).sleeper(sleeps::add).startIndex(0).build()) {
      assertThat(transport.execute(HttpRequest.get("/a")).endpoint()).isEqualTo(serverEndpoint());
      assertThat(transport.currentEndpoint()).isEqualTo(serverEndpoint());
      assertThat(transport.execute(HttpRequest.get("/a")).body()).isEqualTo("from second");
    }
    assertThat(sleeps).hasSize(1);
    server.verify(2, getRequestedFor(urlEqualTo("/a")));
  }

  @Test
  void execute_whenNoServerAnswers_namesTheLastServerTried() throws IOException {
    Endpoint closed = Endpoint.of("http", "127.0.0.1", closedPort());
    try (HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.of(closed))
        .config(retries(2)).sleeper(sleeps::add).build()) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.post("/a", "{}")))
          .isInstanceOf(ContrailClientException.class)
          .hasMessageStartingWith("POST /a could not connect to " + closed + " (request-id ");
    }
    assertThat(sleeps).as("a refused POST never reached a server, so it is retried").hasSize(1);
  }

  @Test
  void execute_whenReadTimesOut_throwsClientExceptionNamingEndpoint() {
    server.stubFor(get("/slow").willReturn(ok("late").withFixedDelay(2_000)));
    TransportConfig config = TransportConfig.builder().readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.none()).build();
    try (HttpTransport transport = transport(config)) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/slow")))
          .isExactlyInstanceOf(ContrailClientException.class)
          .hasMessageMatching("GET /slow timed out after 0\\.2s reading from "
              + "http://127\\.0\\.0\\.1:\\d+ \\(request-id [0-9a-f-]{36}\\)");
    }
  }

  @Test
  void execute_whenServerAnswersError_putsBodyAndRequestIdIntoException() {
    server.stubFor(get(urlPathEqualTo("/virtual-network/abc")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/plain").withBody("virtual-network abc not found")));
    try (HttpTransport transport = transport(retries(3))) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/virtual-network/abc?fields=name")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            String sentId = server.getAllServeEvents().get(0).getRequest().getHeader("X-Request-Id");
            assertThat(e.requestId()).isEqualTo(sentId).matches("[0-9a-f-]{36}");
            assertThat(e.body()).isEqualTo("virtual-network abc not found");
            assertThat(e.endpoint()).isEqualTo(serverEndpoint().toString());
            assertThat(e).hasMessageContaining("GET /virtual-network/abc failed with status 404")
                .hasMessageContaining(sentId).hasMessageContaining("virtual-network abc not found");
          });
    }
  }

  @Test
  void execute_sendsUserAgentRequestIdAndBody() {
    server.stubFor(post("/fqname-to-id").willReturn(aResponse().withStatus(200).withBody("{\"uuid\":\"u\"}")));
    TransportConfig config = TransportConfig.builder().userAgent("host1:kube-manager").build();
    try (HttpTransport transport = transport(config)) {
      HttpResponse response = transport.execute(HttpRequest.post("/fqname-to-id", "{\"type\":\"project\"}"));
      server.verify(postRequestedFor(urlEqualTo("/fqname-to-id"))
          .withHeader("User-Agent", equalTo("host1:kube-manager"))
          .withHeader("X-Contrail-Useragent", equalTo("host1:kube-manager"))
          .withHeader("X-Request-Id", equalTo(response.requestId()))
          .withHeader("Content-Type", matching("application/json.*"))
          .withoutHeader("X-Auth-Token")
          .withRequestBody(equalTo("{\"type\":\"project\"}")));
    }
  }

  @Test
  void execute_givesEachCallAFreshRequestId() {
    server.stubFor(get("/a").willReturn(aResponse().withStatus(204)));
    try (HttpTransport transport = transport(retries(1))) {
      String first = transport.execute(HttpRequest.get("/a")).requestId();
      String second = transport.execute(HttpRequest.get("/a")).requestId();
      assertThat(first).isNotEqualTo(second);
    }
  }

  @Test
  void executeAsync_runsOnCallerExecutorAndFailsWithSameException() throws Exception {
    server.stubFor(get("/a").willReturn(ok("async")));
    server.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (HttpTransport transport = transport(retries(1))) {
      assertThat(transport.executeAsync(HttpRequest.get("/a"), executor).get(5, TimeUnit.SECONDS).body())
          .isEqualTo("async");
      assertThat(transport.executeAsync(HttpRequest.get("/missing"), executor))
          .failsWithin(Duration.ofSeconds(5)).withThrowableThat().havingRootCause()
          .isInstanceOf(NotFoundException.class);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void execute_afterClose_throwsAndCloseIsIdempotent() {
    HttpTransport transport = transport(retries(1));
    transport.close();
    transport.close();
    assertThatThrownBy(() -> transport.execute(HttpRequest.get("/a")))
        .isInstanceOf(ContrailClientException.class).hasMessageContaining("closed transport");
    assertThat(ContrailServiceException.class).isAssignableFrom(NotFoundException.class);
  }

  @Test
  void execute_whenCallTimeoutElapses_throwsWithoutRetrying() {
    server.stubFor(get("/slow").willReturn(ok("late").withFixedDelay(2_000)));
    TransportConfig config = TransportConfig.builder().callTimeout(Duration.ofMillis(300))
        .readTimeout(Duration.ofSeconds(10)).retryPolicy(RetryPolicy.defaults()).build();
    try (HttpTransport transport = transport(config)) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/slow")))
          .isExactlyInstanceOf(ContrailClientException.class)
          .hasMessageStartingWith("GET /slow exceeded the call timeout of 0.3s at " + serverEndpoint());
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void close_withCallerHttpClient_leavesItsDispatcherAndPoolRunning() {
    server.stubFor(get("/a").willReturn(ok("shared")));
    OkHttpClient callerClient = new OkHttpClient();
    try {
      HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.of(serverEndpoint()))
          .httpClient(callerClient).build();
      assertThat(transport.execute(HttpRequest.get("/a")).body()).isEqualTo("shared");
      transport.close();

      assertThat(callerClient.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(callerClient.connectionPool().connectionCount()).isEqualTo(1);
    } finally {
      callerClient.dispatcher().executorService().shutdown();
      callerClient.connectionPool().evictAll();
    }
  }

  @Test
  void build_withoutStartIndex_spreadsClientsOverServers() {
    Endpoints two = Endpoints.parse("http://10.0.0.1:8082,http://10.0.0.2:8082");
    Set<Endpoint> starts = new HashSet<>();
    for (int i = 0; i < 64; i++) {
      try (HttpTransport transport = HttpTransport.builder().endpoints(two).build()) {
        starts.add(transport.currentEndpoint());
      }
    }
    assertThat(starts).containsExactlyInAnyOrderElementsOf(two.endpoints());
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
