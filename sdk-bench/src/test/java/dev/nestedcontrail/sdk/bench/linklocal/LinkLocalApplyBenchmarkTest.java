package dev.nestedcontrail.sdk.bench.linklocal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.bench.Ticker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkLocalApplyBenchmarkTest {

  @Test
  void run_withOneCallPerCase_appliesInOneWriteAndReappliesInNone() {
    LinkLocalApplyReport report = new LinkLocalApplyBenchmark(Ticker.system(),
        BenchLimits.of(0, 1, Duration.ofSeconds(60))).run();

    assertThat(report.entries()).isEqualTo(1009);
    assertThat(report.applyWrites()).containsExactly(1L, 1L);
    assertThat(report.reapplyWrites()).containsExactly(0L);
    assertThat(report.applyRequests()).isGreaterThan(50);
    assertThat(report.render()).contains("plan (topology -> 1,009 entries)", "apply, 1 PUT, service-IP check",
        "apply, 1 PUT, no IP check", "re-apply, no change", "1009 runs", ">= 5045 s",
        "REST writes per apply: 1 in each of 2 calls", "per re-apply: 0 in each of 1 calls");
  }
}
