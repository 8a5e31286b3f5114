package dev.nestedcontrail.sdk.vnc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

  @Test
  void parse_withLoginAndVirtualHost_readsThemAndKeepsTheBrokerOrder() {
    BrokerConfig config = BrokerConfig.parse("amqp://kube:s%40cret@10.0.0.1:5673/contrail, amqps://10.0.0.2");

    assertThat(config.endpoints().endpoints()).extracting(Endpoint::toString)
        .containsExactly("amqp://10.0.0.1:5673", "amqps://10.0.0.2:5671");
    assertThat(config.userName()).isEqualTo("kube");
    assertThat(config.password()).isEqualTo("s@cret");
    assertThat(config.virtualHost()).isEqualTo("contrail");
    assertThat(config.toString()).doesNotContain("s@cret", "s%40cret");
  }

  @Test
  void parse_withSlashOrNoPath_usesTheDefaultVirtualHostAndGuest() {
    assertThat(BrokerConfig.parse("amqp://guest:guest@127.0.0.1:5673/").virtualHost()).isEqualTo("/");
    assertThat(BrokerConfig.parse("amqp://127.0.0.1:5673").userName()).isEqualTo("guest");
    assertThat(BrokerConfig.parse("amqp://127.0.0.1:5673/%2f").virtualHost()).isEqualTo("/");
  }

  @Test
  void parse_withDisagreeingEntries_reportsEachWithoutPasswords() {
    assertThatThrownBy(() -> BrokerConfig.parse("amqp://a:pw-one@h1:5673/x,amqp://a:pw-two@h2:5673/y,http://h3:80,amqp://h4:99999"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.problems()).containsExactly(
              "brokers[1]: virtualHost 'y' differs from 'x'",
              "brokers[1]: login differs from an earlier entry's",
              "brokers[3]: port: 99999 is out of range (expected 1 to 65535)");
          assertThat(e.getMessage()).doesNotContain("pw-one", "pw-two");
        });
  }

  @Test
  void build_withHttpBrokerAndBadDurations_reportsThemAll() {
    assertThatThrownBy(() -> BrokerConfig.builder().endpoints(Endpoints.parse("http://h:5673,amqp://h2:5673"))
        .userName(" ").virtualHost("").connectionTimeout(Duration.ZERO).heartbeat(Duration.ofSeconds(-1)).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "endpoints[0]: scheme 'http' is not AMQP (expected amqp or amqps)",
            "userName: must not be blank",
            "virtualHost: must not be empty (the default virtual host is '/')",
            "connectionTimeout: PT0S is not positive",
            "heartbeat: PT-1S is out of range (expected 0 to 65535 s)"));
  }
}
