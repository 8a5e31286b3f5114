package dev.nestedcontrail.sdk.k8s.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.k8s.kubemanager.internal.KeyedDispatcher;
import dev.nestedcontrail.sdk.k8s.kubemanager.internal.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedDispatcherTest {
  private final Metrics metrics = new Metrics();
  private final List<RuntimeException> errors = Collections.synchronizedList(new ArrayList<>());

  @Test
  void submit_sameKey_runsInOrderOneAtATime() {
    Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlap = new AtomicInteger();
    try (KeyedDispatcher dispatcher = dispatcher(4)) {
      for (int i = 0; i < 500; i++) {
        int n = i;
        String key = "k" + (i % 5);
        dispatcher.submit(key, () -> {
          if (key.equals("k0") && running.incrementAndGet() > 1) {
            overlap.incrementAndGet();
          }
          seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(n);
          if (key.equals("k0")) {
            running.decrementAndGet();
          }
        });
      }
      assertThat(dispatcher.awaitIdle(Duration.ofSeconds(10))).isTrue();
    }
    assertThat(overlap).hasValue(0);
    assertThat(seen).hasSize(5);
    seen.values().forEach(list -> assertThat(list).hasSize(100).isSorted());
    assertThat(metrics.snapshot(0).eventsProcessed()).isEqualTo(500);
  }

  @Test
  void submit_differentKeys_runConcurrently() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    try (KeyedDispatcher dispatcher = dispatcher(2)) {
      for (String key : List.of("a", "b")) {
        dispatcher.submit(key, () -> {
          both.countDown();
          await(release);
        });
      }
      assertThat(both.await(5, TimeUnit.SECONDS)).as("both keys started together").isTrue();
      release.countDown();
      assertThat(dispatcher.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void submit_failingTask_isCountedAndTheNextTaskOfTheKeyRuns() {
    AtomicInteger after = new AtomicInteger();
    try (KeyedDispatcher dispatcher = dispatcher(1)) {
      dispatcher.submit("k", () -> {
        throw new IllegalStateException("boom");
      });
      dispatcher.submit("k", after::incrementAndGet);
      assertThat(dispatcher.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(after).hasValue(1);
    assertThat(errors).extracting(Throwable::getMessage).containsExactly("boom");
    assertThat(metrics.snapshot(0).eventErrors()).isEqualTo(1);
  }

  private KeyedDispatcher dispatcher(int workers) {
    return new KeyedDispatcher(workers, "test", Clock.systemUTC(), metrics, errors::add);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
