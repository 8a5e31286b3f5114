package dev.nestedcontrail.sdk.testkit.it.vnc;

import static dev.nestedcontrail.sdk.testkit.it.vnc.Brokers.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventSubscription;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the real RabbitMQ with {@code .ci/rabbitmq-stop.sh} and {@code .ci/rabbitmq-start.sh}
 * (about 10 s here) under a running subscription. Only a broker those scripts started is restarted;
 * it is started again even when the test fails.
 */
class ConfigEventsBrokerRestartTest {
  private static final Logger logger = LoggerFactory.getLogger(ConfigEventsBrokerRestartTest.class);
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Brokers brokers = new Brokers();
  private final CiRabbitMq broker = CiRabbitMq.require();
  private final ConfigEventPublisher publisher = brokers.publisher();

  @AfterEach
  void tearDown() throws Exception {
    brokers.close();
  }

  @Test
  void afterTheBrokerRestarts_theSubscriptionResumesOnAFreshQueue_andThePublisherReconnects() {
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(
        brokers.consumer(brokers.real, "node-restart").build()).subscribe(listener);
    publisher.publish(event(ConfigEvent.Operation.CREATE, 1));
    await().atMost(WAIT).until(() -> listener.events.size() == 1);

    Instant stopped = Instant.now();
    try {
      broker.stop();
      await().atMost(WAIT).until(() -> listener.timeline.contains("disconnected"));
    } finally {
      broker.start();
    }
    Duration restart = Duration.between(stopped, Instant.now());
    await().atMost(WAIT).until(() -> listener.timeline.contains("reconnected"));
    logger.info("broker restart took {}, consumption resumed after {}", restart, Duration.between(stopped, Instant.now()));
    publisher.publish(event(ConfigEvent.Operation.UPDATE, 2));

    await().atMost(WAIT).until(() -> listener.events.size() == 2);
    assertThat(listener.timeline).containsExactly("event vn-1", "disconnected", "reconnected", "event vn-2");
    await().atMost(WAIT).until(() -> subscription.reconnects() == 1);
    assertThat(subscription.broker()).contains(brokers.realBroker());
  }
}
