package dev.nestedcontrail.sdk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThroughputRecorderTest {
  private final AtomicLong now = new AtomicLong();
  private final ThroughputRecorder recorder = new ThroughputRecorder(now::get);
  private final AtomicInteger calls = new AtomicInteger();
  private final Set<Integer> threadsSeen = ConcurrentHashMap.newKeySet();

  private void call(int thread, long advanceMillis) {
    calls.incrementAndGet();
    threadsSeen.add(thread);
    now.addAndGet(Duration.ofMillis(advanceMillis).toNanos());
  }

  @Test
  void measure_countsOnlyTheOpsAfterTheWarmup_andDividesByTheMeasuredWindow() {
    ThroughputSummary s = recorder.measure("x", 1, BenchLimits.of(3, 10, Duration.ofSeconds(60)),
        t -> call(t, 100));

    assertThat(calls.get()).isEqualTo(13);
    assertThat(s.ops()).isEqualTo(10);
    assertThat(s.elapsed()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.opsPerSecond()).isEqualTo(10.0);
  }

  @Test
  void measure_onSeveralThreads_stopsAtTheOpCapAcrossThem() {
    ThroughputSummary s = recorder.measure("x", 4, BenchLimits.of(0, 50, Duration.ofSeconds(60)),
        t -> call(t, 0));

    assertThat(s.ops()).isEqualTo(50);
    assertThat(calls.get()).isEqualTo(50);
    assertThat(s.threads()).isEqualTo(4);
    assertThat(threadsSeen).isSubsetOf(0, 1, 2, 3);
  }

  @Test
  void measure_whenTheTimeCapPasses_stopsEarly() {
    ThroughputSummary s = recorder.measure("x", 1, BenchLimits.of(2, 100, Duration.ofMillis(500)),
        t -> call(t, 100));

    assertThat(calls.get()).isEqualTo(5);
    assertThat(s.ops()).isEqualTo(3);
  }

  @Test
  void measure_whenAnOperationFails_throwsItsCause() {
    assertThatThrownBy(() -> recorder.measure("x", 2, BenchLimits.of(0, 5, Duration.ofSeconds(60)),
        t -> {
          throw new IllegalArgumentException("boom");
        }))
        .isInstanceOf(IllegalStateException.class).hasRootCauseMessage("boom");
  }
}
