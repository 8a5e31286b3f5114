package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.internal.events.EventSubscription;
import dev.nestedcontrail.sdk.vnc.internal.events.SubscriptionSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows Contrail's configuration changes as kube-manager does: a non-durable, exclusive,
 * auto-delete queue bound to the api-server's fanout exchange {@code vnc_config.object-update}.
 *
 * <pre>{@code
 * try (ConfigEvents events = ConfigEvents.builder()
 *     .broker(BrokerConfig.parse("amqp://guest:guest@10.10.10.1:5673"))
 *     .clusterName("k8s")
 *     .callbackExecutor(myExecutor)
 *     .build();
 *     ConfigEventSubscription subscription = events.subscribe(event -> cache.apply(event))) {
 *   ...
 * }
 * }</pre>
 *
 * <p>The queue is named as kube-manager names its own: {@code kube_manager.<hostname>}, prefixed
 * with {@code <clusterName>-} (and {@code <clusterId>-}) when given (Contrail R2008 and later).
 * Callbacks run on the caller's executor, one at a time and in order; each message is acked when its
 * callback returns. A message that is not a config event is logged at WARN and acked. When the
 * connection breaks the subscription reconnects in rounds that each try every broker in turn
 * (sticky: it stays on the broker that answered), with the retry policy's backoff between rounds
 * and without limit (the policy's {@code maxAttempts} bounds only the rounds of
 * {@link #subscribe}), declares a fresh queue and calls {@link ConfigEventListener#onReconnected},
 * because events published meanwhile were missed.
 *
 * <p>Thread-safe. {@link #close()} closes the subscriptions it opened and the callback thread it
 * created, never the caller's executor; it is idempotent and throws nothing.
 */
public final class ConfigEvents implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ConfigEvents.class);

  private final SubscriptionSettings settings;
  private final @Nullable ExecutorService ownCallbacks;
  private final Set<ConfigEventSubscription> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ConfigEvents(Builder b, String queueName) {
    Executor callbacks = b.callbackExecutor;
    if (callbacks == null) {
      ownCallbacks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "config-events-callbacks");
        thread.setDaemon(true);
        return thread;
      });
      callbacks = ownCallbacks;
    } else {
      ownCallbacks = null;
    }
    Map<String, Object> arguments = b.haQueue ? Map.of("x-ha-policy", "all") : Map.of();
    this.settings = new SubscriptionSettings(b.brokerConfig(), b.firstBroker(), queueName, arguments, b.prefetch,
        b.retry(), b.backoffSleeper(), callbacks);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The queue each subscription consumes from. */
  public String queueName() {
    return settings.queueName();
  }

  /**
   * Declares the queue, binds it and starts delivering events to {@code listener}. The queue is
   * exclusive, so one subscription per queue name is open at a time.
   *
   * @throws dev.nestedcontrail.sdk.core.UnauthorizedException when the broker refuses the login
   * @throws ContrailClientException when no broker could be reached or the queue is taken
   */
  public ConfigEventSubscription subscribe(ConfigEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    if (closed.get()) {
      throw new ContrailClientException("subscribe on closed ConfigEvents for queue " + queueName());
    }
    List<ConfigEventSubscription> self = new ArrayList<>(1);
    EventSubscription subscription = EventSubscription.start(settings, listener, () -> self.forEach(open::remove));
    self.add(subscription);
    open.add(subscription);
    if (closed.get()) {
      subscription.close();
    }
    return subscription;
  }

  /** Closes every open subscription (deleting their queues) and the callback thread it created. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (ConfigEventSubscription subscription : List.copyOf(open)) {
      subscription.close();
    }
    if (ownCallbacks != null) {
      ownCallbacks.shutdown();
    }
    logger.debug("closed ConfigEvents for queue {}", queueName());
  }

  @Override
  public String toString() {
    return "ConfigEvents{" + queueName() + " on " + settings.broker().endpoints() + "}";
  }

  /** Builds {@link ConfigEvents}; not thread-safe. */
  public static final class Builder extends BrokerClientBuilder<Builder> {
    private Optional<String> clusterName = Optional.empty();
    private Optional<String> clusterId = Optional.empty();
    private Optional<String> hostname = Optional.empty();
    private Optional<String> queueName = Optional.empty();
    private boolean haQueue;
    private int prefetch = 64;
    private @Nullable Executor callbackExecutor;

    private Builder() {
      super(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(500))
          .maxDelay(Duration.ofSeconds(30)).build());
    }

    /** kube-manager's {@code cluster_name} (such as {@code k8s}), the queue name's prefix. */
    public Builder clusterName(String clusterName) {
      this.clusterName = Optional.of(clusterName);
      return this;
    }

    /** kube-manager's {@code cluster_id}, put before the cluster name when both are set. */
    public Builder clusterId(String clusterId) {
      this.clusterId = Optional.of(clusterId);
      return this;
    }

    /** The host name in the queue name; this machine's by default. */
    public Builder hostname(String hostname) {
      this.hostname = Optional.of(hostname);
      return this;
    }

    /** Uses exactly this queue name instead of kube-manager's scheme. */
    public Builder queueName(String queueName) {
      this.queueName = Optional.of(queueName);
      return this;
    }

    /** Declares the queue with {@code x-ha-policy: all}, as kube-manager's {@code rabbit_ha_mode}. */
    public Builder haQueue(boolean haQueue) {
      this.haQueue = haQueue;
      return this;
    }

    /** How many unacked messages the broker sends ahead (64 by default). */
    public Builder prefetch(int prefetch) {
      this.prefetch = prefetch;
      return this;
    }

    /**
     * Where listener callbacks run (calls are serialised on it); never closed by the SDK. By
     * default a single thread that {@link ConfigEvents#close()} ends.
     */
    public Builder callbackExecutor(Executor executor) {
      this.callbackExecutor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /** @throws ValidationException naming every missing or bad field */
    public ConfigEvents build() {
      List<String> problems = problems();
      if (prefetch < 1 || prefetch > 65535) {
        problems.add("prefetch: " + prefetch + " is out of range (expected 1 to 65535)");
      }
      queueName.filter(String::isBlank).ifPresent(q -> problems.add("queueName: must not be blank"));
      clusterName.filter(String::isBlank).ifPresent(q -> problems.add("clusterName: must not be blank"));
      if (clusterId.isPresent() && clusterName.isEmpty()) {
        problems.add("clusterId: '" + clusterId.get() + "' is set without clusterName");
      }
      String queue = queueName.orElseGet(() -> kubeManagerQueueName(problems));
      ValidationException.throwIfAny("ConfigEvents", problems);
      return new ConfigEvents(this, queue);
    }

    private String kubeManagerQueueName(List<String> problems) {
      String host = hostname.orElseGet(() -> {
        try {
          return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
          problems.add("hostname: not set and this machine's name is unknown (" + e.getMessage() + ")");
          return "";
        }
      });
      String base = "kube_manager." + host;
      return clusterName.map(name -> clusterId.map(id -> id + "-").orElse("") + name + "-" + base).orElse(base);
    }
  }
}
