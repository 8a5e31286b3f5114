package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Options every broker client's builder has: the brokers, backoff and the first broker.
 *
 * @param <B> the concrete builder, returned by the setters
 */
public abstract class BrokerClientBuilder<B extends BrokerClientBuilder<B>> {
  private @Nullable BrokerConfig broker;
  private RetryPolicy retryPolicy;
  private Sleeper sleeper = Sleeper.system();
  private @Nullable Integer startIndex;

  BrokerClientBuilder(RetryPolicy defaultRetryPolicy) {
    this.retryPolicy = defaultRetryPolicy;
  }

  /** The brokers and how to log in; required. */
  public B broker(BrokerConfig broker) {
    this.broker = Objects.requireNonNull(broker, "broker == null");
    return self();
  }

  /** Attempts and backoff between connection attempts. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    return self();
  }

  /** Waits out the backoff; it must stop waiting when its thread is interrupted (as on close). */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    return self();
  }

  /** Index of the first broker to use; a random one by default, which spreads clients over the brokers. */
  public B startIndex(int startIndex) {
    this.startIndex = startIndex;
    return self();
  }

  /** A fresh list of problems, starting with a missing broker. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (broker == null) {
      problems.add("broker: not set (expected the RabbitMQ brokers, such as amqp://10.10.10.1:5673)");
    }
    return problems;
  }

  BrokerConfig brokerConfig() {
    return Objects.requireNonNull(broker, "broker == null");
  }

  RetryPolicy retry() {
    return retryPolicy;
  }

  Sleeper backoffSleeper() {
    return sleeper;
  }

  int firstBroker() {
    return startIndex != null ? startIndex : ThreadLocalRandom.current().nextInt(brokerConfig().endpoints().size());
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
