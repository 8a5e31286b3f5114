package dev.nestedcontrail.sdk.bench;

import dev.nestedcontrail.sdk.bench.cni.CniAddBenchmark;
import dev.nestedcontrail.sdk.bench.cni.CniAddReport;
import dev.nestedcontrail.sdk.bench.cni.CniAddSettings;
import dev.nestedcontrail.sdk.bench.kubemanager.KubeManagerBenchReport;
import dev.nestedcontrail.sdk.bench.kubemanager.KubeManagerBenchSettings;
import dev.nestedcontrail.sdk.bench.kubemanager.KubeManagerBenchmark;
import dev.nestedcontrail.sdk.bench.kubemanager.KubeManagerStartupBenchmark;
import dev.nestedcontrail.sdk.bench.kubemanager.KubeManagerStartupReport;
import dev.nestedcontrail.sdk.bench.linklocal.LinkLocalApplyBenchmark;
import dev.nestedcontrail.sdk.bench.linklocal.LinkLocalApplyReport;
import dev.nestedcontrail.sdk.bench.vnc.VncGetBenchmark;
import dev.nestedcontrail.sdk.bench.vnc.VncGetReport;
import dev.nestedcontrail.sdk.bench.vnc.VncGetSettings;
import dev.nestedcontrail.sdk.testkit.RealServerEnvironment;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code java -jar sdk-bench/target/contrail-bench.jar <benchmark>}: runs one benchmark by name in
 * a fresh temp folder, prints its figures and exits 0 when every goal was met, 2 when one was
 * missed, 64 for an unknown name or when the real servers a benchmark needs are not configured.
 */
public final class BenchMain {
  private final Map<String, Function<Path, Boolean>> benchmarks = Map.of(
      "cni-add", this::cniAdd,
      "kube-manager", this::kubeManager,
      "kube-manager-startup", this::kubeManagerStartup,
      "linklocal-apply", this::linkLocalApply,
      "vnc-get", this::vncGet);
  /** The real servers a benchmark needs, as the {@code .ci/} scripts export them. */
  private final Map<String, List<String>> requiredEnv = Map.of("kube-manager-startup",
      List.of(RealServerEnvironment.CASSANDRA_CONTACT, RealServerEnvironment.RABBITMQ_URL));
  private final PrintStream out;
  private final Map<String, String> env;

  BenchMain(PrintStream out) {
    this(out, System.getenv());
  }

  BenchMain(PrintStream out, Map<String, String> env) {
    this.out = out;
    this.env = env;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(new BenchMain(out).run(Arrays.asList(args)));
  }

  int run(List<String> args) {
    Function<Path, Boolean> benchmark = args.size() == 1 ? benchmarks.get(args.get(0)) : null;
    if (benchmark == null) {
      out.println("usage: BenchMain <benchmark>; benchmarks: " + benchmarks.keySet());
      return 64;
    }
    List<String> missing = requiredEnv.getOrDefault(args.get(0), List.of()).stream()
        .filter(v -> env.getOrDefault(v, "").isBlank()).toList();
    if (!missing.isEmpty()) {
      out.println(args.get(0) + " needs real servers: set " + String.join(" and ", missing)
          + " (start them with .ci/cassandra-start.sh and .ci/rabbitmq-start.sh; .ci/README.md"
          + " lists the values)");
      return 64;
    }
    Path work = createTempDir(args.get(0));
    try {
      return benchmark.apply(work) ? 0 : 2;
    } finally {
      deleteTree(work);
    }
  }

  private boolean cniAdd(Path work) {
    CniAddSettings settings = CniAddSettings.builder()
        .javaCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString())
        .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")))
        .build();
    CniAddReport report = new CniAddBenchmark(settings, Ticker.system()).run(work);
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean kubeManager(Path work) {
    KubeManagerBenchReport report = new KubeManagerBenchmark(
        KubeManagerBenchSettings.builder().build(), Ticker.system()).run();
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean kubeManagerStartup(Path work) {
    KubeManagerStartupReport report = new KubeManagerStartupBenchmark(
        KubeManagerBenchSettings.builder().nodes(2_500).pods(100).namespaces(4).build(),
        env.get(RealServerEnvironment.CASSANDRA_CONTACT),
        BrokerConfig.parse(env.get(RealServerEnvironment.RABBITMQ_URL)), Ticker.system()).run();
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean linkLocalApply(Path work) {
    LinkLocalApplyReport report = new LinkLocalApplyBenchmark(Ticker.system(),
        BenchLimits.of(10, 30, Duration.ofSeconds(120))).run();
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean vncGet(Path work) {
    List<VncGetReport> reports = new VncGetBenchmark(VncGetSettings.builder().build(),
        Ticker.system()).run();
    reports.forEach(r -> out.println(r.render()));
    return reports.stream().allMatch(VncGetReport::allGoalsMet);
  }

  private static Path createTempDir(String name) {
    try {
      return Files.createTempDirectory("contrail-bench-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temp folder", e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
