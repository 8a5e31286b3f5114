package dev.nestedcontrail.sdk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMainTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final BenchMain main = new BenchMain(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void run_withAnUnknownName_printsTheBenchmarksAndExits64() {
    assertThat(main.run(List.of("nope"))).isEqualTo(64);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: BenchMain <benchmark>",
        "cni-add", "vnc-get");
  }

  @Test
  void run_startupWithoutRealServers_namesTheVariablesAndExits64() {
    BenchMain withoutServers = new BenchMain(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        java.util.Map.of("SDK_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5673/"));

    assertThat(withoutServers.run(List.of("kube-manager-startup"))).isEqualTo(64);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("SDK_TEST_CASSANDRA_CONTACT",
        ".ci/cassandra-start.sh").doesNotContain("and SDK_TEST_RABBITMQ_URL");
  }

  @Test
  void run_withoutAName_exits64() {
    assertThat(main.run(List.of())).isEqualTo(64);
  }

  @Test
  void run_withOptionsABenchmarkDoesNotTake_exits64AndSaysWhy() {
    assertThat(main.run(List.of("vnc-get", "--pods", "5"))).isEqualTo(64);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("are not taken by this benchmark");
  }

  @Test
  void run_kubeManagerWithABadOption_exits64AndNamesIt() {
    assertThat(main.run(List.of("kube-manager", "--size", "5"))).isEqualTo(64);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--size: unknown option");
  }
}
