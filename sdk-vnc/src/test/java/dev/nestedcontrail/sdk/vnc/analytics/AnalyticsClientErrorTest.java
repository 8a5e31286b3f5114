package dev.nestedcontrail.sdk.vnc.analytics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.BadRequestException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.NotFoundException;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.core.UnavailableException;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.core.http.HttpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnalyticsClientErrorTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  private AnalyticsClient client(int attempts) {
    TransportConfig config = TransportConfig.builder().retryPolicy(RetryPolicy.builder()
        .maxAttempts(attempts).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(20)).build()).build();
    return AnalyticsClient.builder().endpoints(Endpoints.of(live())).config(config).sleeper(sleeps::add).build();
  }

  private static Endpoint live() {
    return Endpoint.of("http", "127.0.0.1", server.getPort());
  }

  @Test
  void uve_when404_throwsNotFoundWithBodyAndEndpoint() {
    server.stubFor(get("/analytics/uves/vrouter/c9").willReturn(aResponse().withStatus(404).withBody("no such uve")));

    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(() -> client.uve("vrouter", "c9"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.body()).isEqualTo("no such uve");
            assertThat(e.endpoint()).isEqualTo(live().toString());
          });
    }
  }

  @Test
  void uveTables_when401_throwsUnauthorized() {
    server.stubFor(get("/analytics/uves").willReturn(aResponse().withStatus(401).withBody("Authentication required")));

    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(client::uveTables).isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void uveTypes_when503_retriesThenThrowsUnavailable() {
    server.stubFor(get("/analytics/uve-types").willReturn(aResponse().withStatus(503)));

    try (AnalyticsClient client = client(3)) {
      assertThatThrownBy(client::uveTypes).isInstanceOf(UnavailableException.class);
    }
    server.verify(3, getRequestedFor(urlEqualTo("/analytics/uve-types")));
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void query_when503_isNotRepeated() {
    server.stubFor(post("/analytics/query").willReturn(aResponse().withStatus(503)));

    try (AnalyticsClient client = client(3)) {
      assertThatThrownBy(() -> client.query(AnalyticsQuery.builder().table("MessageTable")
          .startTime(QueryTime.now()).endTime(QueryTime.now()).addSelectFields("Source").build()))
          .isInstanceOf(UnavailableException.class);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/analytics/query")));
  }

  @Test
  void query_when400_throwsBadRequest() {
    server.stubFor(post("/analytics/query").willReturn(aResponse().withStatus(400).withBody("Invalid table")));

    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(() -> client.query(AnalyticsQuery.builder().table("NoTable")
          .startTime(QueryTime.now()).endTime(QueryTime.now()).addSelectFields("x").build()))
          .isInstanceOf(BadRequestException.class).hasMessageContaining("Invalid table");
    }
  }

  @Test
  void uveTables_whenAnswerIsNotJson_throwsClientExceptionNamingOperation() {
    server.stubFor(get("/analytics/uves").willReturn(aResponse().withStatus(200).withBody("<html>oops")));

    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(client::uveTables).isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("GET /analytics/uves").hasMessageContaining("not JSON");
    }
  }

  @Test
  void uveNames_whenAnswerIsObject_throwsClientException() {
    server.stubFor(get("/analytics/uves/vrouters").willReturn(okJson("{\"value\":[]}")));

    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(() -> client.uveNames("vrouter")).isInstanceOf(ContrailClientException.class)
          .hasMessageContaining("expected a JSON array");
    }
  }

  @Test
  void inputs_whenInvalid_throwValidationWithoutCallingServer() {
    try (AnalyticsClient client = client(1)) {
      assertThatThrownBy(() -> client.uveNames("Bad/Table")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("Bad/Table");
      assertThatThrownBy(() -> client.uve("vrouter", " ")).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> client.uves("vrouter", "c1", UveFilter.none()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("no '*'");
    }
    assertThatThrownBy(() -> UveFilter.builder().addStructFilters("a b", "ok:x").sourceFilter(" ").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThatThrownBy(() -> AnalyticsQuery.builder().table(" ").startTime(QueryTime.now())
        .endTime(QueryTime.now()).addWhere(List.of()).limit(0).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(4));
    assertThatThrownBy(() -> WhereMatch.builder().name("T").op(MatchOp.IN_RANGE).value("1").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("value2");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void build_withoutEndpoints_throwsValidation() {
    assertThatThrownBy(() -> AnalyticsClient.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("endpoints");
  }

  @Test
  void uveTables_whenFirstServerRefuses_failsOverAndStaysOnSecond() throws IOException {
    server.stubFor(get("/analytics/uves").willReturn(okJson("[]")));
    Endpoint dead = Endpoint.of("http", "127.0.0.1", freePort());
    try (HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.of(dead, live()))
        .startIndex(0).sleeper(sleeps::add).build();
         AnalyticsClient client = AnalyticsClient.builder().transport(transport).build()) {
      assertThat(client.uveTables()).isEmpty();
      assertThat(client.uveTables()).isEmpty();
      assertThat(transport.currentEndpoint()).isEqualTo(live());
    }
    server.verify(2, getRequestedFor(urlEqualTo("/analytics/uves")));
  }

  @Test
  void close_doesNotCloseCallersTransport() {
    server.stubFor(get("/analytics/uves").willReturn(okJson("[]")));
    try (HttpTransport transport = HttpTransport.builder().endpoints(Endpoints.of(live())).build()) {
      AnalyticsClient.builder().transport(transport).build().close();

      try (AnalyticsClient again = AnalyticsClient.builder().transport(transport).build()) {
        assertThat(again.uveTables()).isEmpty();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
