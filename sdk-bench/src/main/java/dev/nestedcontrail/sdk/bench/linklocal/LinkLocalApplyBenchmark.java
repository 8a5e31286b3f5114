package dev.nestedcontrail.sdk.bench.linklocal;

import dev.nestedcontrail.sdk.bench.BenchLimits;
import dev.nestedcontrail.sdk.bench.LatencyRecorder;
import dev.nestedcontrail.sdk.bench.LatencySummary;
import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.core.Endpoints;
import dev.nestedcontrail.sdk.core.Ipv4Address;
import dev.nestedcontrail.sdk.core.Ipv4Cidr;
import dev.nestedcontrail.sdk.k8s.connectivity.Connectivity;
import dev.nestedcontrail.sdk.k8s.connectivity.ConnectivityPlan;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalApplyResult;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalPlanner;
import dev.nestedcontrail.sdk.k8s.connectivity.LinkLocalServices;
import dev.nestedcontrail.sdk.k8s.connectivity.ServiceIpCheck;
import dev.nestedcontrail.sdk.k8s.connectivity.UnderlayTopology;
import dev.nestedcontrail.sdk.testkit.FakeConfigApi;
import dev.nestedcontrail.sdk.vnc.VncClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a 1,000-node Option 2 topology (3 controllers hosting config, analytics, message queue and
 * config database, 1 Keystone node, 996 vrouters: 1,009 entries) and applies it to a fresh
 * {@link FakeConfigApi} on 127.0.0.1, counting the fake's REST writes: every first apply must be
 * one PUT, every re-apply none. Cases: plan alone; apply with the service-IP check (instance-ips
 * and floating-ips listed with filters); apply without it; re-apply of the same plan. The fake
 * is restored to its empty state before each first apply, outside the timing.
 */
public final class LinkLocalApplyBenchmark {
  private static final int VROUTERS = 996;

  private final Ticker ticker;
  private final BenchLimits limits;

  public LinkLocalApplyBenchmark(Ticker ticker, BenchLimits limits) {
    this.ticker = ticker;
    this.limits = limits;
  }

  /** The benchmark's topology: 1,000 distinct underlay nodes. */
  public static UnderlayTopology thousandNodes() {
    UnderlayTopology.Builder builder = UnderlayTopology.builder().connectivity(Connectivity.LINK_LOCAL_ONLY)
        .serviceIpPool(Ipv4Cidr.of("10.64.0.0/16")).addKeystone(Ipv4Address.of("192.168.0.200"));
    for (int i = 1; i <= 3; i++) {
      Ipv4Address controller = Ipv4Address.of("192.168.0." + i);
      builder.addConfig(controller).addAnalytics(controller).addMsgQueue(controller).addConfigDb(controller);
    }
    Ipv4Address firstCompute = Ipv4Address.of("192.168.4.0");
    for (int i = 0; i < VROUTERS; i++) {
      builder.addVrouters(firstCompute.plus(i));
    }
    return builder.build();
  }

  public LinkLocalApplyReport run() {
    UnderlayTopology topology = thousandNodes();
    ConnectivityPlan plan = LinkLocalPlanner.plan(topology);
    LatencyRecorder recorder = new LatencyRecorder(ticker);
    List<LatencySummary> rows = new ArrayList<>();
    List<Long> applyWrites = new ArrayList<>();
    List<Long> reapplyWrites = new ArrayList<>();
    long[] applyRequests = {0};
    try (FakeConfigApi api = FakeConfigApi.start();
        VncClient vnc = VncClient.builder().endpoints(Endpoints.parse(api.baseUrl())).build()) {
      String empty = api.snapshot();
      rows.add(recorder.measure("plan (topology -> 1,009 entries)", limits, Optional.empty(), call -> {
        long t0 = ticker.nanos();
        LinkLocalPlanner.plan(thousandNodes());
        return Duration.ofNanos(ticker.nanos() - t0);
      }));
      for (ServiceIpCheck check : List.of(ServiceIpCheck.FAIL, ServiceIpCheck.SKIP)) {
        LinkLocalServices services = LinkLocalServices.builder().vnc(vnc).plan(plan).serviceIpCheck(check).build();
        String name = "apply, 1 PUT" + (check == ServiceIpCheck.FAIL ? ", service-IP check" : ", no IP check");
        rows.add(recorder.measure(name, limits, Optional.of(Duration.ofSeconds(LinkLocalApplyReport.ANCHOR_SLEEP_SECONDS)),
            call -> {
              api.restore(empty);
              api.clearRequests();
              long t0 = ticker.nanos();
              LinkLocalApplyResult result = services.apply();
              Duration took = Duration.ofNanos(ticker.nanos() - t0);
              applyWrites.add(api.writeCount());
              if (check == ServiceIpCheck.FAIL) {
                applyRequests[0] = api.requests().size();
              }
              check(result.change().linkLocal().toAdd().size() == plan.entries().size(), "apply added every entry");
              return took;
            }));
      }
      LinkLocalServices services = LinkLocalServices.of(vnc, plan);
      rows.add(recorder.measure("re-apply, no change", limits, Optional.empty(), call -> {
        api.clearRequests();
        long t0 = ticker.nanos();
        services.apply();
        Duration took = Duration.ofNanos(ticker.nanos() - t0);
        reapplyWrites.add(api.writeCount());
        return took;
      }));
    }
    return LinkLocalApplyReport.builder().nodes(1000).entries(plan.entries().size()).rows(rows)
        .applyWrites(applyWrites).applyRequests(applyRequests[0]).reapplyWrites(reapplyWrites).build();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("linklocal-apply: expected that " + what);
    }
  }
}
