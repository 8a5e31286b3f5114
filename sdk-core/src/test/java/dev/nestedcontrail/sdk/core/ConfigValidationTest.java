package dev.nestedcontrail.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.http.HttpTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class ConfigValidationTest {

  static Stream<Arguments> badConfigurations() {
    return Stream.of(
        Arguments.of("empty endpoint list", (ThrowingCallable) () -> Endpoints.of(List.of()),
            "endpoints: the list is empty"),
        Arguments.of("blank endpoint text", (ThrowingCallable) () -> Endpoints.parse(" , "),
            "endpoints: ' , ' lists no server"),
        Arguments.of("negative connect timeout", (ThrowingCallable) () -> TransportConfig.builder()
            .connectTimeout(Duration.ofSeconds(-1)).build(), "connectTimeout: PT-1S is not positive"),
        Arguments.of("zero read timeout", (ThrowingCallable) () -> TransportConfig.builder()
            .readTimeout(Duration.ZERO).build(), "readTimeout: PT0S is not positive"),
        Arguments.of("missing CA file", (ThrowingCallable) () -> TlsConfig.caBundle(Path.of("/nonexistent/ca.pem")),
            "caBundle: /nonexistent/ca.pem does not exist"),
        Arguments.of("malformed URL", (ThrowingCallable) () -> Endpoint.parse("http//10.0.0.1:8082"),
            "endpoint: 'http//10.0.0.1:8082' is not a server URL"),
        Arguments.of("unsupported scheme", (ThrowingCallable) () -> Endpoint.parse("ftp://10.0.0.1:21"),
            "scheme: 'ftp' is not supported"),
        Arguments.of("port out of range", (ThrowingCallable) () -> Endpoint.parse("http://10.0.0.1:70000"),
            "port: 70000 is out of range"),
        Arguments.of("bad entry in a list", (ThrowingCallable) () -> Endpoints.parse("http://a:8082,http://b:x"),
            "endpoints[1]: endpoint: 'http://b:x'"),
        Arguments.of("broker URL for HTTP", (ThrowingCallable) () -> HttpTransport.builder()
            .endpoints(Endpoints.parse("http://a:8082,amqp://b:5673")).build(),
            "endpoints[1]: scheme 'amqp' is not HTTP"),
        Arguments.of("negative backoff", (ThrowingCallable) () -> RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(-5)).build(), "baseDelay: PT-0.005S is negative"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigurations")
  void build_withBadConfiguration_failsNamingTheField(String name, ThrowingCallable build, String expected) {
    assertThatThrownBy(build).isInstanceOf(ValidationException.class).hasMessageContaining(expected);
  }

  @Test
  void build_withSeveralProblems_reportsThemAll() {
    assertThatThrownBy(() -> TransportConfig.builder().connectTimeout(Duration.ofSeconds(-1))
        .callTimeout(Duration.ZERO).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "connectTimeout: PT-1S is not positive", "callTimeout: PT0S is not positive"));
  }

  @Test
  void caBundle_withFileWithoutCertificate_failsNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");
    assertThatThrownBy(() -> TlsConfig.caBundle(file)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("caBundle: " + file).hasMessageContaining("no PEM certificate");
  }

  @Test
  void parse_withFullUrls_keepsOrderAndDefaultsPorts() {
    Endpoints endpoints = Endpoints.parse("http://10.0.0.1:8082, https://api.example/identity/ ,http://[fd00::1]");
    assertThat(endpoints.endpoints()).extracting(Endpoint::toString)
        .containsExactly("http://10.0.0.1:8082", "https://api.example:443", "http://[fd00::1]:80");
    assertThat(endpoints.at(1).url("/v3/auth/tokens")).isEqualTo("https://api.example:443/identity/v3/auth/tokens");
  }

  @Test
  void parse_withBrokerUrls_defaultsTheAmqpPorts() {
    assertThat(Endpoints.parse("amqp://10.0.0.1,amqps://mq.example,amqp://10.0.0.2:5673").endpoints())
        .extracting(Endpoint::toString)
        .containsExactly("amqp://10.0.0.1:5672", "amqps://mq.example:5671", "amqp://10.0.0.2:5673");
  }

  @Test
  void tlsConfig_insecureWithCaBundle_isRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> TlsConfig.builder().trustAll(true).caBundle(dir.resolve("x.pem")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("together with trustAll");
  }
}
