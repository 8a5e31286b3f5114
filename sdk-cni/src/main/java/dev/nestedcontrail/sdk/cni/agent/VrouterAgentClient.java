package dev.nestedcontrail.sdk.cni.agent;

import dev.nestedcontrail.sdk.cni.internal.AgentCodec;
import dev.nestedcontrail.sdk.cni.internal.AgentHttp;
import dev.nestedcontrail.sdk.cni.internal.Poller;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The vrouter agent's REST API (port_ipc, port 9091). Every call has HTTP timeouts; error answers
 * ({@code {"error": ...}} with 404 or 500) become {@code NotFoundException} and {@code
 * UnavailableException}, an unreachable agent a {@code ContrailClientException}. Lookups accept
 * both the R5.0 answer (one object) and the later one (an array) and always return a list.
 *
 * <p>{@link #awaitVmConfig} and {@link #awaitVm} poll for config that is still propagating: the
 * first retry comes after about 10 ms and the waits double up to a cap (50 ms by default), so late
 * config is picked up within about that cap instead of after a fixed multi-second sleep.
 */
public final class VrouterAgentClient implements AutoCloseable {
  private final AgentHttp http;
  private final Poller poller;

  private VrouterAgentClient(Builder b) {
    this.http = new AgentHttp(b.endpoint, b.connectTimeout, b.callTimeout, b.httpClient);
    this.poller = new Poller(b.clock, b.sleeper, b.pollInitialDelay, b.pollMaxDelay);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The agent's base URL, such as {@code http://10.10.10.5:9091}. */
  public String endpoint() {
    return http.endpoint();
  }

  /** {@code POST /port} with one object. */
  public void addPort(PortRequest port) {
    http.send("POST", "/port", List.of(), AgentCodec.writePorts(List.of(port), false));
  }

  /** {@code POST /port} with an array; the agent accepts all or none. */
  public void addPorts(List<PortRequest> ports) {
    http.send("POST", "/port", List.of(), AgentCodec.writePorts(ports, true));
  }

  /** {@code GET /port/<uuid>}: the port's operational state. */
  public List<VmInterfaceStatus> port(String vmiUuid) {
    return AgentCodec.vmStatuses(http.send("GET", "/port", List.of(vmiUuid), null));
  }

  /** {@code DELETE /port/<uuid>}; the agent answers 200 even for unknown ports. */
  public void deletePort(String vmiUuid) {
    http.send("DELETE", "/port", List.of(vmiUuid), null);
  }

  /** {@code POST /syncports}: starts the agent's stale-port cleanup. */
  public void syncPorts() {
    http.send("POST", "/syncports", List.of(), "{}");
  }

  /** {@code PUT /enable-port/<uuid>} (remote ports only). */
  public void enablePort(String vmiUuid) {
    http.send("PUT", "/enable-port", List.of(vmiUuid), "{}");
  }

  /** {@code PUT /disable-port/<uuid>} (remote ports only). */
  public void disablePort(String vmiUuid) {
    http.send("PUT", "/disable-port", List.of(vmiUuid), "{}");
  }

  /** {@code POST /gateway}. */
  public void addGateways(List<GatewayRequest> gateways) {
    http.send("POST", "/gateway", List.of(), AgentCodec.writeGateways(gateways));
  }

  /** {@code DELETE /gateway} for these interface names. */
  public void deleteGateways(List<String> interfaceNames) {
    http.send("DELETE", "/gateway", List.of(), AgentCodec.writeGatewayInterfaces(interfaceNames));
  }

  /** {@code POST /vm}: VM-VN subscription (non-nested mode). */
  public void addVm(VmRequest vm) {
    http.send("POST", "/vm", List.of(), AgentCodec.write(vm));
  }

  /** {@code GET /vm/<vm-uuid>}: one entry per VMI of the VM. */
  public List<VmInterfaceStatus> vm(String vmUuid) {
    return AgentCodec.vmStatuses(http.send("GET", "/vm", List.of(vmUuid), null));
  }

  /** {@code GET /vm/<vm-uuid>/<vmi-uuid>} (R2008 and later). */
  public List<VmInterfaceStatus> vm(String vmUuid, String vmiUuid) {
    return AgentCodec.vmStatuses(http.send("GET", "/vm", List.of(vmUuid, vmiUuid), null));
  }

  /** {@code DELETE /vm/<vm-uuid>} with the subscription as body, as Contrail's CNI sends it. */
  public void deleteVm(VmRequest vm) {
    http.send("DELETE", "/vm", List.of(vm.vmUuid()), AgentCodec.write(vm));
  }

  /** {@code GET /vm-cfg/<key>}: the key is the VM uuid (R5.0) or the VM name (R2008). */
  public List<VmInterfaceConfig> vmConfig(String key) {
    return AgentCodec.vmConfigs(http.send("GET", "/vm-cfg", List.of(key), null));
  }

  /**
   * Polls {@link #vmConfig} until the agent knows the key and it has at least one entry.
   *
   * @throws AgentNotReadyException when the budget runs out
   */
  public List<VmInterfaceConfig> awaitVmConfig(String key, Duration budget) {
    return poller.poll("GET /vm-cfg/" + key, budget, () -> nonEmpty(vmConfig(key), "/vm-cfg/" + key));
  }

  /**
   * Polls {@link #vm(String)} until the agent has the VM's interfaces (VMI, VN and IPAM known).
   *
   * @throws AgentNotReadyException when the budget runs out
   */
  public List<VmInterfaceStatus> awaitVm(String vmUuid, Duration budget) {
    return poller.poll("GET /vm/" + vmUuid, budget, () -> nonEmpty(vm(vmUuid), "/vm/" + vmUuid));
  }

  private <T> List<T> nonEmpty(List<T> answer, String path) {
    if (answer.isEmpty()) {
      throw http.notFound("GET " + path, "[]");
    }
    return answer;
  }

  /** Releases the HTTP client if this client created it; idempotent. */
  @Override
  public void close() {
    http.close();
  }

  /** Configures a {@link VrouterAgentClient}. */
  public static final class Builder {
    private String endpoint = "http://127.0.0.1:9091";
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration callTimeout = Duration.ofSeconds(3);
    private Duration pollInitialDelay = Duration.ofMillis(10);
    private Duration pollMaxDelay = Duration.ofMillis(50);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private OkHttpClient httpClient;

    private Builder() {}

    /** The agent's base URL; default {@code http://127.0.0.1:9091}. */
    public Builder endpoint(String baseUrl) {
      this.endpoint = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** The agent's address and port, as in {@code vrouter-ip} and {@code vrouter-port}. */
    public Builder endpoint(String host, int port) {
      String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      return endpoint("http://" + h + ":" + port);
    }

    /** TCP connect timeout; default 1 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Timeout of one whole HTTP call; default 3 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The first wait between polls; default 10 ms. */
    public Builder pollInitialDelay(Duration delay) {
      this.pollInitialDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /** The longest wait between polls; default 50 ms. */
    public Builder pollMaxDelay(Duration delay) {
      this.pollMaxDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /** The clock that measures poll budgets; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What waits between polls; default {@link Sleeper#system()}. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The transport hook: an OkHttp client to derive from (sharing its pools). It is never
     * closed by this client; the timeouts above still apply.
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    public VrouterAgentClient build() {
      return new VrouterAgentClient(this);
    }
  }
}
