package dev.nestedcontrail.sdk.testkit.internal.kube;

import dev.nestedcontrail.sdk.testkit.DelayScheduler;
import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import dev.nestedcontrail.sdk.testkit.ResponseStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Watch streams: newline-delimited JSON events. Without a resourceVersion (or with {@code 0}) the
 * stream starts with ADDED events of the current objects; with one, it replays the history after it,
 * or sends an ERROR event with a 410 Expired Status when the history no longer reaches back. An
 * object that stops (starts) matching the selectors is sent as DELETED (ADDED). With
 * {@code allowWatchBookmarks} a BOOKMARK follows the initial events when {@code sendInitialEvents}
 * asks for it, comes on {@link #sendBookmarks()} and precedes the close at {@code timeoutSeconds}.
 *
 * <p>Events are handed, under the store's lock, to one sender thread that writes every stream, so
 * each stream gets them in resourceVersion order whichever thread made the change.
 */
public final class KubeWatches implements AutoCloseable {
  private final KubeStore store;
  private final DelayScheduler timers;
  private final Map<ResponseStream, Boolean> open = new ConcurrentHashMap<>();
  private final Map<ResponseStream, KubeResource> resources = new ConcurrentHashMap<>();
  private final AtomicInteger expireNext = new AtomicInteger();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fake-kubernetes-watch");
    t.setDaemon(true);
    return t;
  });

  public KubeWatches(KubeStore store, DelayScheduler timers) {
    this.store = store;
    this.timers = timers;
  }

  FakeResponse open(FakeRequest request, KubeResource resource, Optional<String> namespace,
      Predicate<Map<String, Object>> filter) {
    Optional<String> version = request.queryParameter("resourceVersion").filter(v -> !v.isEmpty() && !v.equals("0"));
    boolean initial = KubeApi.isTrue(request, "sendInitialEvents") || version.isEmpty();
    long since = version.isPresent() && !KubeApi.isTrue(request, "sendInitialEvents")
        ? KubeApi.parseVersion(version.get()) : -1;
    boolean bookmarks = KubeApi.isTrue(request, "allowWatchBookmarks");
    Optional<Duration> timeout = request.queryParameter("timeoutSeconds").map(KubeApi::parseVersion)
        .filter(s -> s > 0).map(Duration::ofSeconds);
    Predicate<Map<String, Object>> scoped = o -> namespace.map(ns -> ns.equals(KubeStore.namespaceOf(o))).orElse(true)
        && filter.test(o);
    return FakeResponse.stream(200, FakeResponse.JSON, stream -> {
      if (expireNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        fail(stream, store.expired(Math.max(since, 0)));
        return;
      }
      Runnable unsubscribe;
      synchronized (store) {
        try {
          unsubscribe = store.subscribe(resource, since, e -> deliver(stream, e, scoped));
        } catch (KubeApiException e) {
          fail(stream, e);
          return;
        }
        if (bookmarks) {
          open.put(stream, true);
          if (initial && KubeApi.isTrue(request, "sendInitialEvents")) {
            send(stream, bookmark(resource, true));
          }
        } else {
          open.put(stream, false);
        }
        resources.put(stream, resource);
      }
      stream.onClose(() -> {
        unsubscribe.run();
        open.remove(stream);
        resources.remove(stream);
      });
      timeout.ifPresent(t -> timers.schedule(t, () -> {
        if (Boolean.TRUE.equals(open.get(stream))) {
          synchronized (store) {
            send(stream, bookmark(resource, false));
          }
        }
        end(stream);
      }));
    });
  }

  private void deliver(ResponseStream stream, KubeEvent event, Predicate<Map<String, Object>> filter) {
    boolean now = filter.test(event.object());
    boolean before = event.previous().map(filter::test).orElse(false);
    String type = event.type();
    if (type.equals("MODIFIED") && now != before) {
      type = now ? "ADDED" : "DELETED";
    } else if (!now && !(type.equals("DELETED") && before)) {
      return;
    }
    send(stream, Map.of("type", type, "object", event.object()));
  }

  private void fail(ResponseStream stream, KubeApiException e) {
    send(stream, Map.of("type", "ERROR", "object", e.status()));
    end(stream);
  }

  private void send(ResponseStream stream, Map<String, Object> event) {
    submit(() -> stream.sendJsonLine(event));
  }

  private void end(ResponseStream stream) {
    submit(stream::close);
  }

  private void submit(Runnable task) {
    try {
      sender.execute(task);
    } catch (RejectedExecutionException e) {
      // the fake is closing; its connections close with it
    }
  }

  private Map<String, Object> bookmark(KubeResource resource, boolean initialEnd) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("resourceVersion", Long.toString(store.resourceVersion()));
    if (initialEnd) {
      metadata.put("annotations", Map.of("k8s.io/initial-events-end", "true"));
    }
    return Map.of("type", "BOOKMARK", "object", Map.of("kind", resource.kind(), "apiVersion",
        resource.apiVersion(), "metadata", metadata));
  }

  /** Sends a BOOKMARK with the current resourceVersion to every watch that allows bookmarks. */
  public void sendBookmarks() {
    synchronized (store) {
      open.forEach((stream, allowed) -> {
        if (allowed) {
          send(stream, bookmark(resources.get(stream), false));
        }
      });
    }
  }

  /** Ends every open watch, as a restarting API server or a broken connection would. */
  public void dropAll() {
    synchronized (store) {
      List.copyOf(open.keySet()).forEach(this::end);
    }
  }

  /** Makes the next {@code count} watches end at once with an ERROR event carrying a 410 Expired Status. */
  public void expireNext(int count) {
    expireNext.addAndGet(count);
  }

  /** How many watches are open. */
  public int openCount() {
    return open.size();
  }

  /** Stops the sender thread; unsent events are dropped (the server closes the connections). */
  @Override
  public void close() {
    sender.shutdownNow();
  }
}
