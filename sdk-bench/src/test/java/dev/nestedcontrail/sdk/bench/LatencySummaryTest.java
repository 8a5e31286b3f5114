package dev.nestedcontrail.sdk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {
  private static List<Duration> millis(int from, int to) {
    List<Duration> samples = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      samples.add(Duration.ofMillis(i));
    }
    Collections.shuffle(samples, new java.util.Random(7));
    return samples;
  }

  @Test
  void of_unsortedSamples_takesNearestRankPercentilesAndMax() {
    LatencySummary s = LatencySummary.of("x", millis(1, 200), Optional.empty());

    assertThat(s.ops()).isEqualTo(200);
    assertThat(s.p50()).isEqualTo(Duration.ofMillis(100));
    assertThat(s.p99()).isEqualTo(Duration.ofMillis(198));
    assertThat(s.max()).isEqualTo(Duration.ofMillis(200));
    assertThat(s.passed()).isEmpty();
  }

  @Test
  void passed_comparesTheP99WithTheGoal() {
    assertThat(LatencySummary.of("a", millis(1, 100), Optional.of(Duration.ofMillis(99))).passed())
        .contains(true);
    assertThat(LatencySummary.of("b", millis(1, 100), Optional.of(Duration.ofMillis(98))).passed())
        .contains(false);
  }

  @Test
  void of_oneSample_usesItForEveryFigure() {
    LatencySummary s = LatencySummary.of("one", List.of(Duration.ofMillis(3)), Optional.empty());

    assertThat(List.of(s.p50(), s.p99(), s.max())).containsOnly(Duration.ofMillis(3));
  }

  @Test
  void table_showsGoalAndVerdictPerRow() {
    String table = LatencyTable.render(List.of(
        LatencySummary.of("fast", millis(1, 10), Optional.of(Duration.ofMillis(20))),
        LatencySummary.of("slow", millis(30, 40), Optional.of(Duration.ofMillis(20))),
        LatencySummary.of("floor", millis(1, 2), Optional.empty())));

    assertThat(table.lines()).hasSize(4);
    assertThat(table.lines().skip(1)).satisfiesExactly(
        l -> assertThat(l).startsWith("fast").contains("10.00", "20.00").endsWith("pass"),
        l -> assertThat(l).startsWith("slow").endsWith("FAIL"),
        l -> assertThat(l).startsWith("floor").endsWith("-"));
  }

  @Test
  void limits_whenSeveralValuesAreBad_reportsThemAll() {
    assertThatThrownBy(() -> BenchLimits.of(-1, 0, Duration.ZERO))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("warmup: -1").hasMessageContaining("iterations: 0")
        .hasMessageContaining("timeCap: PT0S");
  }
}
