package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.testkit.ResponseStream;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ResponseStream} writing HTTP chunks to one channel; safe to use from any thread. */
final class NettyResponseStream implements ResponseStream {
  private final ChannelHandlerContext ctx;
  private final List<Runnable> callbacks = new ArrayList<>();
  private boolean open = true;

  NettyResponseStream(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    ctx.channel().closeFuture().addListener(f -> ended());
  }

  @Override
  public void send(String chunk) {
    if (isOpen() && !chunk.isEmpty()) {
      ctx.writeAndFlush(new DefaultHttpContent(ByteBufUtil.writeUtf8(ctx.alloc(), chunk)));
    }
  }

  @Override
  public void sendJsonLine(Object value) {
    send(JsonCodec.write(value) + "\n");
  }

  @Override
  public synchronized boolean isOpen() {
    return open && ctx.channel().isActive();
  }

  @Override
  public void onClose(Runnable callback) {
    synchronized (this) {
      if (open) {
        callbacks.add(callback);
        return;
      }
    }
    callback.run();
  }

  @Override
  public void close() {
    end().ifPresent(toRun -> {
      if (ctx.channel().isActive()) {
        ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
      }
      toRun.forEach(Runnable::run);
    });
  }

  private void ended() {
    end().ifPresent(toRun -> toRun.forEach(Runnable::run));
  }

  /** Marks the stream ended; the callbacks to run, or empty when it had ended already. */
  private synchronized Optional<List<Runnable>> end() {
    if (!open) {
      return Optional.empty();
    }
    open = false;
    List<Runnable> toRun = List.copyOf(callbacks);
    callbacks.clear();
    return Optional.of(toRun);
  }
}
