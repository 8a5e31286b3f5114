package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.collector.CollectorListener;
import dev.nestedcontrail.sdk.testkit.collector.Handshake;
import dev.nestedcontrail.sdk.testkit.collector.ReceivedNodeStatus;
import dev.nestedcontrail.sdk.testkit.internal.AnalyticsQueries;
import dev.nestedcontrail.sdk.testkit.internal.AnalyticsRoutes;
import dev.nestedcontrail.sdk.testkit.internal.NodeStatusUves;
import dev.nestedcontrail.sdk.testkit.internal.UveStore;
import dev.nestedcontrail.sdk.testkit.internal.UveTypes;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionInfo;
import dev.nestedcontrail.sdk.vnc.sandesh.ConnectionStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.GeneratorIdentity;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessState;
import dev.nestedcontrail.sdk.vnc.sandesh.ProcessStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake Contrail analytics API (contrail-analytics-api, port 8081) serving, in the flat form,
 * what tests put in from code: UVE types and tables, {@code /analytics/uves/<type>s} lists,
 * {@code /analytics/uves/<type>/<name>} (also with {@code *} patterns) with {@code cfilt},
 * {@code sfilt} and {@code mfilt}, generators, alarms, and synchronous {@code POST /analytics/query}
 * over stored rows.
 *
 * <pre>{@code
 * try (FakeCollector collector = FakeCollector.start();
 *      FakeAnalyticsApi analytics = FakeAnalyticsApi.start().follow(collector)) {
 *   analytics.putVrouter("compute-1", "192.168.0.11", ProcessState.FUNCTIONAL);
 *   ... a kube-manager reports to the collector; its NodeStatus shows in the API ...
 * }
 * }</pre>
 *
 * <p>A NodeStatus with a process that is not functional raises the
 * {@value NodeStatusUves#PROCESS_STATUS_ALARM} alarm on its UVE, as Contrail's alarm generator does.
 */
public final class FakeAnalyticsApi extends HttpServedFake {
  /** The table system log messages land in. */
  public static final String MESSAGE_TABLE = "MessageTable";
  private static final String ALARMS = "UVEAlarms";
  private static final String CODE_SOURCE = "fake-analytics";

  private final FakeHttpServer server;
  private final Clock clock;
  private final UveStore uves = new UveStore();
  private final AnalyticsQueries queries;

  private FakeAnalyticsApi(Builder b) {
    this.clock = b.clock;
    this.queries = new AnalyticsQueries(b.clock, Set.of(MESSAGE_TABLE));
    AnalyticsRoutes routes = new AnalyticsRoutes(uves, queries);
    this.server = b.http("fake-analytics-api")
        .route("GET", "/analytics/uve-types", routes::uveTypes)
        .route("GET", "/analytics/uves", routes::tables)
        .route("GET", "/analytics/uves/{types}", routes::names)
        .route("GET", "/analytics/uves/{type}/{name*}", routes::uve)
        .route("GET", "/analytics/alarms", routes::alarms)
        .route("POST", "/analytics/query", routes::query)
        .start();
    routes.baseUrl(server.baseUrl());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fake with the system clock and no UVEs. */
  public static FakeAnalyticsApi start() {
    return builder().start();
  }

  /** Sets struct {@code struct} (such as {@code VrouterAgent}) of UVE {@code type}/{@code name}. */
  public FakeAnalyticsApi putUve(String type, String name, String struct, Map<String, ?> value) {
    uves.put(check("type", type), check("name", name), check("struct", struct), Map.copyOf(value),
        CODE_SOURCE, CODE_SOURCE);
    return this;
  }

  /** Removes UVE {@code type}/{@code name}; true when it existed. */
  public boolean deleteUve(String type, String name) {
    return uves.remove(type, name);
  }

  /**
   * The UVE of compute {@code compute}'s vrouter agent: {@code VrouterAgent} (control IP, mode) and
   * a {@code NodeStatus} whose {@code contrail-vrouter-agent} process is in {@code state}, with its
   * XMPP and collector connections up when functional and down otherwise.
   */
  public FakeAnalyticsApi putVrouter(String compute, String controlIp, ProcessState state) {
    putUve("vrouter", compute, "VrouterAgent", Map.of("control_ip", controlIp,
        "self_ip_list", List.of(controlIp), "mode", "VROUTER"));
    ConnectionStatus up = state == ProcessState.FUNCTIONAL ? ConnectionStatus.UP : ConnectionStatus.DOWN;
    ProcessStatus.Builder process = ProcessStatus.builder().moduleId("contrail-vrouter-agent").instanceId("0")
        .state(state)
        .addConnectionInfos(ConnectionInfo.of("XMPP", "control-node:" + controlIp, up, List.of()))
        .addConnectionInfos(ConnectionInfo.of("Collector", "", up, List.of()));
    if (state != ProcessState.FUNCTIONAL) {
      process.description("XMPP:control-node connection down");
    }
    GeneratorIdentity agent = GeneratorIdentity.builder().source(compute).module("contrail-vrouter-agent")
        .nodeType("Compute").build();
    return putNodeStatus("vrouter", NodeStatus.builder().name(compute).addProcessStatus(process.build()).build(), agent);
  }

  /** Sets the NodeStatus of UVE {@code type}/{@code status.name()} as {@code generator} sent it. */
  public FakeAnalyticsApi putNodeStatus(String type, NodeStatus status, GeneratorIdentity generator) {
    uves.put(type, status.name(), "NodeStatus", NodeStatusUves.nodeStatus(status), generator.source(),
        generator.module());
    NodeStatusUves.alarms(status, clock.instant()).ifPresentOrElse(
        alarms -> uves.put(type, status.name(), ALARMS, alarms, CODE_SOURCE, CODE_SOURCE),
        () -> uves.removeStruct(type, status.name(), ALARMS));
    return this;
  }

  /** Adds a row at {@code time} to query table {@code table} (created when new). */
  public FakeAnalyticsApi addRow(String table, Instant time, Map<String, ?> columns) {
    queries.add(check("table", table), time, new LinkedHashMap<>(columns));
    return this;
  }

  /**
   * Shows what {@code collector} receives from now on: NodeStatus UVEs under the UVE type of their
   * key table ({@code ObjectKubernetesManagerNode} is {@code kubernetes-manager-node}), a
   * {@code generator} UVE per handshake, and system logs as {@value #MESSAGE_TABLE} rows.
   */
  public FakeAnalyticsApi follow(FakeCollector collector) {
    collector.addListener(new CollectorListener() {
      @Override
      public void handshake(Handshake handshake) {
        GeneratorIdentity g = handshake.generator();
        uves.put("generator", g.source() + ":" + g.nodeType() + ":" + g.module() + ":" + g.instanceId(),
            "ModuleClientState", Map.of("client_info", Map.of("status", "Established",
                "successful_connections", handshake.successfulConnections(), "pid", handshake.pid())),
            g.source(), g.module());
      }

      @Override
      public void nodeStatus(ReceivedNodeStatus status) {
        putNodeStatus(UveTypes.ofKeyTable(status.table()), status.status(), status.generator());
      }

      @Override
      public void systemLog(SystemLog log) {
        addRow(MESSAGE_TABLE, log.timestamp(), Map.of("Source", log.source(), "ModuleId", log.module(),
            "Messagetype", log.messageName(), "Category", log.category(), "Level", (long) log.level().code(),
            "Xmlmessage", log.text()));
      }
    });
    return this;
  }

  /** How many requests reached the fake. */
  public long requestCount() {
    return server.requestCount();
  }

  @Override
  public String toString() {
    return "FakeAnalyticsApi[" + baseUrl() + "]";
  }

  private static String check(String field, String value) {
    if (value.isBlank()) {
      throw ValidationException.of("fake analytics", field + ": is blank");
    }
    return value;
  }

  /** The clock of a {@link FakeAnalyticsApi} (for {@code now} in queries and alarm times). */
  public static final class Builder extends FakeServerBuilder<Builder> {
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public FakeAnalyticsApi start() {
      return new FakeAnalyticsApi(this);
    }
  }

  @Override
  FakeHttpServer httpServer() {
    return server;
  }
}
