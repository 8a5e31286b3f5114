package dev.nestedcontrail.sdk.testkit.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.core.auth.CatalogEntry;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.core.auth.KeystoneCredentials;
import dev.nestedcontrail.sdk.core.auth.KeystoneToken;
import dev.nestedcontrail.sdk.core.auth.KeystoneV2Password;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.testkit.FakeClock;
import dev.nestedcontrail.sdk.testkit.FakeKeystone;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link KeystoneClient} of sdk-core against the testkit's {@link FakeKeystone}. */
class KeystoneClientFakeKeystoneTest {
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final FakeClock clock = FakeClock.atDefaultStart();
  private final FakeKeystone keystone = FakeKeystone.builder().clock(clock).tokenLifetime(LIFETIME)
      .catalogEntry("sdn", "contrail", "http://127.0.0.1:8082").start();

  @AfterEach
  void tearDown() {
    keystone.close();
  }

  private KeystoneClient client(KeystoneCredentials credentials) {
    return KeystoneClient.builder().endpoints(Endpoints.parse(keystone.baseUrl())).credentials(credentials)
        .clock(clock).refreshMargin(Duration.ofMinutes(2)).build();
  }

  @Test
  void token_withV3Password_isValidAndCarriesExpiryScopeAndCatalog() {
    try (KeystoneClient client = client(KeystoneV3Password.of("admin", "admin", "admin"))) {
      KeystoneToken token = client.token();

      assertThat(keystone.isValid(token.id())).isTrue();
      assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
      assertThat(token.projectName()).contains("admin");
      assertThat(token.projectId()).isPresent();
      assertThat(token.catalog()).extracting(CatalogEntry::type).contains("identity", "sdn");
      assertThat(token.endpointUrl("identity", "public")).contains(keystone.baseUrl() + "/v3/");
      assertThat(token.endpointUrl("sdn", "internal")).contains("http://127.0.0.1:8082");
      assertThat(keystone.tokenRequests()).isEqualTo(1);
    }
  }

  @Test
  void token_withWrongPassword_throwsUnauthorizedWithoutThePassword() {
    String password = "not-the-admin-pw-7731";
    try (KeystoneClient client = client(KeystoneV3Password.of("admin", password, "admin"))) {
      assertThatThrownBy(client::token).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.getMessage()).doesNotContain(password);
        assertThat(e.body()).doesNotContain(password);
      });
      assertThat(client.toString()).doesNotContain(password);
    }
  }

  @Test
  void token_refreshesOnlyWhenTheMarginBeforeExpiryIsReached() {
    try (KeystoneClient client = client(KeystoneV3Password.of("admin", "admin", "admin"))) {
      KeystoneToken first = client.token();

      clock.advance(LIFETIME.minus(Duration.ofMinutes(2)).minusSeconds(1));
      assertThat(client.token().id()).isEqualTo(first.id());
      assertThat(keystone.tokenRequests()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(1));
      KeystoneToken second = client.token();
      assertThat(second.id()).isNotEqualTo(first.id());
      assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
      assertThat(keystone.isValid(first.id())).as("the old token has not expired yet").isTrue();
      assertThat(keystone.tokenRequests()).isEqualTo(2);
    }
  }

  @Test
  void token_from100ConcurrentCallers_causesExactlyOneTokenRequest() throws Exception {
    keystone.faults().latency(Duration.ofMillis(300));
    try (KeystoneClient client = client(KeystoneV3Password.of("admin", "admin", "admin"))) {
      List<String> ids = ConcurrentCallers.call(100, () -> client.token().id());

      assertThat(ids).hasSize(100).containsOnly(ids.get(0));
      assertThat(keystone.tokenRequests()).isEqualTo(1);
    }
  }

  @Test
  void token_withV2PasswordAndTenant_isIssuedByTheV2Api() {
    try (KeystoneClient client = client(KeystoneV2Password.of("admin", "admin", "admin"))) {
      KeystoneToken token = client.token();

      assertThat(keystone.isValid(token.id())).isTrue();
      assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
      assertThat(token.projectName()).contains("admin");
      assertThat(token.endpointUrl("sdn", "public")).contains("http://127.0.0.1:8082");
    }
  }

  @Test
  void token_withV2WrongPassword_throwsUnauthorizedWithoutThePassword() {
    String password = "v2-wrong-pw-5521";
    try (KeystoneClient client = client(KeystoneV2Password.of("admin", password, "admin"))) {
      assertThatThrownBy(client::token).isInstanceOf(UnauthorizedException.class)
          .extracting(Throwable::getMessage).asString().doesNotContain(password);
    }
  }
}
