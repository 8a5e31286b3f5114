package dev.nestedcontrail.sdk.testkit.it.vnc;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvents;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real RabbitMQ of {@code .ci/rabbitmq-start.sh} for one test: its config, a caller-owned
 * callback pool, publishers and consumers that {@link #close()} closes, and raw publishing.
 */
@SuppressWarnings("try")
final class Brokers implements AutoCloseable {
  static final String CALLER_THREAD = "caller-callback-";
  static final RetryPolicy FAST_RETRY = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(100))
      .maxDelay(Duration.ofSeconds(1)).build();

  final BrokerConfig real = BrokerConfig.parse(RealServerEnvironment.system().rabbitMqUrl());
  final String runId = UUID.randomUUID().toString().substring(0, 8);
  final ExecutorService callbacks;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  Brokers() {
    AtomicInteger count = new AtomicInteger();
    callbacks = Executors.newFixedThreadPool(3, task -> new Thread(task, CALLER_THREAD + count.incrementAndGet()));
  }

  Endpoint realBroker() {
    return real.endpoints().at(0);
  }

  /**
   * A config for the given brokers with the real one's login and virtual host, and a short
   * connection timeout: a port closed a moment ago may still accept a connection that never
   * answers in some network stacks (seen in this sandbox), which then costs one timeout.
   */
  BrokerConfig at(Endpoint... brokers) {
    return BrokerConfig.builder().from(real).endpoints(Endpoints.of(brokers))
        .connectionTimeout(Duration.ofSeconds(3)).build();
  }

  ConfigEvents.Builder consumer(BrokerConfig broker, String host) {
    return ConfigEvents.builder().broker(broker).clusterName("it-" + runId).hostname(host).startIndex(0)
        .callbackExecutor(callbacks).retryPolicy(FAST_RETRY);
  }

  <T extends AutoCloseable> T closeLater(T closeable) {
    closeables.add(closeable);
    return closeable;
  }

  ConfigEventPublisher publisher() {
    return closeLater(ConfigEventPublisher.builder().broker(real).retryPolicy(FAST_RETRY).build());
  }

  static ConfigEvent event(ConfigEvent.Operation operation, int n) {
    return ConfigEvent.builder().oper(operation.wireName()).type("virtual-network").uuid("vn-" + n)
        .fqName(List.of("default-domain", "admin", "vn" + n))
        .objDict(Map.of("display_name", "vn" + n, "virtual_network_network_id", (long) n))
        .putOtherField("request-id", "req-" + n).build();
  }

  /** Publishes {@code body} to the config exchange as it is, bypassing the SDK's encoder. */
  void publishRaw(byte[] body) throws IOException, TimeoutException, InterruptedException {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(realBroker().host());
    factory.setPort(realBroker().port());
    factory.setUsername(real.userName());
    factory.setPassword(real.password());
    factory.setVirtualHost(real.virtualHost());
    try (Connection connection = factory.newConnection("it-raw-publisher"); Channel channel = connection.createChannel()) {
      channel.confirmSelect();
      channel.basicPublish("vnc_config.object-update", "",
          new AMQP.BasicProperties.Builder().contentType("application/json").build(), body);
      channel.waitForConfirmsOrDie(5000);
    }
  }

  /** A local port nothing listens on. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    for (int i = closeables.size() - 1; i >= 0; i--) {
      closeables.get(i).close();
    }
    callbacks.shutdownNow();
    if (!callbacks.awaitTermination(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("callback threads still running");
    }
  }
}
