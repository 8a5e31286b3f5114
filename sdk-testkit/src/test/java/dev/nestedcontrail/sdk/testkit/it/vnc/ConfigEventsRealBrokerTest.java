package dev.nestedcontrail.sdk.testkit.it.vnc;

import static dev.nestedcontrail.sdk.testkit.it.vnc.Brokers.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.UnauthorizedException;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventSubscription;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigEvents} and {@link ConfigEventPublisher} against the real RabbitMQ 3.10 of
 * {@code .ci/rabbitmq-start.sh}; skipped without it, failed on CI.
 */
class ConfigEventsRealBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Brokers brokers = new Brokers();
  private final ConfigEventPublisher publisher = brokers.publisher();

  @AfterEach
  void tearDown() throws Exception {
    brokers.close();
  }

  private List<ConfigEvent> publish(int from, int to) {
    List<ConfigEvent> sent = new ArrayList<>();
    ConfigEvent.Operation[] operations = {ConfigEvent.Operation.CREATE, ConfigEvent.Operation.UPDATE,
        ConfigEvent.Operation.UPDATE_IMPLICIT, ConfigEvent.Operation.DELETE};
    for (int n = from; n < to; n++) {
      ConfigEvent event = event(operations[n % operations.length], n);
      publisher.publish(event);
      sent.add(event);
    }
    return sent;
  }

  @Test
  void subscribe_receivesPublishedEventsInOrder_onTheCallersExecutor() {
    RecordingListener listener = new RecordingListener();
    ConfigEvents events = brokers.closeLater(brokers.consumer(brokers.real, "node-a").build());
    ConfigEventSubscription subscription = events.subscribe(listener);

    List<ConfigEvent> sent = publish(0, 20);

    await().atMost(WAIT).until(() -> listener.events.size() == 20);
    assertThat(listener.events).containsExactlyElementsOf(sent);
    assertThat(listener.threads).allMatch(name -> name.startsWith(Brokers.CALLER_THREAD));
    assertThat(subscription.queueName()).isEqualTo("it-" + brokers.runId + "-kube_manager.node-a");
    assertThat(subscription.broker()).contains(brokers.realBroker());
    assertThat(subscription.reconnects()).isZero();
  }

  @Test
  void onEvent_isAckedOnlyAfterTheCallbackReturns() throws Exception {
    CiRabbitMq broker = CiRabbitMq.require();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ConfigEvents events = brokers.closeLater(brokers.consumer(brokers.real, "node-ack").prefetch(1).build());
    ConfigEventSubscription subscription = events.subscribe(event -> {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    publish(0, 1);
    assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
    await("unacked while the callback runs").atMost(WAIT)
        .until(() -> broker.unacknowledged(subscription.queueName()) == 1);
    assertThat(entered.getCount()).isZero();

    release.countDown();
    await().atMost(WAIT).until(() -> broker.unacknowledged(subscription.queueName()) == 0);
  }

  @Test
  void twoConsumers_eachReceiveEveryEvent() {
    RecordingListener a = new RecordingListener();
    RecordingListener b = new RecordingListener();
    brokers.closeLater(brokers.consumer(brokers.real, "node-a").build()).subscribe(a);
    brokers.closeLater(brokers.consumer(brokers.real, "node-b").haQueue(true).build()).subscribe(b);

    List<ConfigEvent> sent = publish(0, 10);

    await().atMost(WAIT).until(() -> a.events.size() == 10 && b.events.size() == 10);
    assertThat(a.events).containsExactlyElementsOf(sent);
    assertThat(b.events).containsExactlyElementsOf(sent);
  }

  @Test
  void poisonMessage_isAckedAndTheNextEventStillArrives() throws Exception {
    RecordingListener listener = new RecordingListener();
    brokers.closeLater(brokers.consumer(brokers.real, "node-poison").prefetch(1).build()).subscribe(listener);

    brokers.publishRaw("{\"oper\": \"CREATE\", \"type\": ".getBytes(StandardCharsets.UTF_8));
    brokers.publishRaw("[\"not\", \"an\", \"event\"]".getBytes(StandardCharsets.UTF_8));
    List<ConfigEvent> sent = publish(0, 2);

    await().atMost(WAIT).until(() -> listener.events.size() == 2);
    assertThat(listener.events).containsExactlyElementsOf(sent);
  }

  @Test
  void listenerThatThrows_doesNotBlockTheQueue() {
    List<String> seen = new CopyOnWriteArrayList<>();
    brokers.closeLater(brokers.consumer(brokers.real, "node-throws").prefetch(1).build()).subscribe(event -> {
      seen.add(event.uuid());
      if (event.uuid().equals("vn-0")) {
        throw new IllegalStateException("listener bug");
      }
    });

    publish(0, 3);

    await().atMost(WAIT).until(() -> seen.size() == 3);
    assertThat(seen).containsExactly("vn-0", "vn-1", "vn-2");
  }

  @Test
  void subscribe_whenTheFirstBrokerIsAClosedPort_failsOverToTheSecond() throws Exception {
    Endpoint closed = Endpoint.of("amqp", "127.0.0.1", Brokers.closedPort());
    RecordingListener listener = new RecordingListener();
    ConfigEventSubscription subscription = brokers.closeLater(
        brokers.consumer(brokers.at(closed, brokers.realBroker()), "node-failover").build()).subscribe(listener);

    assertThat(subscription.broker()).contains(brokers.realBroker());
    List<ConfigEvent> sent = publish(0, 3);
    await().atMost(WAIT).until(() -> listener.events.size() == 3);
    assertThat(listener.events).containsExactlyElementsOf(sent);
  }

  @Test
  void subscribe_whenNoBrokerAnswers_failsAfterTryingEach() throws Exception {
    Endpoint first = Endpoint.of("amqp", "127.0.0.1", Brokers.closedPort());
    Endpoint second = Endpoint.of("amqp", "127.0.0.1", Brokers.closedPort());
    ConfigEvents events = brokers.closeLater(brokers.consumer(brokers.at(first, second), "node-none").build());

    assertThatThrownBy(() -> events.subscribe(new RecordingListener()))
        .hasMessageContaining("cannot connect to broker amqp://127.0.0.1:");
  }

  @Test
  void subscribe_withWrongPassword_throwsUnauthorizedWithoutThePassword() {
    String password = "wrong-broker-pw-8812";
    BrokerConfig wrong = BrokerConfig.builder().from(brokers.real).password(password).build();
    ConfigEvents events = brokers.closeLater(brokers.consumer(wrong, "node-login").build());

    assertThatThrownBy(() -> events.subscribe(new RecordingListener()))
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.endpoint()).isEqualTo(brokers.realBroker().toString());
          assertThat(e.getMessage()).doesNotContain(password);
        });
  }

  @Test
  void close_deletesTheQueue_soASecondSubscriptionCanTakeItsName() {
    ConfigEvents events = brokers.closeLater(brokers.consumer(brokers.real, "node-close").build());
    ConfigEventSubscription first = events.subscribe(new RecordingListener());
    assertThatThrownBy(() -> events.subscribe(new RecordingListener()))
        .hasMessageContaining("cannot consume from queue " + events.queueName());

    first.close();
    first.close();
    RecordingListener listener = new RecordingListener();
    events.subscribe(listener);
    publish(0, 1);

    await().atMost(WAIT).until(() -> listener.events.size() == 1);
    assertThat(first.broker()).isEmpty();
  }
}
