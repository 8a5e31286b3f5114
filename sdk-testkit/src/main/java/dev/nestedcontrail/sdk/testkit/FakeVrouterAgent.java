package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.lab.AgentView;
import dev.nestedcontrail.sdk.testkit.internal.lab.ConfigHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A fake vrouter agent introspect port (9091) of one compute node. It answers {@code GET
 * /vm-cfg/<vm uuid or name>} and {@code GET /vm/<vm uuid>[/<vmi uuid>]} from the config API's
 * state, as the real agent does once the config reaches it: the VMIs bound to its compute
 * ({@code host_id}), with their VM, network, MAC, VLAN and instance-ip. Each request reads the
 * config API (blocking this fake's I/O thread, never the config API's).
 *
 * <p>Errors are the real agent's: a VM it does not know (yet) gets 404 {@code {"error": "...
 * Retry"}}; a failure reading the config gets 500 {@code {"error": "..."}}. With {@link
 * #configDelay} the config of a VM "arrives" only that long after this agent first saw it in the
 * config API, measured on the given clock; until then the VM is unknown (404).
 */
public final class FakeVrouterAgent extends HttpServedFake {
  private final String hostId;
  /** By VM uuid, so that asking by name and by uuid see the same arrival. */
  private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile Clock clock = Clock.systemUTC();
  private final FakeHttpServer server;

  private FakeVrouterAgent(String hostId, AgentView view) {
    this.hostId = hostId;
    this.server = FakeHttpServer.builder().name("fake-vrouter-agent-" + hostId)
        .route("GET", "/vm-cfg/{key}", r -> answer(r.pathVariable("key"),
            () -> view.vmConfigs(r.pathVariable("key"))))
        .route("GET", "/vm/{vm}", r -> answer(r.pathVariable("vm"),
            () -> view.vmStatuses(r.pathVariable("vm"), Optional.empty())))
        .route("GET", "/vm/{vm}/{vmi}", r -> answer(r.pathVariable("vm"),
            () -> view.vmStatuses(r.pathVariable("vm"), Optional.of(r.pathVariable("vmi")))))
        .start();
  }

  /**
   * Starts an agent for compute {@code hostId} reading the config API at {@code configApiUrl},
   * with the token from {@code token} when it gives one.
   */
  public static FakeVrouterAgent start(String hostId, String configApiUrl,
      Supplier<Optional<String>> token) {
    return new FakeVrouterAgent(hostId, new AgentView(new ConfigHttp(configApiUrl, token), hostId));
  }

  /**
   * From now on, the config of a VM reaches this agent {@code delay} after the agent first finds
   * it in the config API, measured on {@code clock} (a {@link FakeClock} in tests). VMs already
   * seen count from when they were seen. {@link Duration#ZERO} turns the delay off.
   */
  public FakeVrouterAgent configDelay(Duration delay, Clock clock) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay: " + delay + " is negative");
    }
    this.clock = clock;
    this.delay = delay;
    return this;
  }

  private FakeResponse answer(String vm, Supplier<List<Map<String, Object>>> lookup) {
    List<Map<String, Object>> entries;
    try {
      entries = lookup.get();
    } catch (RuntimeException e) {
      return error(500, "Error reading config for VM " + vm + ": " + e.getMessage());
    }
    if (entries.isEmpty()) {
      return error(404, "VM " + vm + " not found. Retry");
    }
    Instant now = clock.instant();
    Instant seen = firstSeen.computeIfAbsent(String.valueOf(entries.get(0).get("instance-id")),
        k -> now);
    if (now.isBefore(seen.plus(delay))) {
      return error(404, "VM " + vm + " config not yet received. Retry");
    }
    return FakeResponse.json(200, entries);
  }

  private static FakeResponse error(int status, String message) {
    return FakeResponse.json(status, Map.of("error", message));
  }

  /** The compute this agent runs on: the {@code host_id} of the VMIs it serves. */
  public String hostId() {
    return hostId;
  }

  /** How many requests reached this agent's routes (including 404 answers). */
  public long requestCount() {
    return server.requestCount();
  }

  @Override
  public String toString() {
    return "FakeVrouterAgent[" + hostId + " at " + baseUrl() + "]";
  }

  @Override
  FakeHttpServer httpServer() {
    return server;
  }
}
