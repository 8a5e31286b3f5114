package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.bench.Ticker;
import dev.nestedcontrail.sdk.testkit.FakeHttpServer;
import dev.nestedcontrail.sdk.testkit.FakeRequest;
import dev.nestedcontrail.sdk.testkit.FakeResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A vrouter agent on loopback that answers {@code GET /vm-cfg/<key>} and {@code GET /vm/<uuid>}
 * for any pod at once (R5.0 shapes), or with the agent's 404 {@code {"error": ...}} until the
 * pod's config "arrives" when {@link #delayConfig} was called for it.
 */
final class FakeAgent implements AutoCloseable {
  static final String VMI_UUID = "9a8b7c6d-0000-4000-8000-000000000001";
  static final String MAC = "02:8b:7c:6d:00:01";
  static final String IP = "10.47.255.250";
  private static final String JSON = "application/json; charset=UTF-8";

  private final Ticker ticker;
  private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
  private final FakeHttpServer server;

  FakeAgent(Ticker ticker) {
    this.ticker = ticker;
    this.server = FakeHttpServer.builder().name("bench-vrouter-agent")
        .route("GET", "/vm-cfg/{key}", r -> answer(r, "key", FakeAgent::vmConfigJson))
        .route("GET", "/vm/{uuid}", r -> answer(r, "uuid", FakeAgent::vmJson))
        .start();
  }

  int port() {
    return server.port();
  }

  /**
   * From now on the agent knows {@code podUid} only after {@code delay}.
   *
   * @return when it arrives, in {@link Ticker#nanos()}
   */
  long delayConfig(String podUid, Duration delay) {
    long arrival = ticker.nanos() + delay.toNanos();
    arrivals.put(podUid, arrival);
    return arrival;
  }

  private FakeResponse answer(FakeRequest request, String variable,
      Function<String, String> body) {
    String podUid = request.pathVariable(variable);
    Long arrival = arrivals.get(podUid);
    if (arrival != null && ticker.nanos() - arrival < 0) {
      return response(404, "{\"error\":\"Not Found\"}");
    }
    return response(200, body.apply(podUid));
  }

  private static FakeResponse response(int status, String body) {
    return FakeResponse.builder().status(status).putHeader("Content-Type", JSON).body(body).build();
  }

  private static String vmConfigJson(String podUid) {
    return "{\"id\":\"" + VMI_UUID + "\",\"instance-id\":\"" + podUid + "\",\"vn-id\":"
        + "\"5e1f0000-0000-4000-8000-0000000000aa\",\"mac-address\":\"" + MAC + "\","
        + "\"sub-interface\":true,\"vlan-id\":" + vlanOf(podUid) + "}";
  }

  private static String vmJson(String podUid) {
    return "{\"id\":\"" + VMI_UUID + "\",\"instance-id\":\"" + podUid + "\",\"ip-address\":\""
        + IP + "\",\"plen\":12,\"ip6-address\":\"\",\"vn-id\":\"5e1f\","
        + "\"vm-project-id\":\"0000\",\"mac-address\":\"" + MAC + "\",\"system-name\":\"tap9a8b\","
        + "\"rx-vlan-id\":7,\"tx-vlan-id\":7,\"vhostuser-mode\":0,\"dns-server\":\"10.47.255.253\","
        + "\"gateway\":\"10.47.255.254\",\"author\":\"/usr/bin/contrail-vrouter-agent\","
        + "\"time\":\"2026-11-26 12:00:00\"}";
  }

  /** A VLAN id per pod (1..4094), so no ADD meets another pod's leftover VLAN alias. */
  private static int vlanOf(String podUid) {
    return 1 + (int) (Long.parseLong(podUid.substring(0, 8), 16) % 4094);
  }

  @Override
  public void close() {
    server.close();
  }
}
