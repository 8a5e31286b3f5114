package dev.nestedcontrail.sdk.bench.vnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.bench.ThroughputSummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke-runs the GET-by-uuid benchmark with a handful of calls; it asserts what ran, never timings. */
class VncGetBenchmarkTest {
  @Test
  void run_withTinyLimits_measuresEveryCaseAtEveryThreadCount() {
    VncGetSettings settings = VncGetSettings.builder().networks(5).threads(List.of(1, 3))
        .limits(BenchLimits.of(2, 6, Duration.ofSeconds(60)))
        .warmupRound(BenchLimits.of(0, 3, Duration.ofSeconds(60)))
        .serverLatencies(List.of(Duration.ZERO, Duration.ofMillis(1))).build();

    List<VncGetReport> reports = new VncGetBenchmark(settings, Ticker.system()).run();

    assertThat(reports).extracting(VncGetReport::serverLatency)
        .containsExactly(Duration.ZERO, Duration.ofMillis(1));
    VncGetReport report = reports.get(1);

    assertThat(report.rows()).extracting(ThroughputSummary::name, ThroughputSummary::threads)
        .containsExactly(
            tuple(VncGetBenchmark.TYPED, 1),
            tuple(VncGetBenchmark.RAW, 1),
            tuple(VncGetBenchmark.BASELINE, 1),
            tuple(VncGetBenchmark.TYPED, 3),
            tuple(VncGetBenchmark.RAW, 3),
            tuple(VncGetBenchmark.BASELINE, 3));
    assertThat(report.rows()).extracting(ThroughputSummary::ops).containsOnly(6L);
    assertThat(report.networks()).isEqualTo(5);
    assertThat(report.goalThreads()).isEqualTo(3);
    assertThat(report.render()).contains("typed VncClient read(uuid)", "raw OkHttp GET",
        "synchronized 1-conn (java-api)", "3 thread(s): typed/raw", "server latency 1 ms",
        "typed >= 0.8x raw OkHttp", "typed >= 3.0x synchronized baseline");
  }

  @Test
  void allGoalsMet_judgesTheRatiosAtTheLargestThreadCount() {
    Duration second = Duration.ofSeconds(1);
    VncGetReport.Builder report = VncGetReport.builder().networks(1).serverIoThreads(1)
        .serverLatency(Duration.ZERO)
        .rawGoal(0.8).baselineGoal(3).addRows(
            ThroughputSummary.of(VncGetBenchmark.TYPED, 1, 10, second),
            ThroughputSummary.of(VncGetBenchmark.RAW, 1, 100, second),
            ThroughputSummary.of(VncGetBenchmark.BASELINE, 1, 100, second),
            ThroughputSummary.of(VncGetBenchmark.TYPED, 8, 90, second),
            ThroughputSummary.of(VncGetBenchmark.RAW, 8, 100, second));

    assertThat(report.addRows(ThroughputSummary.of(VncGetBenchmark.BASELINE, 8, 30, second))
        .build().allGoalsMet()).isTrue();
    VncGetReport slowerBaselineMissed = VncGetReport.builder().from(report.build())
        .rows(report.build().rows().subList(0, 5))
        .addRows(ThroughputSummary.of(VncGetBenchmark.BASELINE, 8, 31, second)).build();
    assertThat(slowerBaselineMissed.allGoalsMet()).isFalse();
    assertThat(slowerBaselineMissed.render()).contains("FAIL");
  }
}
