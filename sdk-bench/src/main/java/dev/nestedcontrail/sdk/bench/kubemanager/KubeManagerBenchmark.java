package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerConfig;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerMetrics;
import dev.nestedcontrail.sdk.k8s.manifest.ContrailRef;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the fakes in a child JVM ({@link KubeManagerFakesMain}: a fake Kubernetes API with the
 * nodes, a fake config API with their underlay), starts a KubeManager in this JVM, then has the
 * fakes create the namespaces and pods and measures until every pod has its instance-ip and the
 * manager is idle. This JVM holds kube-manager and its clients only, so its heap is theirs.
 */
public final class KubeManagerBenchmark {
  private static final Duration POLL = Duration.ofMillis(20);

  private final KubeManagerBenchSettings settings;
  private final Ticker ticker;

  public KubeManagerBenchmark(KubeManagerBenchSettings settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
  }

  public KubeManagerBenchReport run() {
    try (FakesProcess fakes = FakesProcess.start(settings.javaCommand(), settings.classpath(),
            settings.fakesJvmOptions(), settings.nodes());
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(fakes.configUrl())).build();
        KubernetesClient k8s = KubernetesClient.builder().server(fakes.kubernetesUrl()).build()) {
      HeapGauge.resetPeak();
      try (KubeManager manager = KubeManager.builder().config(config(fakes.configUrl())).kubernetes(k8s)
          .vnc(vnc).build()) {
        manager.start();
        KubeManagerMetrics before = manager.metrics();
        Optional<Duration> cpuBefore = ProcessHandle.current().info().totalCpuDuration();
        Optional<Duration> fakesCpuBefore = fakes.cpu();
        long start = ticker.nanos();
        fakes.createPods(settings.pods(), settings.namespaces());
        int expected = settings.nodes() + settings.pods();
        long cap = start + settings.timeCap().toNanos();
        while (fakes.count("instance-ip") < expected && ticker.nanos() < cap) {
          LockSupport.parkNanos(POLL.toNanos());
        }
        boolean converged = fakes.count("instance-ip") >= expected
            && manager.awaitIdle(Duration.ofNanos(Math.max(0, cap - ticker.nanos())));
        Duration converge = Duration.ofNanos(ticker.nanos() - start);
        Optional<Duration> cpu = since(cpuBefore, ProcessHandle.current().info().totalCpuDuration());
        Optional<Duration> fakesCpu = since(fakesCpuBefore, fakes.cpu());
        long peak = HeapGauge.peak();
        return KubeManagerBenchReport.builder().settings(settings).converge(converge)
            .converged(converged).restCallsByKind(delta(before, manager.metrics()))
            .eventErrors(manager.metrics().eventErrors() - before.eventErrors())
            .peakHeapBytes(peak).liveHeapBytes(HeapGauge.liveAfterGc()).maxHeapBytes(HeapGauge.max())
            .fakesPeakHeapBytes(fakes.peakHeap()).cpu(cpu).fakesCpu(fakesCpu).build();
      }
    }
  }

  KubeManagerConfig config(String configUrl) {
    return KubeManagerConfig.builder().clusterName("bench").nestedMode(true)
        .clusterNetwork(ContrailRef.network(BenchCluster.NETWORK.get(0), BenchCluster.NETWORK.get(1),
            BenchCluster.NETWORK.get(2)))
        .addPodSubnets(Ipv4Cidr.of("10.32.0.0/12")).addServiceSubnets(Ipv4Cidr.of("10.96.0.0/12"))
        .addIpFabricSubnets(Ipv4Cidr.of("10.64.0.0/12"))
        .vncEndpoints(Endpoints.parse(configUrl)).workerCount(settings.workers())
        .build();
  }

  private static Optional<Duration> since(Optional<Duration> before, Optional<Duration> after) {
    return before.flatMap(b -> after.map(a -> a.minus(b)));
  }

  private static Map<String, Long> delta(KubeManagerMetrics before, KubeManagerMetrics after) {
    Map<String, Long> result = new TreeMap<>();
    after.restCallsByKind().forEach((kind, count) -> {
      long d = count - before.restCallsByKind().getOrDefault(kind, 0L);
      if (d > 0) {
        result.put(kind, d);
      }
    });
    return result;
  }
}
