package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a bounded pool of workers: tasks with different keys run concurrently, tasks with
 * the same key run one at a time in submission order. A failing task is counted and handed to the
 * error sink; the key's next task still runs.
 */
public final class KeyedDispatcher implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(KeyedDispatcher.class);

  private final ExecutorService workers;
  private final Clock clock;
  private final Metrics metrics;
  private final Consumer<RuntimeException> errors;
  private final Map<String, ArrayDeque<Queued>> queues = new HashMap<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final Object idle = new Object();

  public KeyedDispatcher(int workerCount, String threadPrefix, Clock clock, Metrics metrics,
      Consumer<RuntimeException> errors) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(workerCount, r -> {
      Thread t = new Thread(r, threadPrefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.clock = clock;
    this.metrics = metrics;
    this.errors = errors;
  }

  public void submit(String key, Runnable task) {
    Queued queued = new Queued(task, clock.millis());
    pending.incrementAndGet();
    boolean start;
    synchronized (queues) {
      ArrayDeque<Queued> queue = queues.get(key);
      start = queue == null;
      if (start) {
        queue = new ArrayDeque<>();
        queues.put(key, queue);
      }
      queue.add(queued);
    }
    if (start) {
      try {
        workers.execute(() -> drain(key));
      } catch (RejectedExecutionException e) {
        logger.debug("dispatcher closed, dropping tasks of {}", key);
        synchronized (queues) {
          pending.addAndGet(-queues.remove(key).size());
        }
      }
    }
  }

  /** Tasks submitted and not finished. */
  public int pending() {
    return pending.get();
  }

  private void drain(String key) {
    while (true) {
      Queued next;
      synchronized (queues) {
        ArrayDeque<Queued> queue = queues.get(key);
        next = queue.peek();
      }
      metrics.queueLag(Duration.ofMillis(Math.max(0, clock.millis() - next.enqueuedMillis)));
      try {
        next.task.run();
        metrics.eventProcessed();
      } catch (RuntimeException e) {
        metrics.eventFailed();
        errors.accept(e);
      } finally {
        if (pending.decrementAndGet() == 0) {
          synchronized (idle) {
            idle.notifyAll();
          }
        }
      }
      synchronized (queues) {
        ArrayDeque<Queued> queue = queues.get(key);
        queue.poll();
        if (queue.isEmpty()) {
          queues.remove(key);
          return;
        }
      }
    }
  }

  /** Waits until every submitted task has run, or the timeout passes; true when idle. */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (pending.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class Queued {
    final Runnable task;
    final long enqueuedMillis;

    Queued(Runnable task, long enqueuedMillis) {
      this.task = task;
      this.enqueuedMillis = enqueuedMillis;
    }
  }
}
