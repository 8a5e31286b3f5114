package dev.nestedcontrail.sdk.bench.kubemanager;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.k8s.client.KubernetesClient;
import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManager;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.testkit.FakeKubernetesApi;
import dev.nestedcontrail.sdk.testkit.MirroredConfigDb;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times {@code KubeManager.start()} over an underlay of four objects per node VM (VM, VMI with a
 * {@code host_id} binding, instance-ip, virtual-router; 2,500 nodes make 10,000 objects) with
 * some pods already placed: once listing the underlay over REST, once warming the cache from a
 * real Cassandra (the underlay written there as the api-server writes it) and following a real
 * RabbitMQ. Building the underlay and writing it into Cassandra happen before the timing; each
 * run gets its own fakes restored from one snapshot, so both start from the same state.
 */
public final class KubeManagerStartupBenchmark {
  private final KubeManagerBenchSettings settings;
  private final KubeManagerBenchmark scenario;
  private final String cassandraContactPoints;
  private final BrokerConfig broker;
  private final Ticker ticker;

  /** Nodes of {@code settings} make the underlay, its pods exist before the start. */
  public KubeManagerStartupBenchmark(KubeManagerBenchSettings settings,
      String cassandraContactPoints, BrokerConfig broker, Ticker ticker) {
    this.settings = settings;
    this.scenario = new KubeManagerBenchmark(settings, ticker);
    this.cassandraContactPoints = cassandraContactPoints;
    this.broker = broker;
    this.ticker = ticker;
  }

  public KubeManagerStartupReport run() {
    String underlay;
    int objects;
    try (FakeConfigApi seed = FakeConfigApi.start();
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(seed.baseUrl())).build()) {
      BenchCluster.buildUnderlay(vnc, settings.nodes());
      underlay = seed.snapshot();
      objects = Stream.of("virtual-machine", "virtual-machine-interface", "instance-ip",
          "virtual-router").mapToInt(seed::count).sum();
    }
    KubeManagerStartupReport.Builder report = KubeManagerStartupReport.builder()
        .underlayObjects(objects).pods(settings.pods());
    Run rest = start(underlay, false);
    report.restStart(rest.took).restCalls(rest.calls).restWiredAll(rest.wiredAll);
    Run db = start(underlay, true);
    return report.dbStart(db.took).dbCalls(db.calls).dbWiredAll(db.wiredAll)
        .mirrorWrite(db.mirrorWrite).build();
  }

  private Run start(String underlay, boolean withDb) {
    FakeKubernetesApi.Builder kubeBuilder = FakeKubernetesApi.builder()
        .historyLimit(settings.pods() * 4 + 1000).podCidr("10.200.0.0/16");
    int nodes = Math.min(settings.nodes(), Math.max(1, settings.pods()));
    BenchCluster.addNodes(kubeBuilder, nodes);
    try (FakeConfigApi config = FakeConfigApi.start();
        FakeKubernetesApi kube = kubeBuilder.start();
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(config.baseUrl())).build();
        KubernetesClient k8s = KubernetesClient.builder().server(kube.baseUrl()).build()) {
      config.restore(underlay);
      BenchCluster.createPods(kube, settings.pods(), settings.namespaces(), nodes);
      int iipsBefore = config.count("instance-ip");
      long writing = ticker.nanos();
      Optional<MirroredConfigDb> backend = withDb
          ? Optional.of(MirroredConfigDb.start(config, cassandraContactPoints, broker))
          : Optional.empty();
      Duration mirrorWrite = Duration.ofNanos(ticker.nanos() - writing);
      try {
        KubeManager.Builder builder = KubeManager.builder().config(scenario.config(config.baseUrl()))
            .kubernetes(k8s).vnc(vnc);
        backend.ifPresent(b -> builder.configDb(b.configDb()).configEvents(b.configEvents()));
        try (KubeManager manager = builder.build()) {
          long start = ticker.nanos();
          manager.start();
          Duration took = Duration.ofNanos(ticker.nanos() - start);
          return new Run(took, new TreeMap<>(manager.metrics().restCallsByKind()),
              config.count("instance-ip") - iipsBefore >= settings.pods(), mirrorWrite);
        }
      } finally {
        backend.ifPresent(MirroredConfigDb::close);
      }
    }
  }

  private record Run(Duration took, Map<String, Long> calls, boolean wiredAll, Duration mirrorWrite) {}
}
