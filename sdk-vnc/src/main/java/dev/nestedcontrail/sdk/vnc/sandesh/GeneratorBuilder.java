package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ValidationException;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Builds a {@link SandeshGenerator}; not thread-safe. */
public final class GeneratorBuilder {

  /** The table of kube-manager's NodeStatus UVE. */
  public static final String KUBE_MANAGER_TABLE = "ObjectKubernetesManagerNode";

  List<CollectorAddress> collectors = List.of();
  @Nullable GeneratorIdentity identity;
  String nodeStatusTable = KUBE_MANAGER_TABLE;
  String syslogPrefix = "KubeManager";
  Clock clock = Clock.systemUTC();
  RandomGenerator random = ThreadLocalRandom.current();
  Duration connectTimeout = Duration.ofSeconds(5);
  Duration reconnectBaseDelay = Duration.ofSeconds(1);
  Duration reconnectMaxDelay = Duration.ofSeconds(30);
  int maxFrameLength = 16 * 1024 * 1024;
  long pid = ProcessHandle.current().pid();
  Consumer<GeneratorState> stateListener = s -> { };
  @Nullable Executor callbackExecutor;
  @Nullable EventLoopGroup eventLoopGroup;

  GeneratorBuilder() {}

  /** The collectors, tried in order; required. */
  public GeneratorBuilder collectors(List<CollectorAddress> collectors) {
    this.collectors = List.copyOf(collectors);
    return this;
  }

  /** Source, module, node type and instance id; required. */
  public GeneratorBuilder identity(GeneratorIdentity identity) {
    this.identity = Objects.requireNonNull(identity, "identity == null");
    return this;
  }

  /** The UVE table of the NodeStatus; {@value #KUBE_MANAGER_TABLE} by default. */
  public GeneratorBuilder nodeStatusTable(String table) {
    this.nodeStatusTable = Objects.requireNonNull(table, "table == null");
    return this;
  }

  /** The start of system log message names; {@code KubeManager} by default. */
  public GeneratorBuilder syslogPrefix(String prefix) {
    this.syslogPrefix = Objects.requireNonNull(prefix, "prefix == null");
    return this;
  }

  /** Gives message timestamps; the system UTC clock by default. */
  public GeneratorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return this;
  }

  /** Source of reconnect jitter. */
  public GeneratorBuilder random(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random == null");
    return this;
  }

  /** Time to open a TCP connection; 5 s by default. */
  public GeneratorBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout == null");
    return this;
  }

  /** Reconnect backoff: first wait at most {@code base}, doubling up to {@code max}; 1 s and 30 s by default. */
  public GeneratorBuilder reconnectDelay(Duration base, Duration max) {
    this.reconnectBaseDelay = Objects.requireNonNull(base, "base == null");
    this.reconnectMaxDelay = Objects.requireNonNull(max, "max == null");
    return this;
  }

  /** Largest frame accepted from the collector; 16 MiB by default. */
  public GeneratorBuilder maxFrameLength(int bytes) {
    this.maxFrameLength = bytes;
    return this;
  }

  /** The process id sent in the control message; this JVM's by default. */
  public GeneratorBuilder pid(long pid) {
    this.pid = pid;
    return this;
  }

  /** Told of every state change, on the callback executor. */
  public GeneratorBuilder stateListener(Consumer<GeneratorState> listener) {
    this.stateListener = Objects.requireNonNull(listener, "listener == null");
    return this;
  }

  /** Runs state callbacks; by default a single daemon thread owned by the generator. */
  public GeneratorBuilder callbackExecutor(Executor executor) {
    this.callbackExecutor = Objects.requireNonNull(executor, "executor == null");
    return this;
  }

  /**
   * Shares a caller's Netty event loop group (NIO); the generator never shuts it down. By default
   * the generator creates and owns a one-thread group.
   */
  public GeneratorBuilder eventLoopGroup(EventLoopGroup group) {
    this.eventLoopGroup = Objects.requireNonNull(group, "group == null");
    return this;
  }

  /**
   * Builds the generator; call {@link SandeshGenerator#start()} to connect.
   *
   * @throws ValidationException listing every bad setting
   */
  public SandeshGenerator build() {
    List<String> problems = new ArrayList<>();
    if (collectors.isEmpty()) {
      problems.add("collectors: the list is empty (expected at least one collector address)");
    }
    if (identity == null) {
      problems.add("identity: not set");
    }
    if (!nodeStatusTable.matches("[A-Za-z0-9_]+")) {
      problems.add("nodeStatusTable: '" + nodeStatusTable + "' is not a table name such as " + KUBE_MANAGER_TABLE);
    }
    if (!syslogPrefix.matches("[A-Za-z][A-Za-z0-9_]*")) {
      problems.add("syslogPrefix: '" + syslogPrefix + "' is not the start of a message name");
    }
    positive(problems, "connectTimeout", connectTimeout);
    positive(problems, "reconnectBaseDelay", reconnectBaseDelay);
    if (reconnectMaxDelay.compareTo(reconnectBaseDelay) < 0) {
      problems.add("reconnectMaxDelay: " + reconnectMaxDelay + " is below the base delay " + reconnectBaseDelay);
    }
    if (maxFrameLength < 1024) {
      problems.add("maxFrameLength: " + maxFrameLength + " (expected 1024 bytes or more)");
    }
    ValidationException.throwIfAny("Sandesh generator", problems);
    boolean ownsGroup = eventLoopGroup == null;
    EventLoopGroup group = ownsGroup
        ? new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("sandesh-generator", true), NioIoHandler.newFactory())
        : eventLoopGroup;
    boolean ownsExecutor = callbackExecutor == null;
    Executor executor = ownsExecutor
        ? Executors.newSingleThreadExecutor(new DefaultThreadFactory("sandesh-generator-callbacks", true))
        : callbackExecutor;
    return new SandeshGenerator(this, group, ownsGroup, executor, ownsExecutor);
  }

  private static void positive(List<String> problems, String field, Duration value) {
    if (value.isNegative() || value.isZero()) {
      problems.add(field + ": " + value + " is not positive");
    }
  }
}
