package dev.nestedcontrail.sdk.testkit.it.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.core.auth.Identifier;
import dev.nestedcontrail.sdk.core.auth.KeystoneClient;
import dev.nestedcontrail.sdk.core.auth.KeystoneToken;
import dev.nestedcontrail.sdk.core.auth.KeystoneV3Password;
import dev.nestedcontrail.sdk.testkit.RealKeystone;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KeystoneClient} against the real Keystone 22 of {@code .ci/keystone-start.sh}; skipped
 * without it, failed on CI. Keystone 22 serves only v3, so v2.0 is tested against the fake only.
 */
class KeystoneClientRealKeystoneTest {
  private final RealKeystone keystone = RealServerEnvironment.system().keystone();

  private KeystoneClient client(String password) {
    KeystoneV3Password credentials = KeystoneV3Password.builder().userName(keystone.user()).password(password)
        .userDomain(Identifier.byName(keystone.domain())).project(Identifier.byName(keystone.project()))
        .projectDomain(Identifier.byName(keystone.domain())).build();
    return KeystoneClient.builder().endpoints(Endpoints.parse(keystone.url())).credentials(credentials).build();
  }

  @Test
  void token_withV3Password_carriesExpiryScopeAndTheBootstrappedCatalog() {
    Instant before = Instant.now();
    try (KeystoneClient client = client(keystone.password())) {
      KeystoneToken token = client.token();

      assertThat(token.id()).isNotBlank();
      assertThat(token.expiresAt()).isAfter(before.plus(Duration.ofMinutes(5)));
      assertThat(token.projectName()).contains(keystone.project());
      assertThat(token.projectId()).isPresent();
      assertThat(token.endpointUrl("identity", "public")).contains(keystone.url() + "/v3/");
      assertThat(client.token().id()).as("cached").isEqualTo(token.id());
    }
  }

  @Test
  void token_withWrongPassword_throwsUnauthorizedWithoutThePassword() {
    String password = keystone.password() + "-wrong-4410";
    try (KeystoneClient client = client(password)) {
      assertThatThrownBy(client::token).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.endpoint()).isEqualTo(keystone.url());
        assertThat(e.getMessage()).doesNotContain(password);
      });
    }
  }

  @Test
  void token_from100ConcurrentCallers_isOneToken() throws Exception {
    try (KeystoneClient client = client(keystone.password())) {
      List<String> ids = ConcurrentCallers.call(100, () -> client.token().id());

      assertThat(ids).hasSize(100).containsOnly(ids.get(0));
    }
  }
}
