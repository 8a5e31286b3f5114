package dev.nestedcontrail.sdk.bench.cni;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke-runs the CNI ADD benchmark with a handful of calls; it asserts what ran, never timings. */
class CniAddBenchmarkTest {
  @TempDir Path work;

  @Test
  void run_withTinyLimits_measuresEveryCaseThroughItsRealPath() {
    CniAddSettings settings = CniAddSettings.builder()
        .fastLimits(BenchLimits.of(1, 3, Duration.ofSeconds(60)))
        .jvmLimits(BenchLimits.of(0, 1, Duration.ofSeconds(60)))
        .lateLimits(BenchLimits.of(0, 2, Duration.ofSeconds(60)))
        .lateDelay(Duration.ofMillis(100))
        .javaCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString())
        .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")))
        .build();

    CniAddReport report = new CniAddBenchmark(settings, Ticker.system()).run(work);

    assertThat(report.rows()).extracting(LatencySummary::ops).startsWith(3, 3, 3).endsWith(1, 2)
        .hasSize(5 + report.otherTransports().size());
    assertThat(report.otherTransports()).extracting(LatencySummary::ops).containsOnly(3);
    assertThat(report.daemon().goal()).contains(Duration.ofMillis(20));
    assertThat(report.lateConfig().goal()).contains(Duration.ofMillis(100));
    assertThat(report.render())
        .contains("in-process CniPlugin.execute", "daemon via shim (sh+",
            "daemon via shim, VERSION only", "JVM per call via shim", "late config: daemon ADD done - T", "JVM per call / daemon",
            "Go anchor, poll-timeout 5 s: completes at 5000.00 ms",
            "Go anchor, poll-timeout 3 s: completes at 3000.00 ms");
  }

  @Test
  void anchorCompletion_roundsTheDelayUpToThePollInterval() {
    Duration five = Duration.ofSeconds(5);
    assertThat(CniAddReport.anchorCompletion(Duration.ofSeconds(1), five)).isEqualTo(five);
    assertThat(CniAddReport.anchorCompletion(Duration.ofSeconds(5), five)).isEqualTo(five);
    assertThat(CniAddReport.anchorCompletion(Duration.ofMillis(5001), five))
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(CniAddReport.anchorCompletion(Duration.ZERO, five)).isEqualTo(Duration.ZERO);
  }
}
