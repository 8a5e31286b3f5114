package dev.nestedcontrail.sdk.k8s.client.internal;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * A watch over a WebSocket, one event per message. OkHttp's callbacks only queue what they get;
 * the informer thread takes from the queue, so no user code runs on OkHttp threads.
 */
final class WebSocketWatchStream extends WebSocketListener implements WatchStream {
  private static final Object OPENED = new Object();
  private static final Object ENDED = new Object();

  /** The upgrade or the socket failed; {@code status} is 0 without an HTTP answer. */
  record Failure(Throwable cause, int status, String body) {}

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private volatile @Nullable WebSocket socket;

  void attach(WebSocket socket) {
    this.socket = socket;
  }

  /** Blocks until the upgrade succeeded (empty) or failed. */
  @Nullable Failure awaitOpen() throws IOException {
    Object first = take();
    if (first == OPENED) {
      return null;
    }
    if (first instanceof Failure) {
      return (Failure) first;
    }
    throw new IOException("watch WebSocket closed before it opened");
  }

  @Override
  public @Nullable String next() throws IOException {
    Object item = take();
    if (item == ENDED) {
      return null;
    }
    if (item instanceof Failure) {
      throw new IOException("watch WebSocket failed: " + ((Failure) item).cause(),
          ((Failure) item).cause());
    }
    return (String) item;
  }

  private Object take() throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while watching", e);
    }
  }

  /** Aborts the socket from another thread; a blocked {@link #next()} then ends. */
  void cancel() {
    WebSocket ws = socket;
    if (ws != null) {
      ws.cancel();
    }
    queue.add(ENDED);
  }

  @Override
  public void close() {
    WebSocket ws = socket;
    if (ws != null) {
      ws.close(1000, null);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    queue.add(OPENED);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    queue.add(text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    queue.add(bytes.utf8());
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    queue.add(ENDED);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
    String body = "";
    if (response != null) {
      try {
        body = response.body().string();
      } catch (IOException | IllegalStateException unreadable) {
        body = "";
      }
    }
    queue.add(new Failure(t, response == null ? 0 : response.code(), body));
  }
}
