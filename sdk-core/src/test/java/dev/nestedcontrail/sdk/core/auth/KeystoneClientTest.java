package dev.nestedcontrail.sdk.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.MutableClock;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeystoneClientTest {

  @RegisterExtension
  static WireMockExtension keystone = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  static KeystoneClient.Builder client(KeystoneCredentials credentials, MutableClock clock) {
    return KeystoneClient.builder().endpoints(Endpoints.parse(keystone.baseUrl()))
        .credentials(credentials).clock(clock);
  }

  static ResponseDefinitionBuilder v3Token(String id, Instant expiresAt) {
    return aResponse().withStatus(201).withHeader("X-Subject-Token", id)
        .withHeader("Content-Type", "application/json")
        .withBody(Fixtures.read("keystone/v3-token.json").replace("2026-11-26T13:00:00.000000Z", expiresAt.toString()));
  }

  @Test
  void issueToken_withV3PasswordByName_sendsScopedRequestAndReadsTokenAndCatalog() {
    keystone.stubFor(post("/v3/auth/tokens").willReturn(v3Token("gAAAAAB-v3", NOW.plusSeconds(3600))));
    KeystoneV3Password credentials = KeystoneV3Password.of("admin", "s3cr3t-pw", "admin");
    try (KeystoneClient client = client(credentials, new MutableClock(NOW)).build()) {
      KeystoneToken token = client.issueToken();

      assertThat(token.id()).isEqualTo("gAAAAAB-v3");
      assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
      assertThat(token.projectId()).contains("p-42");
      assertThat(token.projectName()).contains("admin");
      assertThat(token.catalog()).extracting(CatalogEntry::type).containsExactly("identity", "network");
      assertThat(token.endpointUrl("network", "internal")).contains("http://10.0.0.5:9696");
      assertThat(token.catalog().get(0).endpoints().get(1).region()).contains("RegionOne");
      assertThat(token.toString()).doesNotContain("gAAAAAB-v3");
    }
    keystone.verify(postRequestedFor(urlEqualTo("/v3/auth/tokens")).withRequestBody(equalToJson(
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\","
            + "\"domain\":{\"name\":\"Default\"},\"password\":\"s3cr3t-pw\"}}},"
            + "\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"name\":\"Default\"}}}}}")));
  }

  @Test
  void issueToken_withV3ProjectIdAndDomainIds_sendsIdsWithoutProjectDomain() {
    keystone.stubFor(post("/v3/auth/tokens").willReturn(v3Token("t", NOW.plusSeconds(3600))));
    KeystoneV3Password credentials = KeystoneV3Password.builder().userName("svc").password("pw")
        .userDomain(Identifier.byId("d-1")).project(Identifier.byId("p-42")).build();
    try (KeystoneClient client = client(credentials, new MutableClock(NOW)).build()) {
      client.issueToken();
    }
    keystone.verify(postRequestedFor(urlEqualTo("/v3/auth/tokens")).withRequestBody(equalToJson(
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"svc\","
            + "\"domain\":{\"id\":\"d-1\"},\"password\":\"pw\"}}},\"scope\":{\"project\":{\"id\":\"p-42\"}}}}")));
  }

  @Test
  void issueToken_withV2PasswordAndTenant_readsAccessTokenAndServiceCatalog() {
    keystone.stubFor(post("/v2.0/tokens").willReturn(aResponse().withStatus(200)
        .withBody(Fixtures.read("keystone/v2-token.json"))));
    try (KeystoneClient client = client(KeystoneV2Password.of("demo", "v2-pw", "demo"), new MutableClock(NOW)).build()) {
      KeystoneToken token = client.token();

      assertThat(token.id()).isEqualTo("v2-token-abc");
      assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));
      assertThat(token.projectId()).contains("t-7");
      assertThat(token.endpointUrl("identity", "public")).contains("http://203.0.113.1:5000/v2.0");
      assertThat(token.endpointUrl("identity", "admin")).contains("http://10.0.0.1:35357/v2.0");
      assertThat(client.authToken()).contains("v2-token-abc");
    }
    keystone.verify(postRequestedFor(urlEqualTo("/v2.0/tokens")).withRequestBody(equalToJson(
        "{\"auth\":{\"passwordCredentials\":{\"username\":\"demo\",\"password\":\"v2-pw\"},\"tenantName\":\"demo\"}}")));
  }

  @Test
  void token_withWrongPassword_throwsUnauthorizedWithoutPasswordInMessage() {
    keystone.stubFor(post("/v3/auth/tokens").willReturn(aResponse().withStatus(401)
        .withBody(Fixtures.read("keystone/unauthorized.json"))));
    KeystoneV3Password credentials = KeystoneV3Password.of("admin", "wrong-Pa55word", "admin");
    try (KeystoneClient client = client(credentials, new MutableClock(NOW)).build()) {
      assertThatThrownBy(client::token).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
        assertThat(e.getMessage()).contains("POST /v3/auth/tokens failed with status 401")
            .contains("requires authentication").doesNotContain("wrong-Pa55word");
        assertThat(e.body()).doesNotContain("wrong-Pa55word");
      });
      assertThat(client.toString()).doesNotContain("wrong-Pa55word");
    }
    assertThat(credentials.toString()).contains("****").doesNotContain("wrong-Pa55word");
    keystone.verify(1, postRequestedFor(urlEqualTo("/v3/auth/tokens")));
  }

  @Test
  void issueToken_whenAnswerLacksSubjectToken_throwsClientExceptionNamingTheProblem() {
    keystone.stubFor(post("/v3/auth/tokens").willReturn(aResponse().withStatus(201).withBody("{}")));
    try (KeystoneClient client = client(KeystoneV3Password.of("a", "b", "c"), new MutableClock(NOW)).build()) {
      assertThatThrownBy(client::issueToken).isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("unreadable Keystone token answer").hasMessageContaining("no X-Subject-Token");
    }
  }

  @Test
  void build_withoutEndpointsOrCredentials_namesBothFields() {
    assertThatThrownBy(() -> KeystoneClient.builder().refreshMargin(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("endpoints: not set").hasMessageContaining("credentials: not set")
        .hasMessageContaining("refreshMargin: PT-1S is negative");
  }
}
