package dev.nestedcontrail.sdk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one operation on N threads at once within {@link BenchLimits}: {@code warmup()} operations
 * (all threads together) unmeasured, then operations until {@code iterations()} are done or the
 * time cap (warm-up included) passes, and reports the operations per second of that window.
 */
public final class ThroughputRecorder {
  private static final Logger logger = LoggerFactory.getLogger(ThroughputRecorder.class);

  private final Ticker ticker;

  public ThroughputRecorder(Ticker ticker) {
    this.ticker = ticker;
  }

  /** One call of a case on worker {@code thread} (0-based); it throws when the call failed. */
  @FunctionalInterface
  public interface Operation {
    void run(int thread);
  }

  public ThroughputSummary measure(String name, int threads, BenchLimits limits,
      Operation operation) {
    long deadline = ticker.nanos() + limits.timeCap().toNanos();
    runPhase(threads, limits.warmup(), deadline, operation);
    long start = ticker.nanos();
    long ops = runPhase(threads, limits.iterations(), deadline, operation);
    Duration elapsed = Duration.ofNanos(ticker.nanos() - start);
    if (ops < limits.iterations()) {
      logger.info("{} x{}: time cap {} reached after {} of {} ops", name, threads,
          limits.timeCap(), ops, limits.iterations());
    }
    return ThroughputSummary.of(name, threads, ops, elapsed);
  }

  /** Runs up to {@code cap} operations on {@code threads} threads until {@code deadline}. */
  private long runPhase(int threads, long cap, long deadline, Operation operation) {
    AtomicLong claimed = new AtomicLong();
    AtomicLong done = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          go.await();
          while (ticker.nanos() < deadline && claimed.incrementAndGet() <= cap) {
            operation.run(thread);
            done.incrementAndGet();
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> worker : workers) {
        worker.get();
      }
      return done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark operation failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
