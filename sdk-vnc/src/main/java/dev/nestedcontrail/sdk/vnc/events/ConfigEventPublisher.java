package dev.nestedcontrail.sdk.vnc.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.internal.events.AmqpConnections;
import dev.nestedcontrail.sdk.vnc.internal.events.ConfigEventCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ConfigEvent}s to {@code vnc_config.object-update} in the api-server's format
 * (JSON, {@code application/json}, UTF-8, persistent, routing key empty), so a fake config API can
 * feed real consumers. {@link #publish} returns once the broker confirmed the message; on a broken
 * connection it reconnects (with failover) and publishes again, so a consumer may see a message
 * twice, never lose one that {@code publish} reported sent.
 *
 * <p>Thread-safe (publishes are serialised). {@link #close()} is idempotent and throws nothing.
 */
public final class ConfigEventPublisher implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ConfigEventPublisher.class);
  private static final AMQP.BasicProperties PROPERTIES = new AMQP.BasicProperties.Builder()
      .contentType("application/json").contentEncoding("utf-8").deliveryMode(2).priority(0).build();

  private final AmqpConnections connections;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Duration confirmTimeout;
  private final Object lock = new Object();
  private boolean closed;
  private @Nullable Connection connection;
  private @Nullable Channel channel;

  private ConfigEventPublisher(Builder b) {
    this.connections = new AmqpConnections(b.brokerConfig(), b.firstBroker(), "config-event-publisher");
    this.retryPolicy = b.retry();
    this.sleeper = b.backoffSleeper();
    this.confirmTimeout = b.confirmTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Publishes {@code event} and waits for the broker's confirm.
   *
   * @throws ContrailClientException when no broker took the message within the retry policy
   * @throws dev.nestedcontrail.sdk.core.UnauthorizedException when the broker refuses the login
   */
  public void publish(ConfigEvent event) {
    byte[] body = ConfigEventCodec.encode(event);
    synchronized (lock) {
      for (int attempt = 1; ; attempt++) {
        if (closed) {
          throw new ContrailClientException("publish on a closed ConfigEventPublisher");
        }
        try {
          Channel open = channel();
          open.basicPublish(AmqpConnections.EXCHANGE, "", PROPERTIES, body);
          open.waitForConfirmsOrDie(confirmTimeout.toMillis());
          logger.debug("published {} to {}", event, AmqpConnections.EXCHANGE);
          return;
        } catch (ContrailServiceException e) {
          disconnect();
          throw e;
        } catch (IOException | TimeoutException | RuntimeException e) {
          disconnect();
          if (attempt >= retryPolicy.maxAttempts()) {
            throw new ContrailClientException("cannot publish " + event + " to " + AmqpConnections.EXCHANGE
                + " at " + connections.current() + ": " + AmqpConnections.describe(e), e);
          }
          logger.debug("publish attempt {} failed: {}", attempt, AmqpConnections.describe(e));
          sleeper.sleep(retryPolicy.delayBefore(attempt, ThreadLocalRandom.current().nextDouble()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          disconnect();
          throw new ContrailClientException("interrupted while waiting for the broker to confirm " + event, e);
        }
      }
    }
  }

  private Channel channel() throws IOException {
    Channel open = channel;
    if (open != null && open.isOpen()) {
      return open;
    }
    disconnect();
    Connection opened = connections.connect(retryPolicy, connections.attemptsPerConnect(retryPolicy), sleeper,
        () -> false);
    connection = opened;
    open = opened.createChannel();
    open.exchangeDeclare(AmqpConnections.EXCHANGE, BuiltinExchangeType.FANOUT, false, false, null);
    open.confirmSelect();
    channel = open;
    return open;
  }

  private void disconnect() {
    Connection open = connection;
    connection = null;
    channel = null;
    if (open != null) {
      open.abort((int) confirmTimeout.toMillis());
    }
  }

  /** Closes the connection this publisher opened. Idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      Connection open = connection;
      connection = null;
      channel = null;
      if (open != null) {
        try {
          open.close((int) confirmTimeout.toMillis());
        } catch (IOException | RuntimeException e) {
          logger.debug("closing the publisher's connection: {}", e.toString());
        }
      }
    }
  }

  @Override
  public String toString() {
    return "ConfigEventPublisher{" + connections.current() + "}";
  }

  /** Builds a {@link ConfigEventPublisher}; not thread-safe. */
  public static final class Builder extends BrokerClientBuilder<Builder> {
    private Duration confirmTimeout = Duration.ofSeconds(10);

    private Builder() {
      super(RetryPolicy.defaults());
    }

    /** How long to wait for the broker's confirm of one message; 10 s by default. */
    public Builder confirmTimeout(Duration confirmTimeout) {
      this.confirmTimeout = Objects.requireNonNull(confirmTimeout, "confirmTimeout == null");
      return this;
    }

    /** @throws ValidationException naming every missing or bad field */
    public ConfigEventPublisher build() {
      List<String> problems = problems();
      if (confirmTimeout.isNegative() || confirmTimeout.isZero()) {
        problems.add("confirmTimeout: " + confirmTimeout + " is not positive");
      }
      ValidationException.throwIfAny("ConfigEventPublisher", problems);
      return new ConfigEventPublisher(this);
    }
  }
}
