package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher;
import dev.nestedcontrail.sdk.vnc.internal.json.VncJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards the changes of a {@link FakeConfigApi} as api-server {@link ConfigEvent}s (the
 * {@code vnc_config.object-update} message: {@code oper}, {@code type}, {@code uuid},
 * {@code fq_name}, {@code obj_dict}) to a sink such as {@link ConfigEventPublisher#publish}, in
 * commit order, on its own thread so a slow broker never blocks the fake's request handling.
 *
 * <pre>{@code
 * try (ConfigEventPublisher publisher = ConfigEventPublisher.builder()...build();
 *      ConfigEventForwarder forwarder = ConfigEventForwarder.attach(api, publisher)) {
 *   ... drive the fake; consumers of the exchange see its changes ...
 * }
 * }</pre>
 */
public final class ConfigEventForwarder implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(ConfigEventForwarder.class);
  private static final Duration DRAIN = Duration.ofSeconds(10);

  private final Consumer<ConfigEvent> sink;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "config-event-forwarder");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong forwarded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  private ConfigEventForwarder(Consumer<ConfigEvent> sink) {
    this.sink = sink;
  }

  /** Forwards every later change of {@code api} to {@code publisher} (which the caller closes). */
  public static ConfigEventForwarder attach(FakeConfigApi api, ConfigEventPublisher publisher) {
    return attach(api, publisher::publish);
  }

  /** Forwards every later change of {@code api} to {@code sink}, one at a time, in commit order. */
  public static ConfigEventForwarder attach(FakeConfigApi api, Consumer<ConfigEvent> sink) {
    ConfigEventForwarder forwarder = new ConfigEventForwarder(sink);
    api.addListener(forwarder::accept);
    return forwarder;
  }

  /** The api-server message for {@code change}. */
  public static ConfigEvent toEvent(ConfigChange change) {
    Map<String, @Nullable Object> message = new LinkedHashMap<>();
    message.put("oper", change.oper());
    message.put("type", change.type());
    message.put("uuid", change.uuid());
    message.put("fq_name", change.fqName());
    change.objectJson().ifPresent(json -> message.put("obj_dict", VncJson.parseTree(json)));
    return ConfigEvent.fromJson(VncJson.writeTree(message));
  }

  private void accept(ConfigChange change) {
    if (thread.isShutdown()) {
      return;
    }
    ConfigEvent event = toEvent(change);
    thread.execute(() -> {
      try {
        sink.accept(event);
        forwarded.incrementAndGet();
      } catch (RuntimeException e) {
        failed.incrementAndGet();
        logger.warn("forwarding {} failed: {}", event, e.toString());
      }
    });
  }

  /** How many events the sink took. */
  public long forwarded() {
    return forwarded.get();
  }

  /** How many events the sink threw on (each is logged and dropped). */
  public long failed() {
    return failed.get();
  }

  /** Stops taking changes, hands the queued ones to the sink (for up to 10 s) and ends the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
