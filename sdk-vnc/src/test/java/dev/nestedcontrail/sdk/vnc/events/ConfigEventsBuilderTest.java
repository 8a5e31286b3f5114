package dev.nestedcontrail.sdk.vnc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ValidationException;
import org.junit.jupiter.api.Test;

/** Building {@link ConfigEvents} and {@link ConfigEventPublisher} needs no broker: nothing connects before use. */
class ConfigEventsBuilderTest {
  private static final BrokerConfig BROKER = BrokerConfig.parse("amqp://127.0.0.1:5673");

  @Test
  void queueName_followsKubeManagersScheme() {
    try (ConfigEvents r50 = ConfigEvents.builder().broker(BROKER).hostname("node1").build();
        ConfigEvents named = ConfigEvents.builder().broker(BROKER).hostname("node1").clusterName("k8s").build();
        ConfigEvents withId = ConfigEvents.builder().broker(BROKER).hostname("node1").clusterName("k8s")
            .clusterId("c7").build();
        ConfigEvents explicit = ConfigEvents.builder().broker(BROKER).queueName("fake-api.watch").build()) {
      assertThat(r50.queueName()).isEqualTo("kube_manager.node1");
      assertThat(named.queueName()).isEqualTo("k8s-kube_manager.node1");
      assertThat(withId.queueName()).isEqualTo("c7-k8s-kube_manager.node1");
      assertThat(explicit.queueName()).isEqualTo("fake-api.watch");
    }
  }

  @Test
  void build_withoutBrokerOrWithBadOptions_reportsThemAll() {
    assertThatThrownBy(() -> ConfigEvents.builder().prefetch(0).queueName(" ").clusterId("c7").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "broker: not set (expected the RabbitMQ brokers, such as amqp://10.10.10.1:5673)",
            "prefetch: 0 is out of range (expected 1 to 65535)",
            "queueName: must not be blank",
            "clusterId: 'c7' is set without clusterName"));
    assertThatThrownBy(() -> ConfigEventPublisher.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("broker: not set");
  }

  @Test
  void subscribe_afterClose_failsAndCloseIsIdempotent() {
    ConfigEvents events = ConfigEvents.builder().broker(BROKER).hostname("node1").build();
    events.close();
    events.close();

    assertThatThrownBy(() -> events.subscribe(event -> { })).isInstanceOf(ContrailClientException.class)
        .hasMessageContaining("closed ConfigEvents for queue kube_manager.node1");
  }
}
