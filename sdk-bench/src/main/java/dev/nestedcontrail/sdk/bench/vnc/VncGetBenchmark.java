package dev.nestedcontrail.sdk.bench.vnc;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.bench.ThroughputRecorder;
import dev.nestedcontrail.sdk.bench.ThroughputSummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.ResourceOperations;
import dev.nestedcontrail.sdk.vnc.VncClient;
import dev.nestedcontrail.sdk.vnc.model.VirtualNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET-by-uuid throughput against a {@link FakeConfigApi} preloaded with virtual networks, each
 * call reading a random (seeded) one, at every thread count: (a) the typed {@link VncClient},
 * (b) a raw OkHttp loop reading the body as a string (the physical limit's proxy) and (c) an
 * imitation of contrail-java-api's synchronized single connection parsing into a map.
 */
public final class VncGetBenchmark {
  static final String TYPED = "typed VncClient read(uuid)";
  static final String RAW = "raw OkHttp GET, body as string";
  static final String BASELINE = "synchronized 1-conn (java-api)";
  private static final Logger logger = LoggerFactory.getLogger(VncGetBenchmark.class);
  private static final String TYPE = "virtual-network";

  private final VncGetSettings settings;
  private final ThroughputRecorder recorder;

  public VncGetBenchmark(VncGetSettings settings, Ticker ticker) {
    this.settings = settings;
    this.recorder = new ThroughputRecorder(ticker);
  }

  /** One report per server latency of the settings, in their order. */
  public List<VncGetReport> run() {
    int maxThreads = Collections.max(settings.threads());
    try (FakeConfigApi fake = FakeConfigApi.builder().ioThreads(settings.serverIoThreads()).start();
        VncClient client = VncClient.builder().endpoints(Endpoints.parse(fake.baseUrl())).build();
        RawOkHttpGetter raw = new RawOkHttpGetter(fake.baseUrl(), maxThreads);
        SynchronizedConnector baseline = new SynchronizedConnector("127.0.0.1", fake.port())) {
      ResourceOperations<VirtualNetwork> networks = client.virtualNetworks();
      List<String> uuids = preload(networks);
      logger.info("VNC GET bench: {} networks on {} ({} I/O threads)", uuids.size(),
          fake.baseUrl(), settings.serverIoThreads());
      Map<String, Get> cases = new LinkedHashMap<>();
      cases.put(TYPED, uuid -> check(networks.read(uuid).uuid().orElseThrow(), uuid));
      cases.put(RAW, uuid -> check(raw.read(TYPE, uuid), uuid));
      cases.put(BASELINE, uuid -> check(String.valueOf(baseline.read(TYPE, uuid).get("uuid")), uuid));
      cases.forEach((name, get) -> measure(fake, name, maxThreads, settings.warmupRound(), uuids, get));
      List<VncGetReport> reports = new ArrayList<>();
      for (Duration latency : settings.serverLatencies()) {
        fake.faults().latency(latency);
        List<ThroughputSummary> rows = new ArrayList<>();
        for (int threads : settings.threads()) {
          cases.forEach((name, get) -> rows.add(measure(fake, name, threads, settings.limits(), uuids, get)));
        }
        reports.add(VncGetReport.builder().rows(rows).networks(uuids.size())
            .serverIoThreads(settings.serverIoThreads()).serverLatency(latency)
            .rawGoal(settings.rawGoal()).baselineGoal(settings.baselineGoal()).build());
      }
      return reports;
    }
  }

  private List<String> preload(ResourceOperations<VirtualNetwork> networks) {
    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < settings.networks(); i++) {
      VirtualNetwork vn = networks.create(VirtualNetwork.builder()
          .fqName(List.of("default-domain", "default-project", "bench-vn-" + i))
          .parentType("project").build());
      uuids.add(vn.uuid().orElseThrow());
    }
    return uuids;
  }

  private interface Get {
    void run(String uuid);
  }

  private ThroughputSummary measure(FakeConfigApi fake, String name, int threads,
      BenchLimits limits, List<String> uuids, Get get) {
    UuidPicker picker = new UuidPicker(uuids, settings.seed(), threads);
    ThroughputSummary row = recorder.measure(name, threads, limits,
        thread -> get.run(picker.next(thread)));
    fake.clearRequests();
    logger.info("{}", row.row());
    return row;
  }

  /** Guards against a case that got an answer for the wrong object. */
  private static void check(String got, String uuid) {
    if (!got.contains(uuid)) {
      throw new IllegalStateException("read " + uuid + " but got " + got);
    }
  }
}
