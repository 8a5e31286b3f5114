package dev.nestedcontrail.sdk.testkit.it.vnc;

import static dev.nestedcontrail.sdk.testkit.it.vnc.Brokers.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.testkit.internal.TcpProxy;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventSubscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broken broker connections: a TCP proxy in front of the real RabbitMQ is cut and reopened on the
 * same port, which breaks the consumer's connection as a broker restart or a network failure does.
 */
class ConfigEventsReconnectTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Brokers brokers = new Brokers();
  private final ConfigEventPublisher publisher = brokers.publisher();
  private final TcpProxy proxy = brokers.closeLater(
      TcpProxy.start(brokers.realBroker().host(), brokers.realBroker().port()));
  private final Endpoint viaProxy = Endpoint.of("amqp", "127.0.0.1", proxy.port());

  @AfterEach
  void tearDown() throws Exception {
    brokers.close();
  }

  @Test
  void afterTheConnectionIsCut_reconnectsToAFreshQueue_reportsTheGap_andResumes() {
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(
        brokers.consumer(brokers.at(viaProxy), "node-cut").build()).subscribe(listener);
    publisher.publish(event(ConfigEvent.Operation.CREATE, 1));
    await().atMost(WAIT).until(() -> listener.events.size() == 1);

    proxy.cut();
    await().atMost(WAIT).until(() -> listener.timeline.contains("disconnected"));
    assertThat(subscription.broker()).isEmpty();
    publisher.publish(event(ConfigEvent.Operation.UPDATE, 2));
    proxy.reopen();
    await().atMost(WAIT).until(() -> listener.timeline.contains("reconnected"));
    publisher.publish(event(ConfigEvent.Operation.DELETE, 3));

    await().atMost(WAIT).until(() -> listener.events.size() == 2);
    assertThat(listener.timeline).containsExactly("event vn-1", "disconnected", "reconnected", "event vn-3");
    assertThat(listener.threads).allMatch(name -> name.startsWith(Brokers.CALLER_THREAD));
    assertThat(listener.reconnectedTo).containsExactly(viaProxy);
    await().atMost(WAIT).until(() -> subscription.reconnects() == 1);
    assertThat(subscription.broker()).contains(viaProxy);
    assertThat(proxy.accepted()).isEqualTo(2);
  }

  @Test
  void afterTheConnectionIsCut_failsOverToTheNextBroker() {
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(
        brokers.consumer(brokers.at(viaProxy, brokers.realBroker()), "node-cut-over").build()).subscribe(listener);
    assertThat(subscription.broker()).contains(viaProxy);

    proxy.cut();
    await().atMost(WAIT).until(() -> listener.reconnectedTo.contains(brokers.realBroker()));
    publisher.publish(event(ConfigEvent.Operation.CREATE, 7));

    await().atMost(WAIT).until(() -> listener.events.size() == 1);
    assertThat(subscription.broker()).contains(brokers.realBroker());
    assertThat(listener.uuids()).containsExactly("vn-7");
  }

  @Test
  void close_whileReconnecting_stopsTheLoopAndOpensNothing() {
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(
        brokers.consumer(brokers.at(viaProxy), "node-close-loop").build()).subscribe(listener);
    proxy.cut();
    await().atMost(WAIT).until(() -> listener.timeline.contains("disconnected"));

    subscription.close();
    proxy.reopen();

    await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> proxy.accepted() == 1);
    assertThat(subscription.broker()).isEmpty();
    assertThat(listener.timeline).doesNotContain("reconnected");
  }

  @Test
  void whileTheBrokerIsUnreachable_backsOffBetweenRoundsAsThePolicySays() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording = duration -> {
      waits.add(duration);
      Sleeper.system().sleep(duration);
    };
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(brokers.consumer(brokers.at(viaProxy), "node-backoff")
        .sleeper(recording).build()).subscribe(listener);

    proxy.cut();
    await().atMost(WAIT).until(() -> waits.size() >= 4);
    proxy.reopen();
    await().atMost(WAIT).until(() -> listener.timeline.contains("reconnected"));

    RetryPolicy policy = Brokers.FAST_RETRY;
    for (int round = 1; round <= 4; round++) {
      Duration ceiling = policy.delayBefore(round, 1.0);
      assertThat(waits.get(round - 1)).as("wait after round %d", round)
          .isBetween(policy.delayBefore(round, 0.0), ceiling);
    }
    await().atMost(WAIT).until(() -> subscription.reconnects() == 1);
  }
}
