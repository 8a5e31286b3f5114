package dev.nestedcontrail.sdk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
  private final AtomicLong now = new AtomicLong();
  private final LatencyRecorder recorder = new LatencyRecorder(now::get);
  private final List<Integer> calls = new ArrayList<>();

  private Duration call(int call, long advanceMillis) {
    calls.add(call);
    now.addAndGet(Duration.ofMillis(advanceMillis).toNanos());
    return Duration.ofMillis(call);
  }

  @Test
  void measure_recordsOnlyTheCallsAfterTheWarmup() {
    LatencySummary s = recorder.measure("x", BenchLimits.of(2, 5, Duration.ofSeconds(10)),
        Optional.empty(), c -> call(c, 1));

    assertThat(calls).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(s.ops()).isEqualTo(5);
    assertThat(s.max()).isEqualTo(Duration.ofMillis(6));
  }

  @Test
  void measure_whenTheTimeCapPasses_stopsEarlyButMeasuresAtLeastOnce() {
    LatencySummary s = recorder.measure("x", BenchLimits.of(3, 100, Duration.ofMillis(250)),
        Optional.empty(), c -> call(c, 100));

    assertThat(calls).containsExactly(0, 1, 2, 3);
    assertThat(s.ops()).isEqualTo(1);
  }
}
