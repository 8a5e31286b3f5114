package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.bench.LatencyRecorder;
import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import dev.nestedcontrail.sdk.cni.install.ShimTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CNI ADD latency with an agent that answers at once: (a) through the daemon, called by the shim
 * with {@code sh} and the first {@link ShimTransport} installed here on its Unix socket, and
 * with each other installed transport alone, (b) through a JVM started per call by the shim, (c)
 * in-process {@link CniPlugin#execute} as the floor, a VERSION call through the daemon shim as
 * the cost of starting the shim's processes alone; and (d) the ready-latency (ADD completion −
 * T) when the agent learns the pod T after the ADD started, through the daemon.
 * Every case uses a {@link RecordingDataPlane}, so no root is needed.
 */
public final class CniAddBenchmark {
  private static final Logger logger = LoggerFactory.getLogger(CniAddBenchmark.class);

  private final CniAddSettings settings;
  private final Ticker ticker;
  private final LatencyRecorder recorder;

  public CniAddBenchmark(CniAddSettings settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
    this.recorder = new LatencyRecorder(ticker);
  }

  /** Runs every case with its files (config dir, socket, shims, launcher jar) under {@code workDir}. */
  public CniAddReport run(Path workDir) {
    RecordingDataPlane dataPlane = new RecordingDataPlane().addHostInterface(CniScenario.PARENT);
    PluginLauncher launcher = new PluginLauncher(workDir, settings.javaCommand(),
        settings.classpath());
    Path socket = workDir.resolve("run/cni.sock");
    List<ShimTransport> installed = PluginLauncher.installedTransports();
    if (installed.isEmpty()) {
      throw new IllegalStateException("none of nc.openbsd, socat, curl is on PATH");
    }
    Path daemonShim = launcher.daemonShim(workDir.resolve("contrail-k8s-cni-daemon"), socket,
        installed);
    Path jvmShim = launcher.jvmShim(workDir.resolve("contrail-k8s-cni-jvm"));
    Path stdout = workDir.resolve("plugin-stdout.json");
    try (FakeAgent agent = new FakeAgent(ticker);
        CniPlugin plugin = CniPlugin.builder().dataPlane(dataPlane).build();
        CniDaemon daemon = CniDaemon.start(socket, plugin, 4)) {
      CniScenario scenario = new CniScenario(agent.port(), workDir.resolve("ports/vm"));
      byte[] config = scenario.config().getBytes(StandardCharsets.UTF_8);
      logger.info("CNI ADD bench: agent on 127.0.0.1:{}, daemon on {}", agent.port(),
          daemon.socket());

      LatencySummary inProcess = recorder.measure("in-process CniPlugin.execute",
          settings.fastLimits(), Optional.empty(), call -> {
            String pod = prepare(dataPlane, 1, call);
            long start = ticker.nanos();
            CniOutcome outcome = plugin.execute(config, CniScenario.addEnv(pod));
            return elapsed(start, outcome);
          });
      String tool = installed.get(0).command();
      LatencySummary viaDaemon = viaDaemon("daemon via shim (sh+" + tool + ")",
          Optional.of(settings.daemonGoal()), 2, dataPlane, daemonShim, scenario, stdout);
      LatencySummary shimFloor = recorder.measure("daemon via shim, VERSION only",
          settings.fastLimits(), Optional.empty(), call -> {
            Map<String, String> env = CniScenario.addEnv(CniScenario.podUid(5, call));
            env.put("CNI_COMMAND", "VERSION");
            long start = ticker.nanos();
            CniOutcome outcome = ShimProcess.run(daemonShim, scenario.config(), env, stdout,
                settings.processTimeout());
            Duration took = Duration.ofNanos(ticker.nanos() - start);
            if (outcome.exitCode() != 0 || !outcome.stdout().contains("supportedVersions")) {
              throw new IllegalStateException("VERSION failed: " + outcome);
            }
            return took;
          });
      List<LatencySummary> others = new ArrayList<>();
      for (ShimTransport t : installed.subList(1, installed.size())) {
        Path only = launcher.daemonShim(workDir.resolve("contrail-k8s-cni-" + t.command()),
            socket, List.of(t));
        others.add(viaDaemon("daemon via shim, " + t.command() + " only", Optional.empty(),
            10 + t.ordinal(), dataPlane, only, scenario, stdout));
      }
      LatencySummary perCallJvm = recorder.measure("JVM per call via shim",
          settings.jvmLimits(), Optional.empty(), call -> {
            String pod = CniScenario.podUid(3, call);
            long start = ticker.nanos();
            return elapsed(start, shim(jvmShim, scenario, pod, stdout));
          });
      LatencySummary late = recorder.measure("late config: daemon ADD done - T",
          settings.lateLimits(), Optional.of(settings.lateGoal()), call -> {
            String pod = prepare(dataPlane, 4, call);
            long arrival = agent.delayConfig(pod, settings.lateDelay());
            CniOutcome outcome = shim(daemonShim, scenario, pod, stdout);
            long done = ticker.nanos();
            check(outcome);
            if (done - arrival < 0) {
              throw new IllegalStateException("ADD of " + pod + " completed before its config arrived");
            }
            return Duration.ofNanos(done - arrival);
          });
      return CniAddReport.builder().inProcess(inProcess).daemon(viaDaemon)
          .shimFloor(shimFloor).otherTransports(others)
          .jvmPerCall(perCallJvm).lateConfig(late).lateDelay(settings.lateDelay())
          .anchorPollIntervals(settings.anchorPollIntervals()).build();
    }
  }

  private LatencySummary viaDaemon(String name, Optional<Duration> goal, int caseId,
      RecordingDataPlane dataPlane, Path script, CniScenario scenario, Path stdout) {
    return recorder.measure(name, settings.fastLimits(), goal, call -> {
      String pod = prepare(dataPlane, caseId, call);
      long start = ticker.nanos();
      return elapsed(start, shim(script, scenario, pod, stdout));
    });
  }

  private static String prepare(RecordingDataPlane dataPlane, int caseId, int call) {
    String pod = CniScenario.podUid(caseId, call);
    dataPlane.addNamespace(CniScenario.netns(pod));
    return pod;
  }

  private CniOutcome shim(Path script, CniScenario scenario, String pod, Path stdout) {
    return ShimProcess.run(script, scenario.config(), CniScenario.addEnv(pod), stdout,
        settings.processTimeout());
  }

  private Duration elapsed(long start, CniOutcome outcome) {
    Duration took = Duration.ofNanos(ticker.nanos() - start);
    check(outcome);
    return took;
  }

  private static void check(CniOutcome outcome) {
    if (outcome.exitCode() != 0 || !outcome.stdout().contains(FakeAgent.IP)) {
      throw new IllegalStateException("ADD failed with exit code " + outcome.exitCode() + ": "
          + outcome.stdout());
    }
  }
}
