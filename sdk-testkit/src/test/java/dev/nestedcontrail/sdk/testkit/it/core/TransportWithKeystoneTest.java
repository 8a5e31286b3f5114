package dev.nestedcontrail.sdk.testkit.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.core.http.HttpRequest;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.testkit.FakeHttpServer;
import dev.nestedcontrail.sdk.testkit.FakeKeystone;
import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpTransport} with a {@link KeystoneClient} as its auth provider, calling a service that
 * accepts only tokens {@link FakeKeystone} holds valid.
 */
class TransportWithKeystoneTest {
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final FakeClock clock = FakeClock.atDefaultStart();
  private final FakeKeystone keystone = FakeKeystone.builder().clock(clock).tokenLifetime(LIFETIME).start();
  private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
  private final FakeHttpServer service = FakeHttpServer.builder().name("protected-service")
      .route("GET", "/projects", this::projects).start();
  private final KeystoneClient keystoneClient = KeystoneClient.builder()
      .endpoints(Endpoints.parse(keystone.baseUrl())).credentials(KeystoneV3Password.of("admin", "admin", "admin"))
      .clock(clock).refreshMargin(Duration.ofMinutes(1)).build();
  private final HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.parse(service.baseUrl()))
      .authProvider(keystoneClient).build();

  private FakeResponse projects(FakeRequest request) {
    String token = request.header("X-Auth-Token").orElse("");
    tokensSeen.add(token);
    if (!keystone.isValid(token)) {
      return FakeResponse.json(401, Map.of("message", "Authentication required"));
    }
    return FakeResponse.json(200, Map.of("projects", List.of()));
  }

  @AfterEach
  void tearDown() {
    transport.close();
    keystoneClient.close();
    service.close();
    keystone.close();
  }

  @Test
  void execute_sendsTheKeystoneToken_andReusesItAcrossCalls() {
    transport.execute(HttpRequest.get("/projects"));
    transport.execute(HttpRequest.get("/projects"));

    assertThat(tokensSeen).hasSize(2).containsOnly(keystoneClient.token().id());
    assertThat(keystone.tokenRequests()).isEqualTo(1);
  }

  @Test
  void execute_afterKeystoneRevokedTheToken_reauthenticatesOnceAndSucceeds() {
    transport.execute(HttpRequest.get("/projects"));
    String revoked = tokensSeen.get(0);
    assertThat(keystone.revoke(revoked)).isTrue();

    assertThat(transport.execute(HttpRequest.get("/projects")).statusCode()).isEqualTo(200);

    assertThat(tokensSeen).hasSize(3);
    assertThat(tokensSeen.get(1)).isEqualTo(revoked);
    assertThat(tokensSeen.get(2)).isNotEqualTo(revoked);
    assertThat(keystone.isValid(tokensSeen.get(2))).isTrue();
    assertThat(keystone.tokenRequests()).isEqualTo(2);
  }

  @Test
  void execute_nearExpiry_refreshesBeforeTheServiceEverAnswers401() {
    transport.execute(HttpRequest.get("/projects"));
    clock.advance(LIFETIME.minusSeconds(30));

    transport.execute(HttpRequest.get("/projects"));

    assertThat(tokensSeen).hasSize(2).doesNotHaveDuplicates();
    assertThat(keystone.tokenRequests()).isEqualTo(2);
  }

  @Test
  void execute_whenKeystoneNoLongerIssuesTokens_surfacesUnauthorizedFromKeystone() {
    transport.execute(HttpRequest.get("/projects"));
    keystone.revoke(tokensSeen.get(0));
    keystone.faults().failNext(1, 401);

    assertThatThrownBy(() -> transport.execute(HttpRequest.get("/projects")))
        .isInstanceOfSatisfying(UnauthorizedException.class,
            e -> assertThat(e.endpoint()).isEqualTo(keystone.baseUrl()));
    assertThat(tokensSeen).hasSize(2);
  }
}
