package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.bench.LatencyRecorder;
import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.cni.CniOutcome;
import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.daemon.CniDaemon;
import dev.nestedcontrail.sdk.cni.dataplane.RecordingDataPlane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CNI ADD latency with an agent that answers at once: (a) through the daemon, called by the shim
 * with {@code sh} + {@code curl} on its Unix socket, (b) through a JVM started per call by the
 * shim, (c) in-process {@link CniPlugin#execute} as the floor, a VERSION call through the
 * daemon shim as the cost of {@code sh} + {@code curl} alone; and (d) the ready-latency (ADD
 * completion − T) when the agent learns the pod T after the ADD started, through the daemon.
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
    Path daemonShim = launcher.daemonShim(workDir.resolve("contrail-k8s-cni-daemon"), socket);
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
      LatencySummary viaDaemon = recorder.measure("daemon via shim (sh+curl+socket)",
          settings.fastLimits(), Optional.of(settings.daemonGoal()), call -> {
            String pod = prepare(dataPlane, 2, call);
            long start = ticker.nanos();
            return elapsed(start, shim(daemonShim, scenario, pod, stdout));
          });
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
          .shimFloor(shimFloor)
          .jvmPerCall(perCallJvm).lateConfig(late).lateDelay(settings.lateDelay())
          .anchorPollIntervals(settings.anchorPollIntervals()).build();
    }
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
