package dev.nestedcontrail.sdk.testkit.it.vnc;

import static dev.nestedcontrail.sdk.testkit.it.vnc.Brokers.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.TlsConfig;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Options of the broker clients against the real RabbitMQ: default callback thread, TLS, login. */
class BrokerOptionsRealBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Brokers brokers = new Brokers();

  @AfterEach
  void tearDown() throws Exception {
    brokers.close();
  }

  @Test
  void withoutCallbackExecutor_callbacksRunOnItsOwnThread_whichCloseEnds() {
    RecordingListener listener = new RecordingListener();
    ConfigEvents events = ConfigEvents.builder().broker(brokers.real).queueName("it-" + brokers.runId + ".own-thread")
        .build();
    events.subscribe(listener);
    brokers.publisher().publish(event(ConfigEvent.Operation.CREATE, 1));
    await().atMost(WAIT).until(() -> listener.events.size() == 1);

    events.close();

    assertThat(listener.threads).containsExactly("config-events-callbacks");
    await().atMost(WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.getName().equals("config-events-callbacks")
            || t.getName().equals("config-events-reconnect-" + events.queueName())));
  }

  @Test
  void amqps_toAPlainAmqpPort_failsTheTlsHandshakeNamingTheBroker() {
    Endpoint tls = Endpoint.of("amqps", brokers.realBroker().host(), brokers.realBroker().port());
    BrokerConfig config = BrokerConfig.builder().from(brokers.at(tls)).tls(TlsConfig.insecure())
        .connectionTimeout(Duration.ofSeconds(3)).build();
    ConfigEvents events = brokers.closeLater(brokers.consumer(config, "node-tls").build());

    assertThatThrownBy(() -> events.subscribe(new RecordingListener())).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("cannot connect to broker " + tls);
  }

  @Test
  void publish_withWrongPassword_throwsUnauthorizedWithoutThePassword() {
    String password = "wrong-publisher-pw-2291";
    ConfigEventPublisher publisher = brokers.closeLater(ConfigEventPublisher.builder()
        .broker(BrokerConfig.builder().from(brokers.real).password(password).build()).build());

    assertThatThrownBy(() -> publisher.publish(event(ConfigEvent.Operation.CREATE, 1)))
        .isInstanceOf(UnauthorizedException.class).extracting(Throwable::getMessage).asString()
        .doesNotContain(password);
  }
}
