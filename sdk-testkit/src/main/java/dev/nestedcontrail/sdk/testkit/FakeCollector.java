package dev.nestedcontrail.sdk.testkit;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import dev.nestedcontrail.sdk.testkit.collector.CollectorHandshakeHandler;
import dev.nestedcontrail.sdk.testkit.collector.CollectorListener;
import dev.nestedcontrail.sdk.testkit.collector.CollectorRecord;
import dev.nestedcontrail.sdk.testkit.collector.Handshake;
import dev.nestedcontrail.sdk.testkit.collector.ReceivedNodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.CollectorAddress;
import dev.nestedcontrail.sdk.vnc.sandesh.NodeStatus;
import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;
import dev.nestedcontrail.sdk.vnc.sandesh.internal.SandeshPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A Sandesh collector for tests: a TCP server on 127.0.0.1 that speaks the collector's side of the
 * session (framing, XML, the {@code SandeshCtrlClientToServer}/{@code ServerToClient} handshake
 * with the collector's checks) and records what generators send, typed.
 *
 * <pre>{@code
 * try (FakeCollector collector = FakeCollector.start()) {
 *   ... SandeshGenerator.builder().collectors(List.of(collector.address())) ...
 *   await().until(() -> collector.latestNodeStatus("km1").isPresent());
 * }
 * }</pre>
 *
 * <p>{@link #stop()} drops every session and stops listening; {@link #restart()} listens again on
 * the same port, so tests can check that generators reconnect.
 */
@NullMarked
public final class FakeCollector implements AutoCloseable {

  /** The largest frame the fake accepts. */
  public static final int MAX_FRAME_LENGTH = 4 * 1024 * 1024;

  private final EventLoopGroup group;
  private final ChannelGroup sessions;
  private final CollectorRecord record = new CollectorRecord();
  private final Clock clock;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable Channel server;

  private FakeCollector(int requestedPort, Clock clock) {
    this.clock = clock;
    this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("fake-collector", true),
        NioIoHandler.newFactory());
    this.sessions = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    try {
      this.port = bind(requestedPort);
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** Starts on 127.0.0.1 and an ephemeral port. */
  public static FakeCollector start() {
    return new FakeCollector(0, Clock.systemUTC());
  }

  public int port() {
    return port;
  }

  /** The address to give a generator. */
  public CollectorAddress address() {
    return CollectorAddress.of("127.0.0.1", port);
  }

  /** Every accepted handshake, in order (a generator that reconnects appears again). */
  public List<Handshake> handshakes() {
    return record.handshakes();
  }

  public List<ReceivedNodeStatus> nodeStatuses() {
    return record.nodeStatuses();
  }

  /** The last NodeStatus received for the UVE {@code name} (usually a host name). */
  public Optional<NodeStatus> latestNodeStatus(String name) {
    List<ReceivedNodeStatus> all = record.nodeStatuses();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).status().name().equals(name)) {
        return Optional.of(all.get(i).status());
      }
    }
    return Optional.empty();
  }

  public List<SystemLog> systemLogs() {
    return record.systemLogs();
  }

  /** Names of other decoded messages (such as generator-info UVEs). */
  public List<String> otherMessages() {
    return record.otherMessages();
  }

  /** Refused sessions, session failures and undecodable messages, described. */
  public List<String> errors() {
    return record.errors();
  }

  /** Sessions past the handshake that are still open. */
  public int openSessions() {
    return record.openSessions();
  }

  /**
   * Tells {@code listener} about every handshake, NodeStatus and system log received from now on,
   * such as a {@link FakeAnalyticsApi} that {@linkplain FakeAnalyticsApi#follow follows} this collector.
   */
  public void addListener(CollectorListener listener) {
    record.addListener(listener);
  }

  /** Closes every session and stops listening; what was received is kept. */
  public void stop() {
    Channel s = server;
    server = null;
    if (s != null) {
      s.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    sessions.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  /** Listens again on the same port after {@link #stop()}. */
  public void restart() {
    if (server != null) {
      throw new IllegalStateException("the fake collector is running on port " + port);
    }
    bind(port);
  }

  /** Stops and releases the event loop. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      stop();
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
  }

  private int bind(int requestedPort) {
    ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            sessions.add(ch);
            SandeshPipeline.addCodecs(ch.pipeline(), MAX_FRAME_LENGTH);
            ch.pipeline().addLast(new CollectorHandshakeHandler("fake-collector", record, clock));
          }
        });
    try {
      Channel ch = b.bind("127.0.0.1", requestedPort).sync().channel();
      server = ch;
      return ((InetSocketAddress) ch.localAddress()).getPort();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContrailClientException("interrupted while binding the fake collector", e);
    } catch (Exception e) {
      throw new ContrailClientException("cannot bind the fake collector to 127.0.0.1:" + requestedPort
          + ": " + e.getMessage(), e);
    }
  }
}
