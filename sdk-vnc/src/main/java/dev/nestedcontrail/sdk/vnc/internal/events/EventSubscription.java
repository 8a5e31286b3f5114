package dev.nestedcontrail.sdk.vnc.internal.events;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventListener;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventSubscription;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer: a connection, an exclusive auto-delete queue bound to the fanout exchange, and a
 * reconnect loop on its own thread that, after a broken connection, connects again (with backoff
 * and failover), declares a fresh queue, tells the listener and resumes.
 */
public final class EventSubscription implements ConfigEventSubscription {
  private static final Logger logger = LoggerFactory.getLogger(EventSubscription.class);

  private final SubscriptionSettings settings;
  private final AmqpConnections connections;
  private final ConfigEventListener listener;
  private final SerialExecutor callbacks;
  private final ExecutorService reconnector;
  private final Runnable onClose;
  private final AtomicInteger reconnects = new AtomicInteger();
  private final Object lock = new Object();
  private boolean closed;
  private @Nullable Connection connection;
  private @Nullable Endpoint broker;

  private EventSubscription(SubscriptionSettings settings, ConfigEventListener listener, Runnable onClose) {
    this.settings = settings;
    this.connections = new AmqpConnections(settings.broker(), settings.startIndex(), "config-events");
    this.listener = listener;
    this.callbacks = new SerialExecutor(settings.callbacks());
    this.onClose = onClose;
    this.reconnector = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "config-events-reconnect-" + settings.queueName());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Connects and starts consuming; {@code onClose} runs once when the subscription is closed.
   *
   * @throws ContrailException when no broker could be reached in the attempts of the retry policy,
   *     the login was refused or the queue could not be declared
   */
  public static EventSubscription start(SubscriptionSettings settings, ConfigEventListener listener,
      Runnable onClose) {
    EventSubscription subscription = new EventSubscription(settings, listener, onClose);
    try {
      subscription.connectAndConsume(settings.retryPolicy().maxAttempts(), false);
      return subscription;
    } catch (RuntimeException e) {
      subscription.close();
      throw e;
    }
  }

  @Override
  public String queueName() {
    return settings.queueName();
  }

  @Override
  public Optional<Endpoint> broker() {
    synchronized (lock) {
      return Optional.ofNullable(broker);
    }
  }

  @Override
  public int reconnects() {
    return reconnects.get();
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  private void consume(Connection opened, boolean resumed) {
    Endpoint at = connections.current();
    try {
      Channel channel = opened.createChannel();
      channel.exchangeDeclare(AmqpConnections.EXCHANGE, BuiltinExchangeType.FANOUT, false, false, null);
      channel.queueDeclare(settings.queueName(), false, true, true, settings.queueArguments());
      channel.queueBind(settings.queueName(), AmqpConnections.EXCHANGE, "");
      channel.basicQos(settings.prefetch());
      if (resumed) {
        callbacks.execute(() -> listener.onReconnected(at));
      }
      channel.basicConsume(settings.queueName(), false, new Deliveries(channel, callbacks, listener, this::cancelled));
      synchronized (lock) {
        if (closed) {
          opened.abort();
          return;
        }
        connection = opened;
        broker = at;
      }
      if (resumed) {
        reconnects.incrementAndGet();
      }
      // a listener added to a connection that is already shut down runs at once, so no loss is missed
      opened.addShutdownListener(cause -> lost(opened, cause));
      channel.addShutdownListener(cause -> {
        if (!cause.isHardError()) {
          abortLater(opened);
        }
      });
      logger.debug("consuming {} from {} at {}", AmqpConnections.EXCHANGE, settings.queueName(), at);
    } catch (IOException | RuntimeException e) {
      synchronized (lock) {
        if (connection == opened) {
          connection = null;
          broker = null;
        }
      }
      opened.abort();
      throw new ContrailClientException("cannot consume from queue " + settings.queueName() + " at " + at + ": "
          + AmqpConnections.describe(e), e);
    }
  }

  /** The broker cancelled the consumer (its queue was deleted): start over on a fresh connection. */
  private void cancelled(Channel channel) {
    abortLater(channel.getConnection());
  }

  /**
   * Aborts {@code broken} off the AMQP client's threads; its shutdown then starts the reconnect.
   * Used when only the channel failed, which would otherwise leave the subscription idle.
   */
  private void abortLater(Connection broken) {
    try {
      reconnector.execute(broken::abort);
    } catch (RejectedExecutionException closing) {
      broken.abort();
    }
  }

  private void lost(Connection lostConnection, ShutdownSignalException cause) {
    synchronized (lock) {
      if (closed || connection != lostConnection) {
        return;
      }
      connection = null;
      broker = null;
    }
    ContrailClientException error = new ContrailClientException("lost the broker connection of queue "
        + settings.queueName() + ": " + AmqpConnections.describe(cause), cause);
    logger.debug("{}; reconnecting", error.getMessage());
    callbacks.execute(() -> listener.onDisconnected(error));
    reconnector.execute(this::reconnect);
  }

  private void reconnect() {
    try {
      connectAndConsume(Integer.MAX_VALUE, true);
    } catch (ContrailException e) {
      if (!isClosed()) {
        logger.warn("queue {} stopped reconnecting: {}", settings.queueName(), e.getMessage());
      }
    }
  }

  /**
   * Connects (each round tries every broker) and starts consuming, in up to {@code rounds} rounds
   * with backoff between them. A refused login ends the first subscription at once; after a
   * broken connection it is retried like any failure, since the broker may come back with its users.
   */
  private void connectAndConsume(int rounds, boolean resumed) {
    for (int round = 1; ; round++) {
      try {
        consume(connections.connect(settings.retryPolicy(), settings.broker().endpoints().size(),
            settings.sleeper(), this::isClosed), resumed);
        return;
      } catch (ContrailException e) {
        boolean refused = e instanceof ContrailServiceException;
        if (isClosed() || round >= rounds || (refused && !resumed)) {
          throw e;
        }
        if (round >= 3) {
          logger.warn("queue {} still cannot consume after {} rounds: {}", settings.queueName(), round, e.getMessage());
        } else {
          logger.debug("queue {}, round {}: {}", settings.queueName(), round, e.getMessage());
        }
        settings.sleeper().sleep(settings.retryPolicy().delayBefore(round, ThreadLocalRandom.current().nextDouble()));
      }
    }
  }

  /** Closes the connection, which deletes the queue, and stops reconnecting. Idempotent. */
  @Override
  public void close() {
    Connection open;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      open = connection;
      connection = null;
      broker = null;
    }
    reconnector.shutdownNow();
    if (open != null) {
      try {
        open.close((int) settings.broker().connectionTimeout().toMillis());
      } catch (IOException | RuntimeException e) {
        logger.debug("closing the connection of queue {}: {}", settings.queueName(), e.toString());
      }
    }
    try {
      reconnector.awaitTermination(settings.broker().connectionTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    onClose.run();
    logger.debug("closed the subscription of queue {}", settings.queueName());
  }

  @Override
  public String toString() {
    return "ConfigEventSubscription{" + settings.queueName() + " at " + broker().map(Endpoint::toString).orElse("-")
        + "}";
  }
}
