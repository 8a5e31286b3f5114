package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.DelayScheduler;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty side of a fake: {@code ioThreads} event-loop threads (one unless a fake whose
 * handlers are thread-safe asks for more), a listener on 127.0.0.1 (ephemeral port) and
 * a pipeline of one handler per phase: HTTP codec, keep-alive, aggregation, faults, routing.
 */
public final class NettyHttpServer implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(NettyHttpServer.class);
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final String name;
  private final EventLoopGroup group;
  private final Channel listener;
  private final Set<Channel> connections = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();

  public NettyHttpServer(String name, Router router, FaultState faults, Optional<DelayScheduler> scheduler,
      int ioThreads) {
    this.name = name;
    this.group = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory());
    try {
      this.listener = new ServerBootstrap()
          .group(group)
          .channel(NioServerSocketChannel.class)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              connections.add(ch);
              ch.closeFuture().addListener(f -> connections.remove(ch));
              pipeline(ch.pipeline(), router, faults, scheduler, requests);
            }
          })
          .bind(new InetSocketAddress("127.0.0.1", 0))
          .syncUninterruptibly()
          .channel();
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      throw e;
    }
    logger.debug("{} listening on 127.0.0.1:{}", name, port());
  }

  /** Adds the phase handlers, in order, to {@code pipeline}. */
  public static void pipeline(ChannelPipeline pipeline, Router router, FaultState faults,
      Optional<DelayScheduler> scheduler, AtomicLong requests) {
    pipeline.addLast("http", new HttpServerCodec());
    pipeline.addLast("keep-alive", new HttpServerKeepAliveHandler());
    pipeline.addLast("aggregate", new HttpObjectAggregator(MAX_BODY_BYTES));
    pipeline.addLast("faults", new FaultInjectionHandler(faults, scheduler));
    pipeline.addLast("route", new RequestDispatchHandler(router, requests));
  }

  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** Requests that reached routing (faults that answered or dropped are not counted). */
  public long requests() {
    return requests.get();
  }

  /** The open client connections. */
  public int connections() {
    return connections.size();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    listener.close().syncUninterruptibly();
    for (Channel c : List.copyOf(connections)) {
      c.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    logger.debug("{} closed", name);
  }
}
