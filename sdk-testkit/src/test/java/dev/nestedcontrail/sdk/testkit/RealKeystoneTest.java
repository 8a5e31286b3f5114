package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Talks raw HTTP to the real Keystone of .ci/keystone-start.sh; skipped without it (failed on CI). */
class RealKeystoneTest {
  private final RealKeystone keystone = RealServerEnvironment.system().keystone();
  private final TestHttp http = new TestHttp();

  @AfterEach
  void tearDown() {
    http.close();
  }

  @Test
  void v3_password_issuesAProjectScopedToken() {
    TestHttp.Answer answer = http.post(keystone.url() + "/v3/auth/tokens",
        KeystoneBodies.v3(keystone.user(), keystone.password(), keystone.project(), keystone.domain()));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("X-Subject-Token")).isNotBlank();
    Map<String, Object> token = KeystoneBodies.member(answer.body(), "token");
    assertThat(token).containsKeys("expires_at", "issued_at", "user", "project", "roles", "catalog");
    assertThat(((Map<?, ?>) token.get("project")).get("name")).isEqualTo(keystone.project());
  }

  @Test
  void v3_wrongPassword_gives401WithTheErrorBodyTheFakeUses() {
    TestHttp.Answer answer = http.post(keystone.url() + "/v3/auth/tokens",
        KeystoneBodies.v3(keystone.user(), keystone.password() + "-wrong", keystone.project(), keystone.domain()));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).isEqualTo(KeystoneBodies.UNAUTHORIZED);
  }

  @Test
  void v2_isNoLongerServedByKeystone22() {
    TestHttp.Answer answer = http.post(keystone.url() + "/v2.0/tokens",
        KeystoneBodies.v2(keystone.user(), keystone.password(), "tenantName", keystone.project()));

    assertThat(answer.status()).isEqualTo(404);
  }
}
