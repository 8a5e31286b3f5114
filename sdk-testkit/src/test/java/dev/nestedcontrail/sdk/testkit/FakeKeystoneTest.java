package dev.nestedcontrail.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeKeystoneTest {
  private final FakeClock clock = FakeClock.atDefaultStart();
  private final FakeKeystone keystone = FakeKeystone.builder()
      .clock(clock)
      .tokenLifetime(Duration.ofMinutes(10))
      .domain("d2", "Second")
      .project("Second", "tenant1")
      .user("Second", "alice", "wonderland")
      .grant("alice", "tenant1", "member")
      .catalogEntry("sdn", "contrail", "http://127.0.0.1:8082")
      .start();
  private final TestHttp http = new TestHttp();

  @AfterEach
  void tearDown() {
    http.close();
    keystone.close();
  }

  private TestHttp.Answer issueV3(String body) {
    return http.post(keystone.v3Url() + "/auth/tokens", body);
  }

  @Test
  void v3_passwordScopedByProjectName_gives201WithSubjectTokenAndTokenBody() {
    TestHttp.Answer answer = issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default"));

    assertThat(answer.status()).isEqualTo(201);
    String token = answer.header("X-Subject-Token");
    assertThat(token).isNotBlank();
    assertThat(keystone.isValid(token)).isTrue();
    Map<String, Object> body = KeystoneBodies.member(answer.body(), "token");
    assertThat(body.get("issued_at")).isEqualTo("2026-01-01T00:00:00.000000Z");
    assertThat(body.get("expires_at")).isEqualTo("2026-01-01T00:10:00.000000Z");
    assertThat(body.get("methods")).isEqualTo(List.of("password"));
    assertThat(KeystoneBodies.asMap(body.get("user"))).containsEntry("name", "admin")
        .containsEntry("domain", Map.of("id", "default", "name", "Default"));
    assertThat(KeystoneBodies.asMap(body.get("project"))).containsEntry("name", "admin");
    assertThat(body.get("roles").toString()).contains("name=admin");
    assertThat(body.get("catalog").toString())
        .contains("type=identity", "url=" + keystone.baseUrl() + "/v3/", "type=sdn", "url=http://127.0.0.1:8082");
  }

  @Test
  void v3_scopedByProjectIdWithUserAndDomainIds_isAccepted() {
    Map<String, Object> first = KeystoneBodies.member(issueV3(KeystoneBodies.v3("alice", "wonderland", "tenant1", "Second")).body(),
        "token");
    String projectId = (String) ((Map<?, ?>) first.get("project")).get("id");
    String userId = (String) ((Map<?, ?>) first.get("user")).get("id");

    TestHttp.Answer byIds = issueV3("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"id\":\""
        + userId + "\",\"password\":\"wonderland\"}}},\"scope\":{\"project\":{\"id\":\"" + projectId + "\"}}}}");
    TestHttp.Answer byDomainId = issueV3("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
        + "{\"name\":\"alice\",\"domain\":{\"id\":\"d2\"},\"password\":\"wonderland\"}}},"
        + "\"scope\":{\"project\":{\"name\":\"tenant1\",\"domain\":{\"id\":\"d2\"}}}}}");

    assertThat(byIds.status()).isEqualTo(201);
    assertThat(byDomainId.status()).isEqualTo(201);
    assertThat(KeystoneBodies.member(byIds.body(), "token").get("roles").toString()).contains("name=member");
  }

  @Test
  void v3_badPasswordUnknownUserOrProjectWithoutRole_give401WithKeystoneErrorBody() {
    List<String> bodies = List.of(
        KeystoneBodies.v3("admin", "wrong", "admin", "Default"),
        KeystoneBodies.v3("nobody", "admin", "admin", "Default"),
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"alice\","
            + "\"domain\":{\"name\":\"Second\"},\"password\":\"wonderland\"}}},"
            + "\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"id\":\"default\"}}}}}",
        KeystoneBodies.v3("admin", "admin", "missing", "Default"));

    for (String body : bodies) {
      TestHttp.Answer answer = issueV3(body);
      assertThat(answer.status()).as(body).isEqualTo(401);
      assertThat(answer.body()).isEqualTo(KeystoneBodies.UNAUTHORIZED);
      assertThat(answer.header("X-Subject-Token")).isEmpty();
      assertThat(answer.header("WWW-Authenticate")).isEqualTo("Keystone uri=\"" + keystone.baseUrl() + "/v3\"");
    }
    assertThat(keystone.tokenRequests()).isEqualTo(4);
  }

  @Test
  void v3_nocatalog_leavesTheCatalogOut_andEveryAnswerHasARequestId() {
    TestHttp.Answer answer = http.post(keystone.v3Url() + "/auth/tokens?nocatalog",
        KeystoneBodies.v3("admin", "admin", "admin", "Default"));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(KeystoneBodies.member(answer.body(), "token")).containsKey("roles").doesNotContainKey("catalog");
    assertThat(answer.header("x-openstack-request-id")).startsWith("req-");
  }

  @Test
  void version_describesV3AtTheUrlTheClientUsed() {
    TestHttp.Answer answer = http.get(keystone.v3Url());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(KeystoneBodies.member(answer.body(), "version")).containsEntry("id", "v3.14")
        .containsEntry("links", List.of(Map.of("rel", "self", "href", keystone.baseUrl() + "/v3/")));
  }

  @Test
  void v3_malformedBody_gives400() {
    TestHttp.Answer answer = issueV3("{\"auth\":{}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(KeystoneBodies.member(answer.body(), "error")).containsEntry("title", "Bad Request");
  }

  @Test
  void v3_unscoped_givesTokenWithoutProjectOrCatalog() {
    TestHttp.Answer answer = issueV3("{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
        + "{\"name\":\"admin\",\"domain\":{\"id\":\"default\"},\"password\":\"admin\"}}}}}");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(KeystoneBodies.member(answer.body(), "token")).doesNotContainKeys("project", "catalog");
  }

  @Test
  void v2_passwordCredentialsWithTenantNameOrId_giveAccessWithTokenAndCatalog() {
    TestHttp.Answer byName = http.post(keystone.baseUrl() + "/v2.0/tokens", KeystoneBodies.v2("admin", "admin", "tenantName", "admin"));

    assertThat(byName.status()).isEqualTo(200);
    Map<String, Object> access = KeystoneBodies.member(byName.body(), "access");
    Map<?, ?> token = (Map<?, ?>) access.get("token");
    assertThat(token.get("expires")).isEqualTo("2026-01-01T00:10:00Z");
    assertThat(keystone.isValid((String) token.get("id"))).isTrue();
    assertThat(access.get("serviceCatalog").toString()).contains("publicURL=" + keystone.baseUrl() + "/v3/");

    String tenantId = (String) ((Map<?, ?>) token.get("tenant")).get("id");
    TestHttp.Answer byId = http.post(keystone.baseUrl() + "/v2.0/tokens", KeystoneBodies.v2("admin", "admin", "tenantId", tenantId));
    assertThat(byId.status()).isEqualTo(200);
  }

  @Test
  void v2_badPassword_gives401() {
    TestHttp.Answer answer = http.post(keystone.baseUrl() + "/v2.0/tokens", KeystoneBodies.v2("admin", "nope", "tenantName", "admin"));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).isEqualTo(KeystoneBodies.UNAUTHORIZED);
  }

  @Test
  void token_expiresWhenTheClockPassesItsLifetime() {
    String token = issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default")).header("X-Subject-Token");

    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(keystone.isValid(token)).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(keystone.isValid(token)).isFalse();
  }

  @Test
  void validate_returnsTheTokenBody_andRejectsExpiredOrUnknownSubjects() {
    String auth = issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default")).header("X-Subject-Token");
    clock.advance(Duration.ofMinutes(5));
    String subject = issueV3(KeystoneBodies.v3("alice", "wonderland", "tenant1", "Second")).header("X-Subject-Token");

    TestHttp.Answer valid = http.get(keystone.v3Url() + "/auth/tokens", "X-Auth-Token", auth, "X-Subject-Token", subject);
    assertThat(valid.status()).isEqualTo(200);
    assertThat(valid.header("X-Subject-Token")).isEqualTo(subject);
    assertThat(KeystoneBodies.member(valid.body(), "token").get("user").toString()).contains("name=alice");

    assertThat(http.get(keystone.v3Url() + "/auth/tokens", "X-Auth-Token", auth, "X-Subject-Token", "unknown").status())
        .isEqualTo(404);
    assertThat(http.get(keystone.v3Url() + "/auth/tokens", "X-Auth-Token", "bad", "X-Subject-Token", subject).status())
        .isEqualTo(401);

    clock.advance(Duration.ofMinutes(5));
    TestHttp.Answer authExpired = http.get(keystone.v3Url() + "/auth/tokens", "X-Auth-Token", auth, "X-Subject-Token", subject);
    assertThat(authExpired.status()).isEqualTo(401);
    TestHttp.Answer subjectExpired =
        http.get(keystone.v3Url() + "/auth/tokens", "X-Auth-Token", subject, "X-Subject-Token", auth);
    assertThat(subjectExpired.status()).isEqualTo(404);
    assertThat(KeystoneBodies.member(subjectExpired.body(), "error")).containsEntry("title", "Not Found");
  }

  @Test
  void checkAndRevoke_reportAndEndTheSubjectToken() {
    String token = issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default")).header("X-Subject-Token");
    Request.Builder head = new Request.Builder().url(keystone.v3Url() + "/auth/tokens").head();
    Request.Builder delete = new Request.Builder().url(keystone.v3Url() + "/auth/tokens").delete();

    assertThat(http.call(head, "X-Auth-Token", token, "X-Subject-Token", token).status()).isEqualTo(200);
    assertThat(http.call(delete, "X-Auth-Token", token, "X-Subject-Token", token).status()).isEqualTo(204);
    assertThat(keystone.isValid(token)).isFalse();
  }

  @Test
  void tokenRequests_countsEveryIssuanceRequest_andFaultsApply() {
    keystone.faults().failNext(1, 503);

    assertThat(issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default")).status()).isEqualTo(503);
    assertThat(issueV3(KeystoneBodies.v3("admin", "admin", "admin", "Default")).status()).isEqualTo(201);
    http.post(keystone.baseUrl() + "/v2.0/tokens", KeystoneBodies.v2("admin", "admin", "tenantName", "admin"));

    assertThat(keystone.tokenRequests()).isEqualTo(2);
  }
}
