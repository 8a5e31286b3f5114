package dev.nestedcontrail.sdk.cni.daemon;

import dev.nestedcontrail.sdk.cni.CniPlugin;
import dev.nestedcontrail.sdk.cni.internal.CniHttpHandler;
import dev.nestedcontrail.sdk.core.ContrailClientException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.DomainSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link CniPlugin} on a Unix domain socket (Netty, epoll), so each CNI call costs a
 * socket round trip instead of a JVM start. The socket gets mode 0600, so only its owner (root on
 * a node) can connect; a missing folder is created with mode 0700, an existing one is left as it
 * is. {@link #close()} stops
 * serving and removes the socket; it does not close the plugin.
 */
public final class CniDaemon implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(CniDaemon.class);

  private final Path socket;
  private final EventLoopGroup group;
  private final ExecutorService workers;
  private final Channel channel;
  private final AtomicBoolean closed = new AtomicBoolean();

  private CniDaemon(Path socket, EventLoopGroup group, ExecutorService workers, Channel channel) {
    this.socket = socket;
    this.group = group;
    this.workers = workers;
    this.channel = channel;
  }

  /**
   * Starts serving {@code plugin} on {@code socket}; a stale socket file there is replaced.
   *
   * @param workerThreads how many CNI calls may run at once
   * @throws ContrailClientException when epoll is unavailable or the socket cannot be bound
   */
  public static CniDaemon start(Path socket, CniPlugin plugin, int workerThreads) {
    Objects.requireNonNull(socket, "socket");
    Objects.requireNonNull(plugin, "plugin");
    if (!Epoll.isAvailable()) {
      throw new ContrailClientException("the CNI daemon needs Linux epoll: "
          + Epoll.unavailabilityCause());
    }
    try {
      Path dir = socket.toAbsolutePath().getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
      }
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new ContrailClientException("cannot prepare the socket " + socket + ": " + e, e);
    }
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    ExecutorService workers = Executors.newFixedThreadPool(workerThreads, r -> {
      Thread t = new Thread(r, "cni-daemon-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Channel channel = new ServerBootstrap().group(group)
          .channel(EpollServerDomainSocketChannel.class)
          .childHandler(new ChannelInitializer<DomainSocketChannel>() {
            @Override
            protected void initChannel(DomainSocketChannel ch) {
              ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                  new CniHttpHandler(plugin, workers));
            }
          })
          .bind(new DomainSocketAddress(socket.toFile())).sync().channel();
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      logger.debug("CNI daemon listening on {}", socket);
      return new CniDaemon(socket, group, workers, channel);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdown(group, workers);
      throw new ContrailClientException("interrupted while binding " + socket, e);
    } catch (IOException | RuntimeException e) {
      shutdown(group, workers);
      throw new ContrailClientException("cannot serve on " + socket + ": " + e, e);
    }
  }

  /** The socket path the daemon listens on. */
  public Path socket() {
    return socket;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    channel.close().awaitUninterruptibly();
    shutdown(group, workers);
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      logger.warn("could not remove socket {}: {}", socket, e.toString());
    }
  }

  private static void shutdown(EventLoopGroup group, ExecutorService workers) {
    workers.shutdown();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
