package dev.nestedcontrail.sdk.bench.kubemanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.bench.cni.CniAddSettings;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeManagerBenchmarkTest {
  private final KubeManagerBenchSettings defaults = KubeManagerBenchSettings.builder()
      .javaCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString())
      .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")))
      .build();

  @Test
  void run_small_convergesWithTheFakesInAChildJvm_andReportsCallsPerPodByKind() {
    KubeManagerBenchReport report = new KubeManagerBenchmark(KubeManagerBenchSettings.builder()
        .from(defaults).pods(60).namespaces(6).nodes(3).timeCap(Duration.ofSeconds(60)).build(),
        Ticker.system()).run();

    assertThat(report.converged()).isTrue();
    assertThat(report.eventErrors()).isZero();
    assertThat(report.restCallsByKind()).containsEntry("create virtual-machine", 60L)
        .containsEntry("create instance-ip", 60L)
        .containsEntry("create virtual-machine-interface", 60L)
        .containsEntry("ref-update", 60L)
        .containsEntry("create security-group", 6L)
        .containsEntry("create tag", 7L);
    assertThat(report.writesPerPod()).isEqualTo(4.0);
    assertThat(report.writesPerNamespace()).isEqualTo((6 + 7) / 6.0);
    assertThat(report.cpu()).hasValueSatisfying(cpu -> assertThat(cpu).isPositive());
    assertThat(report.peakHeapBytes()).isPositive();
    assertThat(report.liveHeapBytes()).isPositive();
    assertThat(report.fakesPeakHeapBytes()).isPositive();
    assertThat(report.render()).contains("converge", "pods per second", "event errors",
        "writes per pod", "per namespace", "CPU", "peak heap", "fakes JVM peak heap",
        "create virtual-machine", "Python anchor");
  }

  @Test
  void withArgs_setsTheSize_andDefaultsStay() {
    KubeManagerBenchSettings settings = defaults.withArgs(List.of("--pods", "2000", "--namespaces", "20"));

    assertThat(settings.pods()).isEqualTo(2000);
    assertThat(settings.namespaces()).isEqualTo(20);
    assertThat(settings.nodes()).isEqualTo(10);
    assertThat(defaults.pods()).isEqualTo(10_000);
    assertThat(defaults.namespaces()).isEqualTo(100);
  }

  @Test
  void withArgs_unknownOptionMissingNumberOrTooManyPodsPerNode_namesEachProblem() {
    assertThatThrownBy(() -> defaults.withArgs(List.of("--pods", "x", "--colour", "3")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("--pods: needs a number, got x")
        .hasMessageContaining("--colour: unknown option");
    assertThatThrownBy(() -> defaults.withArgs(List.of("--pods", "5000", "--nodes", "1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than 4094 VLANs per node");
  }
}
