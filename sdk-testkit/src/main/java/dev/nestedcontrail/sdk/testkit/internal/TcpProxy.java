package dev.nestedcontrail.sdk.testkit.internal;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Promise;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP relay on 127.0.0.1 to one target, for cutting a client's connection to a real server:
 * {@link #cut()} stops listening and closes every relayed connection (both sides), {@link #reopen()}
 * listens again on the same port. Thread-safe.
 */
public final class TcpProxy implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(TcpProxy.class);

  private final InetSocketAddress target;
  private final EventLoopGroup group;
  private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final int port;
  private @Nullable Channel listener;

  private TcpProxy(String targetHost, int targetPort) {
    this.target = new InetSocketAddress(targetHost, targetPort);
    this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("tcp-proxy", true), NioIoHandler.newFactory());
    try {
      this.listener = bind(0);
      this.port = ((InetSocketAddress) listener.localAddress()).getPort();
    } catch (RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      throw e;
    }
    logger.debug("proxy 127.0.0.1:{} -> {}", port, target);
  }

  /** Starts relaying an ephemeral port on 127.0.0.1 to {@code targetHost:targetPort}. */
  public static TcpProxy start(String targetHost, int targetPort) {
    return new TcpProxy(targetHost, targetPort);
  }

  public int port() {
    return port;
  }

  /** How many client connections were accepted so far. */
  public int accepted() {
    return accepted.get();
  }

  /** Stops listening and closes every open connection, client and target side; waits until done. */
  public synchronized void cut() {
    if (listener != null) {
      listener.close().syncUninterruptibly();
      listener = null;
    }
    for (Channel channel : Set.copyOf(channels)) {
      channel.close().syncUninterruptibly();
    }
    logger.debug("proxy 127.0.0.1:{} cut", port);
  }

  /**
   * Listens on the same port again after {@link #cut()}; does nothing while listening. Some network
   * stacks (this sandbox's) keep a closed port busy for a moment, so binding is retried every 50 ms
   * for up to 10 s.
   */
  public synchronized void reopen() {
    if (listener == null && !closed.get()) {
      Promise<Channel> bound = group.next().newPromise();
      bindAgain(bound, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
      listener = bound.syncUninterruptibly().getNow();
      logger.debug("proxy 127.0.0.1:{} reopened", port);
    }
  }

  private void bindAgain(Promise<Channel> bound, long deadline) {
    bootstrap().bind(new InetSocketAddress("127.0.0.1", port)).addListener((ChannelFuture f) -> {
      if (f.isSuccess()) {
        bound.setSuccess(f.channel());
      } else if (f.cause() instanceof BindException && System.nanoTime() < deadline) {
        group.schedule(() -> bindAgain(bound, deadline), 50, TimeUnit.MILLISECONDS);
      } else {
        bound.setFailure(f.cause());
      }
    });
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      cut();
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private Channel bind(int localPort) {
    return bootstrap().bind(new InetSocketAddress("127.0.0.1", localPort)).syncUninterruptibly().channel();
  }

  private ServerBootstrap bootstrap() {
    return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.AUTO_READ, false)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel client) {
            accepted.incrementAndGet();
            track(client);
            connectTarget(client);
          }
        });
  }

  private void connectTarget(Channel client) {
    new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.AUTO_READ, false)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel server) {
            track(server);
            server.pipeline().addLast(new TcpRelayHandler(client));
            client.pipeline().addLast(new TcpRelayHandler(server));
          }
        })
        .connect(target).addListener((ChannelFutureListener) f -> {
          if (f.isSuccess()) {
            client.read();
            f.channel().read();
          } else {
            logger.debug("proxy 127.0.0.1:{} cannot reach {}: {}", port, target, f.cause().toString());
            client.close();
          }
        });
  }

  private void track(Channel channel) {
    channels.add(channel);
    channel.closeFuture().addListener(f -> channels.remove(channel));
  }
}
