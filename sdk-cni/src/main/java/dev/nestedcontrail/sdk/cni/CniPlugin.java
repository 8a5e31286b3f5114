package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.cni.agent.Sleeper;
import dev.nestedcontrail.sdk.cni.agent.VrouterAgentClient;
import dev.nestedcontrail.sdk.cni.dataplane.DataPlane;
import dev.nestedcontrail.sdk.cni.internal.ContrailCni;
import dev.nestedcontrail.sdk.cni.internal.JsonFields;
import dev.nestedcontrail.sdk.cni.internal.RequestParser;
import dev.nestedcontrail.sdk.cni.internal.ResultCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contrail's CNI plugin (spec 1.1.0 and 1.0.0, compatible with 0.4.0, 0.3.x and, for Contrail
 * 5.0 node configs, 0.2.0 and 0.1.0): {@link #execute} takes what a plugin binary gets (the
 * network config on stdin and the {@code CNI_*} environment) and returns what it must print and
 * its exit code. It never throws: every failure becomes the error JSON of the requested spec
 * version. Thread-safe, so a daemon can serve many calls with one instance.
 *
 * <pre>{@code
 * try (CniPlugin plugin = CniPlugin.builder().dataPlane(IprouteDataPlane.builder().build()).build()) {
 *   CniOutcome outcome = plugin.execute(stdinBytes, System.getenv());
 * }
 * }</pre>
 */
public final class CniPlugin implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(CniPlugin.class);

  private final ContrailCni cni;
  private final OkHttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();

  private CniPlugin(Builder b) {
    this.http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(4, 30, TimeUnit.SECONDS)).build();
    Clock clock = b.clock;
    Sleeper sleeper = b.sleeper;
    Duration initialDelay = b.pollInitialDelay;
    Duration maxDelay = b.pollMaxDelay;
    Duration connectTimeout = b.agentConnectTimeout;
    Duration callTimeout = b.agentCallTimeout;
    this.cni = new ContrailCni(b.dataPlane, clock, request -> VrouterAgentClient.builder()
        .endpoint(request.config().vrouterIp(), request.config().vrouterPort())
        .httpClient(http)
        .connectTimeout(connectTimeout)
        .callTimeout(callTimeout)
        .pollInitialDelay(initialDelay)
        .pollMaxDelay(maxDelay)
        .clock(clock)
        .sleeper(sleeper)
        .build());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one plugin invocation.
   *
   * @param stdin the network config as the runtime passed it
   * @param env the environment; only the {@code CNI_*} variables are read
   */
  public CniOutcome execute(byte[] stdin, Map<String, String> env) {
    CniVersion version = CniVersion.latest();
    try {
      CniCommand command = RequestParser.command(env);
      if (command == CniCommand.VERSION) {
        return CniOutcome.of(0, ResultCodec.writeVersionInfo());
      }
      JsonFields config = JsonFields.parse(new String(stdin, StandardCharsets.UTF_8),
          "network config");
      version = RequestParser.version(config);
      CniRequest request = RequestParser.parse(command, config, env);
      logger.debug("{} container {} ifname {} ({})", command, request.containerId(),
          request.ifName(), version);
      Optional<CniResult> result = cni.run(request);
      return CniOutcome.of(0, result.map(r -> ResultCodec.writeResult(r, request.cniVersion()))
          .orElse(""));
    } catch (RuntimeException e) {
      CniException error = ContrailCni.toCni(e);
      logger.debug("CNI error {}: {} ({})", error.code().code(), error.msg(), error.details());
      return CniOutcome.of(1, ResultCodec.writeError(error, version));
    }
  }

  /** Releases the pooled agent connections; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Configures a {@link CniPlugin}. */
  public static final class Builder {
    private DataPlane dataPlane;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private Duration pollInitialDelay = Duration.ofMillis(10);
    private Duration pollMaxDelay = Duration.ofMillis(50);
    private Duration agentConnectTimeout = Duration.ofSeconds(1);
    private Duration agentCallTimeout = Duration.ofSeconds(3);

    private Builder() {}

    /** Where kernel changes go: {@code IprouteDataPlane} on a node, a recording one in the lab. */
    public Builder dataPlane(DataPlane dataPlane) {
      this.dataPlane = Objects.requireNonNull(dataPlane, "dataPlane");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The first wait when polling the agent; default 10 ms. */
    public Builder pollInitialDelay(Duration delay) {
      this.pollInitialDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /** The longest wait when polling the agent; default 50 ms. */
    public Builder pollMaxDelay(Duration delay) {
      this.pollMaxDelay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    public Builder agentConnectTimeout(Duration timeout) {
      this.agentConnectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Timeout of one agent call; default 3 s. The poll budget comes from the network config. */
    public Builder agentCallTimeout(Duration timeout) {
      this.agentCallTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public CniPlugin build() {
      if (dataPlane == null) {
        throw dev.nestedcontrail.sdk.core.ValidationException.of("CNI plugin",
            "dataPlane: missing (use IprouteDataPlane on a node or RecordingDataPlane in a lab)");
      }
      return new CniPlugin(this);
    }
  }
}
