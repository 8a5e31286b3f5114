package dev.nestedcontrail.sdk.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.TransportConfig;
import dev.nestedcontrail.sdk.core.auth.AuthProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads the wire log that slf4j-simple writes to System.err (DEBUG enabled in simplelogger.properties). */
class WireLoggingTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()).build();

  private static final String REQUEST =
      "{\"auth\":{\"identity\":{\"password\":{\"user\":{\"name\":\"admin\",\"password\":\"pa\\\"ss-w0rd\"}}}}}";

  private String logOf(boolean wireLogging) {
    server.stubFor(post("/v3/auth/tokens").willReturn(aResponse().withStatus(201)
        .withHeader("X-Subject-Token", "subject-tok-123")
        .withBody("{\"access\":{\"token\":{\"expires\":\"x\",\"id\":\"v2-tok-456\"}}}")));
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (HttpTransport transport = HttpTransport.builder()
        .endpoints(Endpoints.of(Endpoint.of("http", "127.0.0.1", server.getPort())))
        .config(TransportConfig.builder().wireLogging(wireLogging).build())
        .authProvider(AuthProvider.staticToken("auth-tok-789")).build()) {
      transport.execute(HttpRequest.post("/v3/auth/tokens", REQUEST));
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void wireLogging_whenOn_logsRequestAndAnswerWithSecretsRedacted() {
    String log = logOf(true);

    assertThat(log).contains("--> POST http://127.0.0.1:" + server.getPort() + "/v3/auth/tokens")
        .contains("<-- 201").contains("\"name\":\"admin\"")
        .contains("X-Auth-Token: ****").contains("\"password\":\"****\"")
        .containsIgnoringCase("X-Subject-Token: ****").contains("\"id\":\"****\"");
    assertThat(log).doesNotContain("pa\\\"ss-w0rd").doesNotContain("ss-w0rd")
        .doesNotContain("subject-tok-123").doesNotContain("v2-tok-456").doesNotContain("auth-tok-789");
  }

  @Test
  void wireLogging_whenOff_logsNothing() {
    assertThat(logOf(false)).doesNotContain("-->").doesNotContain("<--");
  }
}
