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
import dev.nestedcontrail.sdk.core.ValidationException;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code java -jar sdk-bench/target/contrail-bench.jar <benchmark> [options]}: runs one benchmark
 * by name in a fresh temp folder, prints its figures and exits 0 when every goal was met, 2 when
 * one was missed, 64 for an unknown name, bad options, or when the real servers a benchmark needs
 * are not configured. Only {@code kube-manager} takes options ({@link KubeManagerBenchSettings#USAGE}).
 */
public final class BenchMain {
  private final Map<String, BiFunction<Path, List<String>, Boolean>> benchmarks = Map.of(
      "cni-add", withoutOptions(this::cniAdd),
      "kube-manager", this::kubeManager,
      "kube-manager-startup", withoutOptions(this::kubeManagerStartup),
      "linklocal-apply", withoutOptions(this::linkLocalApply),
      "vnc-get", withoutOptions(this::vncGet));
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
    BiFunction<Path, List<String>, Boolean> benchmark = args.isEmpty() ? null : benchmarks.get(args.get(0));
    if (benchmark == null) {
      out.println("usage: BenchMain <benchmark> [options]; benchmarks: " + benchmarks.keySet()
          + "; options of kube-manager: " + KubeManagerBenchSettings.USAGE);
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
      return benchmark.apply(work, args.subList(1, args.size())) ? 0 : 2;
    } catch (ValidationException e) {
      out.println(e.getMessage());
      return 64;
    } finally {
      deleteTree(work);
    }
  }

  private static BiFunction<Path, List<String>, Boolean> withoutOptions(Function<Path, Boolean> benchmark) {
    return (work, options) -> {
      if (!options.isEmpty()) {
        throw ValidationException.of("benchmark options", "options: " + options + " are not taken by this benchmark");
      }
      return benchmark.apply(work);
    };
  }

  private boolean cniAdd(Path work) {
    CniAddSettings settings = CniAddSettings.builder()
        .javaCommand(javaCommand())
        .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")))
        .build();
    CniAddReport report = new CniAddBenchmark(settings, Ticker.system()).run(work);
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean kubeManager(Path work, List<String> options) {
    KubeManagerBenchSettings settings = kubeManagerSettings().build().withArgs(options);
    KubeManagerBenchReport report = new KubeManagerBenchmark(settings, Ticker.system()).run();
    out.println(report.render());
    return report.allGoalsMet();
  }

  private boolean kubeManagerStartup(Path work) {
    KubeManagerStartupReport report = new KubeManagerStartupBenchmark(
        kubeManagerSettings().nodes(2_500).pods(100).namespaces(4).build(),
        env.get(RealServerEnvironment.CASSANDRA_CONTACT),
        BrokerConfig.parse(env.get(RealServerEnvironment.RABBITMQ_URL)), Ticker.system()).run();
    out.println(report.render());
    return report.allGoalsMet();
  }

  /** kube-manager settings whose fakes' JVM runs this JVM's java and classpath. */
  private static KubeManagerBenchSettings.Builder kubeManagerSettings() {
    return KubeManagerBenchSettings.builder().javaCommand(javaCommand())
        .classpath(CniAddSettings.classpathOf(System.getProperty("java.class.path")));
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

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
