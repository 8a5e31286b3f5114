package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.ContrailServiceException;
import dev.nestedcontrail.sdk.core.internal.JsonTrees;
import dev.nestedcontrail.sdk.k8s.client.InformerListener;
import dev.nestedcontrail.sdk.k8s.client.KubernetesObject;
import dev.nestedcontrail.sdk.k8s.client.ResourceType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of an informer: on its own thread it lists, then watches from the list's resource
 * version with bookmarks, resumes from the last version after a dropped stream, re-lists after 410
 * Gone and reports the differences, and waits the configured backoff between failed attempts. Callbacks go
 * through a {@link SerialDispatcher} on the caller's executor.
 */
public final class InformerLoop {
  private static final Logger logger = LoggerFactory.getLogger(InformerLoop.class);

  private enum End { GONE, ENDED_WITH_EVENTS, ENDED_EMPTY }

  private final ApiHttp http;
  private final ResourceType type;
  private final String path;
  private final Map<String, String> selector;
  private final SerialDispatcher dispatcher;
  private final InformerListener listener;
  private final WatchOptions options;
  private final Map<String, KubernetesObject> cache = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread thread;
  private volatile @Nullable Runnable cancelWatch;
  private volatile String resourceVersion = "";

  public InformerLoop(ApiHttp http, ResourceType type, String namespace, String labelSelector,
      SerialDispatcher dispatcher, InformerListener listener, WatchOptions options) {
    this.http = http;
    this.type = type;
    this.path = type.collectionPath(namespace);
    this.selector = labelSelector.isEmpty() ? Map.of() : Map.of("labelSelector", labelSelector);
    this.dispatcher = dispatcher;
    this.listener = listener;
    this.options = options;
    this.thread = new Thread(this::run, "k8s-informer-" + type.plural());
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  public CompletableFuture<Void> started() {
    return started;
  }

  public Optional<KubernetesObject> cached(String namespace, String name) {
    return Optional.ofNullable(cache.get(ObjectCodec.key(namespace, name)));
  }

  public List<KubernetesObject> snapshot() {
    return List.copyOf(cache.values());
  }

  public String resourceVersion() {
    return resourceVersion;
  }

  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    closed.countDown();
    started.completeExceptionally(
        new ContrailClientException("informer of " + path + " closed before its initial list"));
    Runnable cancel = cancelWatch;
    if (cancel != null) {
      cancel.run();
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean isClosed() {
    return closed.getCount() == 0;
  }

  private void run() {
    boolean needList = true;
    int failures = 0;
    while (!isClosed()) {
      try {
        if (needList) {
          relist();
          needList = false;
        }
        End end = watchOnce();
        if (end == End.GONE) {
          logger.debug("watch of {} expired at resourceVersion {}; re-listing", path,
              resourceVersion);
          needList = true;
          failures = 0;
          continue;
        }
        failures = end == End.ENDED_WITH_EVENTS ? 0 : failures + 1;
      } catch (ContrailServiceException e) {
        if (!started.isDone() && e.statusCode() < 500 && e.statusCode() != 429) {
          dispatcher.submit(() -> started.completeExceptionally(e));
          return;
        }
        failures++;
        logger.warn("{} of {} failed (attempt {}): {}", needList ? "list" : "watch", path,
            failures, e.getMessage());
      } catch (RuntimeException | IOException e) {
        if (isClosed()) {
          return;
        }
        failures++;
        logger.warn("{} of {} failed (attempt {}): {}", needList ? "list" : "watch", path,
            failures, e.getMessage());
      }
      if (failures > 0 && pause(options.backoff().delay(failures))) {
        return;
      }
    }
  }

  /** Waits; true when the informer was closed meanwhile. */
  private boolean pause(Duration delay) {
    try {
      return closed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private void relist() {
    Map<String, Object> list =
        JsonTrees.parseObject(http.send("GET", http.url(path, selector), null, ApiHttp.JSON));
    Map<String, KubernetesObject> fresh = new LinkedHashMap<>();
    for (KubernetesObject object : ObjectCodec.items(list, type)) {
      fresh.put(ObjectCodec.key(object), object);
    }
    for (Map.Entry<String, KubernetesObject> e : fresh.entrySet()) {
      KubernetesObject old = cache.put(e.getKey(), e.getValue());
      KubernetesObject now = e.getValue();
      if (old == null) {
        dispatcher.submit(() -> listener.onAdd(now));
      } else if (!old.resourceVersion().equals(now.resourceVersion())) {
        dispatcher.submit(() -> listener.onUpdate(old, now));
      }
    }
    for (String key : new ArrayList<>(cache.keySet())) {
      if (!fresh.containsKey(key)) {
        KubernetesObject gone = cache.remove(key);
        dispatcher.submit(() -> listener.onDelete(gone));
      }
    }
    resourceVersion = ObjectCodec.resourceVersion(list);
    logger.debug("listed {}: {} objects at resourceVersion {}", path, fresh.size(),
        resourceVersion);
    if (!started.isDone()) {
      dispatcher.submit(() -> started.complete(null));
    }
  }

  private End watchOnce() throws IOException {
    Map<String, String> query = new LinkedHashMap<>(selector);
    query.put("watch", "true");
    query.put("resourceVersion", resourceVersion);
    query.put("allowWatchBookmarks", "true");
    query.put("timeoutSeconds", String.valueOf(options.timeout().toSeconds()));
    HttpUrl url = http.url(path, query);
    boolean events = false;
    try {
      Optional<WatchStream> opened = http.openWatch(url, options.webSocket(), cancel -> {
        cancelWatch = cancel;
        if (isClosed()) {
          cancel.run();
        }
      });
      if (opened.isEmpty()) {
        return End.GONE;
      }
      try (WatchStream stream = opened.get()) {
        String line;
        while (!isClosed() && (line = stream.next()) != null) {
          if (!handle(JsonTrees.parseObject(line), url)) {
            return End.GONE;
          }
          events = true;
        }
      }
    } finally {
      cancelWatch = null;
    }
    return events ? End.ENDED_WITH_EVENTS : End.ENDED_EMPTY;
  }

  /** Applies one watch event; false when the server says the version is gone. */
  private boolean handle(Map<String, Object> event, HttpUrl url) {
    String eventType = String.valueOf(event.get("type"));
    Object raw = event.get("object");
    Map<?, ?> content = raw instanceof Map ? (Map<?, ?>) raw : Map.of();
    if ("ERROR".equals(eventType)) {
      Object code = content.get("code");
      int status = code instanceof Number ? ((Number) code).intValue() : 500;
      if (status == 410) {
        return false;
      }
      Object message = content.get("message");
      throw ContrailServiceException.of("GET " + ApiHttp.pathAndQuery(url), status,
          http.endpoint(), "watch", message == null ? "" : String.valueOf(message));
    }
    String version = ObjectCodec.resourceVersion(content);
    if ("BOOKMARK".equals(eventType)) {
      resourceVersion = version;
      return true;
    }
    KubernetesObject object = ObjectCodec.object(content, type);
    String key = ObjectCodec.key(object);
    if ("ADDED".equals(eventType) || "MODIFIED".equals(eventType)) {
      KubernetesObject old = cache.put(key, object);
      dispatcher.submit(old == null
          ? () -> listener.onAdd(object) : () -> listener.onUpdate(old, object));
    } else if ("DELETED".equals(eventType)) {
      cache.remove(key);
      dispatcher.submit(() -> listener.onDelete(object));
    } else {
      logger.debug("ignoring watch event type {} on {}", eventType, path);
    }
    if (!version.isEmpty()) {
      resourceVersion = version;
    }
    return true;
  }
}
