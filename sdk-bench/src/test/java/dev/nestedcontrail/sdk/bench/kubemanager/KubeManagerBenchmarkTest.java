package dev.nestedcontrail.sdk.bench.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.bench.Ticker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KubeManagerBenchmarkTest {

  @Test
  void run_small_convergesAndReportsCallsPerPodByKind() {
    KubeManagerBenchReport report = new KubeManagerBenchmark(KubeManagerBenchSettings.builder()
        .pods(60).namespaces(6).nodes(3).timeCap(Duration.ofSeconds(60)).build(),
        Ticker.system()).run();

    assertThat(report.converged()).isTrue();
    assertThat(report.restCallsByKind()).containsEntry("create virtual-machine", 60L)
        .containsEntry("create instance-ip", 60L)
        .containsEntry("create virtual-machine-interface", 60L)
        .containsEntry("create security-group", 6L);
    assertThat(report.peakHeapBytes()).isPositive();
    assertThat(report.render()).contains("converge", "writes per pod", "peak heap",
        "create virtual-machine", "Python anchor");
  }
}
