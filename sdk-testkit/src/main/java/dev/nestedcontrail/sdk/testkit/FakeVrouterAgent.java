package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.testkit.internal.lab.AgentView;
import dev.nestedcontrail.sdk.testkit.internal.lab.ConfigHttp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fake vrouter agent introspect port (9091) of one compute node. It answers {@code GET
 * /vm-cfg/<vm uuid or name>} and {@code GET /vm/<vm uuid>[/<vmi uuid>]} from the config API's
 * state, as the real agent does once the config reaches it: the VMIs bound to its compute
 * ({@code host_id}), with their VM, network, MAC, VLAN and instance-ip. An unknown VM gets an
 * empty list, as from the agent before the config arrives. Each request reads the config API
 * (blocking this fake's I/O thread, never the config API's).
 */
public final class FakeVrouterAgent implements FakeServer {
  private final FakeHttpServer server;
  private final String hostId;

  private FakeVrouterAgent(FakeHttpServer server, String hostId) {
    this.server = server;
    this.hostId = hostId;
  }

  /**
   * Starts an agent for compute {@code hostId} reading the config API at {@code configApiUrl},
   * with the token from {@code token} when it gives one.
   */
  public static FakeVrouterAgent start(String hostId, String configApiUrl,
      Supplier<Optional<String>> token) {
    AgentView view = new AgentView(new ConfigHttp(configApiUrl, token), hostId);
    FakeHttpServer server = FakeHttpServer.builder().name("fake-vrouter-agent-" + hostId)
        .route("GET", "/vm-cfg/{key}", r -> answer(view.vmConfigs(r.pathVariable("key"))))
        .route("GET", "/vm/{vm}", r -> answer(view.vmStatuses(r.pathVariable("vm"),
            Optional.empty())))
        .route("GET", "/vm/{vm}/{vmi}", r -> answer(view.vmStatuses(r.pathVariable("vm"),
            Optional.of(r.pathVariable("vmi")))))
        .start();
    return new FakeVrouterAgent(server, hostId);
  }

  private static FakeResponse answer(List<Map<String, Object>> entries) {
    return FakeResponse.json(200, entries);
  }

  /** The compute this agent runs on: the {@code host_id} of the VMIs it serves. */
  public String hostId() {
    return hostId;
  }

  @Override
  public String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public Faults faults() {
    return server.faults();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeVrouterAgent[" + hostId + " at " + baseUrl() + "]";
  }
}
