package dev.nestedcontrail.sdk.k8s.client.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on a caller's executor one at a time, in submission order. */
public final class SerialDispatcher {
  private static final Logger logger = LoggerFactory.getLogger(SerialDispatcher.class);

  private final Executor executor;
  private final Queue<Runnable> queue = new ArrayDeque<>();
  private @Nullable Runnable active;

  public SerialDispatcher(Executor executor) {
    this.executor = executor;
  }

  public synchronized void submit(Runnable task) {
    queue.add(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        logger.warn("informer callback failed; continuing with the next event", e);
      } finally {
        next();
      }
    });
    if (active == null) {
      next();
    }
  }

  private synchronized void next() {
    active = queue.poll();
    if (active != null) {
      executor.execute(active);
    }
  }
}
