package dev.nestedcontrail.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReauthenticationTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  /** Hands out token-1, token-2, ... and records which tokens were invalidated. */
  private static final class CountingTokens implements AuthProvider {
    final AtomicInteger issued = new AtomicInteger();
    final List<String> invalidated = new CopyOnWriteArrayList<>();
    private volatile String current = "";

    @Override
    public synchronized Optional<String> authToken() {
      if (current.isEmpty()) {
        current = "token-" + issued.incrementAndGet();
      }
      return Optional.of(current);
    }

    @Override
    public synchronized void invalidate(String rejectedToken) {
      invalidated.add(rejectedToken);
      if (current.equals(rejectedToken)) {
        current = "";
      }
    }
  }

  private static HttpTransport transport(AuthProvider auth) {
    return HttpTransport.builder().endpoints(Endpoints.of(Endpoint.of("http", "127.0.0.1", server.getPort())))
        .authProvider(auth).sleeper(d -> { }).build();
  }

  @Test
  void execute_when401ThenAccepted_reauthenticatesOnceAndSucceeds() {
    server.stubFor(get("/projects").withHeader("X-Auth-Token", equalTo("token-1"))
        .willReturn(aResponse().withStatus(401).withBody("Authentication required")));
    server.stubFor(get("/projects").withHeader("X-Auth-Token", equalTo("token-2")).willReturn(ok("[]")));
    CountingTokens tokens = new CountingTokens();
    try (HttpTransport transport = transport(tokens)) {
      assertThat(transport.execute(HttpRequest.get("/projects")).body()).isEqualTo("[]");
    }
    assertThat(tokens.issued).hasValue(2);
    assertThat(tokens.invalidated).containsExactly("token-1");
    server.verify(2, getRequestedFor(urlEqualTo("/projects")));
  }

  @Test
  void execute_when401Twice_throwsUnauthorizedAfterOneReauthentication() {
    server.stubFor(get("/projects").willReturn(aResponse().withStatus(401).withBody("Authentication required")));
    CountingTokens tokens = new CountingTokens();
    try (HttpTransport transport = transport(tokens)) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/projects")))
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.body()).isEqualTo("Authentication required");
            assertThat(e.getMessage()).doesNotContain("token-");
          });
    }
    assertThat(tokens.issued).hasValue(2);
    server.verify(2, getRequestedFor(urlEqualTo("/projects")));
  }

  @Test
  void execute_withStaticToken_sendsItAndDoesNotRepeatOn401() {
    server.stubFor(get("/projects").willReturn(aResponse().withStatus(401)));
    try (HttpTransport transport = transport(AuthProvider.staticToken("s3cret"))) {
      assertThatThrownBy(() -> transport.execute(HttpRequest.get("/projects")))
          .isInstanceOf(UnauthorizedException.class);
    }
    server.verify(1, getRequestedFor(urlEqualTo("/projects")).withHeader("X-Auth-Token", equalTo("s3cret")));
    assertThat(AuthProvider.staticToken("s3cret").toString()).doesNotContain("s3cret");
  }
}
