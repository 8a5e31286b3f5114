package dev.nestedcontrail.sdk.vnc.internal.events;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.internal.EndpointSelector;
import dev.nestedcontrail.sdk.core.internal.TlsSetup;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens AMQP connections to the brokers of a {@link BrokerConfig}, moving to the next broker when
 * one cannot be reached (sticky), with the amqp-client's own recovery off: the SDK reconnects
 * itself so it can declare a fresh queue and tell the listener about the gap.
 */
public final class AmqpConnections {
  private static final Logger logger = LoggerFactory.getLogger(AmqpConnections.class);

  /** The exchange the api-server publishes every config change to. */
  public static final String EXCHANGE = "vnc_config.object-update";

  private final BrokerConfig config;
  private final EndpointSelector selector;
  private final String clientName;

  public AmqpConnections(BrokerConfig config, int startIndex, String clientName) {
    this.config = config;
    this.selector = new EndpointSelector(config.endpoints(), startIndex);
    this.clientName = clientName;
  }

  /** The broker the next connection goes to first. */
  public Endpoint current() {
    return selector.current();
  }

  /**
   * Connects to the current broker, and on failure to the next one after a wait of {@code retry},
   * until a connection is open, {@code maxAttempts} have failed or {@code cancelled} turns true.
   *
   * @throws ContrailServiceException (unauthorized) when the broker refuses the login; not retried
   * @throws ContrailClientException when every attempt failed or the wait was interrupted
   */
  public Connection connect(RetryPolicy retry, int maxAttempts, Sleeper sleeper, BooleanSupplier cancelled) {
    for (int attempt = 1; ; attempt++) {
      Endpoint broker = selector.current();
      try {
        return open(broker);
      } catch (ContrailServiceException e) {
        throw e;
      } catch (ContrailClientException e) {
        Endpoint next = selector.failedOver(broker);
        if (attempt >= maxAttempts || cancelled.getAsBoolean()) {
          throw e;
        }
        logger.debug("attempt {}: {}; next broker {}", attempt, e.getMessage(), next);
        sleeper.sleep(retry.delayBefore(attempt, ThreadLocalRandom.current().nextDouble()));
        if (cancelled.getAsBoolean()) {
          throw e;
        }
      }
    }
  }

  /** The attempts of one connect: the policy's, but at least one per broker. */
  public int attemptsPerConnect(RetryPolicy retry) {
    return Math.max(retry.maxAttempts(), config.endpoints().size());
  }

  /** Opens one connection to {@code broker}. */
  public Connection open(Endpoint broker) {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(broker.host());
    factory.setPort(broker.port());
    factory.setUsername(config.userName());
    factory.setPassword(config.password());
    factory.setVirtualHost(config.virtualHost());
    factory.setConnectionTimeout(millis(config.connectionTimeout()));
    factory.setHandshakeTimeout(millis(config.connectionTimeout()));
    factory.setRequestedHeartbeat((int) config.heartbeat().toSeconds());
    factory.setAutomaticRecoveryEnabled(false);
    factory.setTopologyRecoveryEnabled(false);
    factory.setExceptionHandler(new QuietExceptionHandler());
    if ("amqps".equals(broker.scheme())) {
      factory.useSslProtocol(TlsSetup.sslContext(config.tls()));
      if (!config.tls().trustAll()) {
        factory.enableHostnameVerification();
      }
    }
    String name = clientName + "-" + UUID.randomUUID();
    try {
      Connection connection = factory.newConnection(name);
      logger.debug("connected to {} as {} (vhost {}, connection {})", broker, config.userName(),
          config.virtualHost(), name);
      return connection;
    } catch (PossibleAuthenticationFailureException e) {
      throw ContrailServiceException.of("AMQP login as " + config.userName(), 401, broker.toString(), name,
          "ACCESS_REFUSED");
    } catch (IOException | TimeoutException | RuntimeException e) {
      throw new ContrailClientException("cannot connect to broker " + broker + " (vhost " + config.virtualHost()
          + "): " + describe(e), e);
    }
  }

  /** The message of {@code e}, or of its first cause that has one. */
  public static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !(t instanceof ContrailException)) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static int millis(java.time.Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }
}
