package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.GeneratorHandshakeHandler;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.GeneratorSessionHandler;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.MessageFactory;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.NodeStatusCodec;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshMessage;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshPipeline;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SessionListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import jdk.net.ExtendedSocketOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Sandesh generator: keeps a session with one of the configured collectors (TCP, default port
 * 8086), reports the process's NodeStatus UVE and sends system log messages, as pysandesh does for
 * contrail-kube-manager.
 *
 * <pre>{@code
 * try (SandeshGenerator generator = SandeshGenerator.builder()
 *     .collectors(CollectorAddress.parseList("10.0.0.5:8086 10.0.0.6:8086"))
 *     .identity(GeneratorIdentity.kubeManager("k8s-master-1"))
 *     .build()) {
 *   generator.start();
 *   generator.sendNodeStatus(NodeStatus.of(generator.identity(), List.of(
 *       ConnectionInfo.of("ApiServer", "", ConnectionStatus.UP, List.of("10.0.0.1:8082")))));
 *   generator.log(SyslogLevel.INFO, "kube-manager started");
 * }
 * }</pre>
 *
 * <p>Session: connect, send {@code SandeshCtrlClientToServer}, wait for the collector's
 * {@code SandeshCtrlServerToClient}; then {@link GeneratorState#ESTABLISHED}. The last NodeStatus
 * is sent again on every new session. When a connection fails or closes, the generator waits
 * (capped exponential backoff with jitter) and tries the next collector in the list. Log messages
 * sent while no session is established are dropped and counted, as pysandesh drops them.
 *
 * <p>Thread-safe. State callbacks run on the callback executor, never on a Netty thread.
 * {@link #close()} shuts down the event loop group and executor only when this generator created
 * them.
 */
public final class SandeshGenerator implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(SandeshGenerator.class);
  /** TCP keepalive as pysandesh sets it: probe after 15 s idle, every 3 s, give up after 5. */
  private static final int KEEPALIVE_IDLE_SECONDS = 15;
  private static final int KEEPALIVE_INTERVAL_SECONDS = 3;
  private static final int KEEPALIVE_PROBES = 5;

  private final List<CollectorAddress> collectors;
  private final GeneratorIdentity identity;
  private final String nodeStatusTable;
  private final String syslogPrefix;
  private final RandomGenerator random;
  private final long pid;
  private final Duration closeTimeout;
  private final Consumer<GeneratorState> stateListener;
  private final MessageFactory messages;
  private final RetryPolicy backoff;
  private final EventLoopGroup group;
  private final boolean ownsGroup;
  private final Executor callbackExecutor;
  private final boolean ownsExecutor;
  private final Bootstrap bootstrap;
  private final AtomicReference<Optional<NodeStatus>> nodeStatus = new AtomicReference<>(Optional.empty());
  private final AtomicReference<@Nullable Channel> session = new AtomicReference<>();
  private final AtomicReference<@Nullable Channel> connection = new AtomicReference<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile GeneratorState state = GeneratorState.IDLE;
  private int collectorIndex;
  private int failures;
  private long connects;

  SandeshGenerator(GeneratorBuilder b, EventLoopGroup group, boolean ownsGroup, Executor callbackExecutor,
      boolean ownsExecutor) {
    this.collectors = b.collectors;
    this.identity = Objects.requireNonNull(b.identity, "identity");
    this.nodeStatusTable = b.nodeStatusTable;
    this.syslogPrefix = b.syslogPrefix;
    this.random = b.random;
    this.pid = b.pid;
    this.closeTimeout = b.connectTimeout;
    this.stateListener = b.stateListener;
    this.messages = new MessageFactory(identity, b.clock);
    this.backoff = RetryPolicy.builder().baseDelay(b.reconnectBaseDelay).maxDelay(b.reconnectMaxDelay).build();
    this.group = group;
    this.ownsGroup = ownsGroup;
    this.callbackExecutor = callbackExecutor;
    this.ownsExecutor = ownsExecutor;
    int maxFrameLength = b.maxFrameLength;
    this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) b.connectTimeout.toMillis())
        .option(ChannelOption.SO_KEEPALIVE, true)
        .option(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE), KEEPALIVE_IDLE_SECONDS)
        .option(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPINTERVAL), KEEPALIVE_INTERVAL_SECONDS)
        .option(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPCOUNT), KEEPALIVE_PROBES)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            SandeshPipeline.addCodecs(ch.pipeline(), maxFrameLength);
            ch.pipeline().addLast(new GeneratorHandshakeHandler(listener));
            ch.pipeline().addLast(new GeneratorSessionHandler(listener));
          }
        });
  }

  public static GeneratorBuilder builder() {
    return new GeneratorBuilder();
  }

  public GeneratorIdentity identity() {
    return identity;
  }

  public GeneratorState state() {
    return state;
  }

  /** Log messages dropped because no session was established. */
  public long droppedMessages() {
    return dropped.get();
  }

  /**
   * Starts connecting (to the first collector); idempotent.
   *
   * @throws ContrailClientException when the generator is closed
   */
  public void start() {
    if (closed.get()) {
      throw new ContrailClientException("start on a closed Sandesh generator");
    }
    if (started.compareAndSet(false, true)) {
      group.execute(this::connect);
    }
  }

  /**
   * Sets the NodeStatus UVE and sends it when a session is established (and on every later
   * session).
   */
  public void sendNodeStatus(NodeStatus status) {
    nodeStatus.set(Optional.of(status));
    Channel ch = session.get();
    if (ch != null) {
      ch.writeAndFlush(messages.nodeStatus(status, nodeStatusTable));
    }
  }

  /**
   * Sends a system log message {@code <prefix><Level>Log}, such as {@code KubeManagerErrorLog}.
   *
   * @return true when handed to an established session, false when dropped
   */
  public boolean log(SyslogLevel level, String text) {
    Channel ch = session.get();
    if (ch == null) {
      dropped.incrementAndGet();
      return false;
    }
    ch.writeAndFlush(messages.systemLog(syslogPrefix, level, text));
    return true;
  }

  /** Closes the session and stops reconnecting. Idempotent; throws nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    session.set(null);
    Channel ch = connection.getAndSet(null);
    if (ch != null) {
      ch.close().awaitUninterruptibly(closeTimeout.toMillis());
    }
    setState(GeneratorState.CLOSED);
    if (ownsGroup) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    if (ownsExecutor && callbackExecutor instanceof ExecutorService) {
      ((ExecutorService) callbackExecutor).shutdown();
    }
  }

  private synchronized void connect() {
    if (closed.get()) {
      return;
    }
    CollectorAddress target = collectors.get(Math.floorMod(collectorIndex, collectors.size()));
    setState(GeneratorState.CONNECT);
    logger.debug("connecting to collector {}", target);
    bootstrap.connect(target.host(), target.port()).addListener(f -> {
      if (!f.isSuccess()) {
        retry("cannot connect to " + target + ": " + f.cause().getMessage());
      }
    });
  }

  private synchronized void retry(String reason) {
    if (closed.get()) {
      return;
    }
    failures++;
    collectorIndex++;
    Duration delay = backoff.delayBefore(failures, random.nextDouble());
    logger.debug("{}; next attempt in {}", reason, delay);
    setState(GeneratorState.IDLE);
    try {
      group.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      logger.debug("event loop stopped; not reconnecting");
    }
  }

  private void setState(GeneratorState next) {
    if (state == next || state == GeneratorState.CLOSED) {
      return;
    }
    state = next;
    try {
      callbackExecutor.execute(() -> stateListener.accept(next));
    } catch (RejectedExecutionException e) {
      logger.debug("state {} not reported: callback executor stopped", next);
    }
  }

  private final SessionListener listener = new SessionListener() {
    @Override
    public SandeshMessage connected(Channel channel) {
      synchronized (SandeshGenerator.this) {
        connects++;
        connection.set(channel);
        if (closed.get()) {
          channel.close();
        }
        setState(GeneratorState.CLIENT_INIT);
        return messages.hello(connects, List.of(NodeStatusCodec.UVE_NAME), pid);
      }
    }

    @Override
    public void established(Channel channel) {
      synchronized (SandeshGenerator.this) {
        if (closed.get()) {
          channel.close();
          return;
        }
        failures = 0;
        session.set(channel);
        setState(GeneratorState.ESTABLISHED);
      }
      logger.debug("session established with collector {}", channel.remoteAddress());
      nodeStatus.get().ifPresent(s -> channel.writeAndFlush(messages.nodeStatus(s, nodeStatusTable)));
    }

    @Override
    public void closed(Channel channel, String reason) {
      session.compareAndSet(channel, null);
      connection.compareAndSet(channel, null);
      retry("session with " + channel.remoteAddress() + " ended: " + reason);
    }
  };
}
