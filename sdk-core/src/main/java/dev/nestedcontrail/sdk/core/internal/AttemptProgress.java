package dev.nestedcontrail.sdk.core.internal;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * How far one HTTP attempt got: whether a connection was obtained and whether the request started
 * going out. The transport uses it to tell "never reached the server" (safe to retry and fail over)
 * from failures after the request was sent. Attach it as a request tag; {@link #FACTORY} reads it.
 */
public final class AttemptProgress {

  /** Creates listeners that record progress into the request's {@link AttemptProgress} tag. */
  public static final EventListener.Factory FACTORY = call -> {
    AttemptProgress progress = call.request().tag(AttemptProgress.class);
    return progress == null ? EventListener.NONE : progress.new Listener();
  };

  private volatile boolean connected;
  private volatile boolean sent;

  public boolean connected() {
    return connected;
  }

  public boolean sent() {
    return sent;
  }

  private final class Listener extends EventListener {
    @Override
    public void connectionAcquired(Call call, Connection connection) {
      connected = true;
    }

    @Override
    public void requestHeadersStart(Call call) {
      sent = true;
    }
  }
}
