package dev.nestedcontrail.sdk.core.internal;

import dev.nestedcontrail.sdk.core.Endpoint;
import dev.nestedcontrail.sdk.core.Endpoints;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server a client currently talks to. It starts at a given index and moves to the next server
 * when the current one cannot be reached, then stays there (sticky failover). Thread-safe: when
 * several calls fail on the same server at once, it moves only once.
 */
public final class EndpointSelector {

  private final Endpoints endpoints;
  private final AtomicInteger index;

  public EndpointSelector(Endpoints endpoints, int start) {
    this.endpoints = endpoints;
    this.index = new AtomicInteger(Math.floorMod(start, endpoints.size()));
  }

  public Endpoint current() {
    return endpoints.at(index.get());
  }

  /** Moves past {@code failed} if it is still the current server; returns the server to use now. */
  public Endpoint failedOver(Endpoint failed) {
    int now = index.get();
    if (endpoints.at(now).equals(failed)) {
      index.compareAndSet(now, Math.floorMod(now + 1, endpoints.size()));
    }
    return current();
  }
}
