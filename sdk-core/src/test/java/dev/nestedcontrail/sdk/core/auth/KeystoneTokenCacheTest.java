package dev.nestedcontrail.sdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.nestedcontrail.sdk.core.auth.KeystoneClientTest.NOW;
import static dev.nestedcontrail.sdk.core.auth.KeystoneClientTest.keystone;
import static dev.nestedcontrail.sdk.core.auth.KeystoneClientTest.v3Token;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.MutableClock;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeystoneTokenCacheTest {

  @RegisterExtension
  static WireMockExtension keystoneServer = keystone;

  @RegisterExtension
  static WireMockExtension api = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private final MutableClock clock = new MutableClock(NOW);

  private KeystoneClient client() {
    return KeystoneClientTest.client(KeystoneV3Password.of("admin", "pw", "admin"), clock)
        .refreshMargin(Duration.ofMinutes(5)).build();
  }

  private static void stubTokensInTurn() {
    keystone.stubFor(post("/v3/auth/tokens").inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(v3Token("tok-1", NOW.plus(Duration.ofHours(1)))).willSetStateTo("second"));
    keystone.stubFor(post("/v3/auth/tokens").inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(v3Token("tok-2", NOW.plus(Duration.ofHours(2)))));
  }

  @Test
  void token_beforeRefreshMargin_isServedFromCacheAndRefreshedOnceMarginReached() {
    stubTokensInTurn();
    try (KeystoneClient client = client()) {
      assertThat(client.token().id()).isEqualTo("tok-1");
      clock.advance(Duration.ofMinutes(54).plusSeconds(59));
      assertThat(client.token().id()).isEqualTo("tok-1");
      keystone.verify(1, postRequestedFor(urlEqualTo("/v3/auth/tokens")));

      clock.advance(Duration.ofSeconds(1));
      assertThat(client.token().id()).isEqualTo("tok-2");
      assertThat(client.token().id()).isEqualTo("tok-2");
    }
    keystone.verify(2, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
  }

  @Test
  void token_with100ConcurrentCallers_issuesExactlyOneTokenRequest() throws Exception {
    keystone.stubFor(post("/v3/auth/tokens").willReturn(v3Token("shared", NOW.plus(Duration.ofHours(1)))
        .withFixedDelay(300)));
    ExecutorService executor = Executors.newFixedThreadPool(100);
    CountDownLatch start = new CountDownLatch(1);
    try (KeystoneClient client = client()) {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(executor.submit(() -> {
          start.await();
          return client.token().id();
        }));
      }
      start.countDown();
      Set<String> ids = ConcurrentHashMap.newKeySet();
      for (Future<String> result : results) {
        ids.add(result.get(10, TimeUnit.SECONDS));
      }
      assertThat(ids).containsExactly("shared");
    } finally {
      executor.shutdownNow();
    }
    keystone.verify(1, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
  }

  @Test
  void transport_whenApiRejectsCachedToken_forgetsItAndRetriesWithNewOne() {
    stubTokensInTurn();
    api.stubFor(get("/projects").withHeader("X-Auth-Token", equalTo("tok-1")).willReturn(aResponse().withStatus(401)));
    api.stubFor(get("/projects").withHeader("X-Auth-Token", equalTo("tok-2")).willReturn(ok("{\"projects\":[]}")));
    try (KeystoneClient keystoneClient = client();
        HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.parse(api.baseUrl()))
            .authProvider(keystoneClient).build()) {
      assertThat(transport.execute(HttpRequest.get("/projects")).body()).isEqualTo("{\"projects\":[]}");
      assertThat(keystoneClient.token().id()).isEqualTo("tok-2");
    }
    keystone.verify(2, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
  }
}
