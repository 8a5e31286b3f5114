package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.agent.AgentError;
import dev.nestedcontrail.sdk.testkit.internal.agent.AgentJson;
import dev.nestedcontrail.sdk.testkit.internal.agent.AgentPorts;
import dev.nestedcontrail.sdk.testkit.internal.agent.AgentSubscriptions;
import dev.nestedcontrail.sdk.testkit.internal.lab.AgentView;
import dev.nestedcontrail.sdk.testkit.internal.lab.ConfigHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A fake vrouter agent REST port (port_ipc, 9091) of one compute node, serving the whole API:
 *
 * <ul>
 *   <li>from the config API's state, as the real agent once the config reaches it (the VMIs bound
 *       to its compute, {@code host_id}, or sub-interfaces of those, with their VM, network, MAC,
 *       VLAN and instance-ip): {@code GET /vm-cfg/<key>} and {@code GET /vm/<vm>[/<vmi>]};
 *   <li>from its own port table: {@code POST /port} (one object or an array, all or none, checked
 *       as the agent checks it), {@code GET /port/<uuid>} (the operational view of a port it has
 *       whose VMI the config knows), {@code DELETE /port/<uuid>}, {@code POST /syncports} (ports
 *       not added again within {@link #staleCleanupDelay} go), {@code PUT /enable-port/<uuid>} and
 *       {@code PUT /disable-port/<uuid>} (remote ports only);
 *   <li>its subscriptions: {@code POST /vm}, {@code DELETE /vm/<uuid>}, {@code POST} and {@code
 *       DELETE /gateway}.
 * </ul>
 *
 * <p>{@link #release} selects the answers' shapes: R5.0 single objects or R2008 arrays. Errors
 * are the real agent's {@code {"error": "..."}}: 404 for a VM or port it does not know (yet,
 * "... Retry") and for paths it has no handler for ({@code "Unknown Request"}, also for uuids
 * that are not lower-case uuids); 500 for a refused body or a failure reading the config. With
 * {@link #configDelay} the config of a VM "arrives" only that long after this agent first saw it
 * in the config API, measured on the given clock; until then the VM is unknown (404). Each
 * request reads the config API (blocking this fake's I/O thread, never the config API's).
 */
public final class FakeVrouterAgent extends HttpServedFake {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

  private final String hostId;
  private final AgentView view;
  private final AgentPorts ports = new AgentPorts();
  private final AgentSubscriptions subscriptions = new AgentSubscriptions();
  /** By VM uuid, so that asking by name and by uuid see the same arrival. */
  private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;
  private volatile Duration staleAfter = Duration.ofMinutes(1);
  private volatile Clock clock = Clock.systemUTC();
  private volatile VrouterAgentRelease release = VrouterAgentRelease.R2008;
  private final FakeHttpServer server;

  private FakeVrouterAgent(String hostId, AgentView view) {
    this.hostId = hostId;
    this.view = view;
    FakeHttpServer.Builder b = FakeHttpServer.builder().name("fake-vrouter-agent-" + hostId)
        .route("POST", "/port", r -> ok(() -> ports.add(r.body(), clock.instant(), staleAfter)))
        .route("GET", "/port/{uuid}", r -> answer(() -> portStatus(uuid(r, "uuid"))))
        .route("DELETE", "/port/{uuid}", r -> ok(() -> ports.delete(uuid(r, "uuid"))))
        .route("POST", "/syncports", r -> ok(() -> ports.sync(clock.instant(), staleAfter)))
        .route("PUT", "/enable-port/{uuid}", r -> ok(() -> linkState(r, true)))
        .route("PUT", "/disable-port/{uuid}", r -> ok(() -> linkState(r, false)))
        .route("POST", "/gateway", r -> ok(() -> subscriptions.addGateways(r.body())))
        .route("DELETE", "/gateway", r -> ok(() -> subscriptions.deleteGateways(r.body())))
        .route("POST", "/vm", r -> ok(() -> subscriptions.addVm(r.body(), release)))
        .route("DELETE", "/vm/{vm}", r -> ok(() -> subscriptions.deleteVm(uuid(r, "vm"))))
        .route("GET", "/vm/{vm}", r -> answer(() -> vm(r.pathVariable("vm"), Optional.empty())))
        .route("GET", "/vm/{vm}/{vmi}", r -> answer(() -> vm(r.pathVariable("vm"),
            Optional.of(r.pathVariable("vmi")))))
        .route("GET", "/vm-cfg/{key*}", r -> answer(() -> vmConfig(r.pathVariable("key"))));
    for (String method : METHODS) {
      b.route(method, "/{path*}", r -> error(AgentError.unknownRequest()));
    }
    this.server = b.start();
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
   * it in the config API, measured on {@code clock} (a {@link FakeClock} in tests), which also
   * times the stale-port cleanup. VMs already seen count from when they were seen. {@link
   * Duration#ZERO} turns the delay off.
   */
  public FakeVrouterAgent configDelay(Duration delay, Clock clock) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay: " + delay + " is negative");
    }
    this.clock = clock;
    this.delay = delay;
    return this;
  }

  /**
   * How long after {@code POST /syncports} the ports not added again since are dropped; default
   * one minute on the {@link #configDelay} clock.
   */
  public FakeVrouterAgent staleCleanupDelay(Duration staleAfter) {
    if (staleAfter.isNegative()) {
      throw new IllegalArgumentException("staleAfter: " + staleAfter + " is negative");
    }
    this.staleAfter = staleAfter;
    return this;
  }

  /** Serves the shapes and checks of {@code release} from now on; default R2008. */
  public FakeVrouterAgent release(VrouterAgentRelease release) {
    this.release = release;
    return this;
  }

  /** The uuids of the ports in this agent's port table, in the order they were added. */
  public List<String> ports() {
    return ports.uuids(clock.instant(), staleAfter);
  }

  /** The fields of a port as this agent holds it ({@code link-state} after enable/disable). */
  public Optional<Map<String, Object>> portFields(String uuid) {
    return ports.port(uuid, clock.instant(), staleAfter);
  }

  /** The {@code POST /vm} subscriptions this agent holds, as they were posted. */
  public List<Map<String, Object>> vmSubscriptions() {
    return subscriptions.vms();
  }

  /** The gateway interfaces this agent holds, by interface name, as they were posted. */
  public Map<String, Map<String, Object>> gateways() {
    return subscriptions.gateways();
  }

  private Object vmConfig(String key) {
    if (release == VrouterAgentRelease.R5_0) {
      AgentJson.pathUuid(key);
    }
    return shaped(arrived(key, () -> view.vmConfigs(key, release)));
  }

  private Object vm(String vm, Optional<String> vmi) {
    AgentJson.pathUuid(vm);
    if (vmi.isPresent() && release == VrouterAgentRelease.R5_0) {
      throw AgentError.unknownRequest();
    }
    vmi.ifPresent(AgentJson::pathUuid);
    return shaped(arrived(vm, () -> view.vmStatuses(vm, vmi)));
  }

  private Object portStatus(String uuid) {
    Map<String, Object> port = ports.port(uuid, clock.instant(), staleAfter)
        .orElseThrow(() -> new AgentError(404, "Port " + uuid + " not found"));
    Map<String, Object> entry =
        new LinkedHashMap<>(arrived(uuid, () -> view.vmiStatus(uuid)).get(0));
    entry.put("system-name", port.get("system-name"));
    entry.put("display-name", port.get("display-name"));
    for (String vlan : List.of("rx-vlan-id", "tx-vlan-id")) {
      if (!Long.valueOf(-1).equals(port.get(vlan))) {
        entry.put(vlan, port.get(vlan));
      }
    }
    return entry;
  }

  private void linkState(FakeRequest r, boolean up) {
    ports.linkState(uuid(r, "uuid"), up, clock.instant(), staleAfter);
  }

  private static String uuid(FakeRequest r, String variable) {
    return AgentJson.pathUuid(r.pathVariable(variable));
  }

  /** R5.0 answers the first entry, R2008 all of them. */
  private Object shaped(List<Map<String, Object>> entries) {
    return release == VrouterAgentRelease.R5_0 ? entries.get(0) : entries;
  }

  /** The config entries for {@code key} once they have reached this agent; else 404 or 500. */
  private List<Map<String, Object>> arrived(String key,
      Supplier<List<Map<String, Object>>> lookup) {
    List<Map<String, Object>> entries;
    try {
      entries = lookup.get();
    } catch (AgentError e) {
      throw e;
    } catch (RuntimeException e) {
      throw AgentError.refused("Error reading config for VM " + key + ": " + e.getMessage());
    }
    if (entries.isEmpty()) {
      throw new AgentError(404, "VM " + key + " not found. Retry");
    }
    Map<String, Object> first = entries.get(0);
    Object vm = first.containsKey("instance-id") ? first.get("instance-id") : first.get("vm-uuid");
    Instant now = clock.instant();
    Instant seen = firstSeen.computeIfAbsent(String.valueOf(vm), k -> now);
    if (now.isBefore(seen.plus(delay))) {
      throw new AgentError(404, "VM " + key + " config not yet received. Retry");
    }
    return entries;
  }

  private static FakeResponse answer(Supplier<Object> body) {
    try {
      return FakeResponse.json(200, body.get());
    } catch (AgentError e) {
      return error(e);
    }
  }

  private static FakeResponse ok(Runnable action) {
    return answer(() -> {
      action.run();
      return Map.of();
    });
  }

  private static FakeResponse error(AgentError e) {
    return FakeResponse.json(e.status(), Map.of("error", e.getMessage()));
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
