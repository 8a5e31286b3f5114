package dev.nestedcontrail.sdk.k8s.client.internal;

import dev.nestedcontrail.sdk.k8s.client.Backoff;
import java.time.Duration;

/**
 * How informers watch: the backoff between failed attempts, how long the server keeps one watch
 * open, and whether events come over a chunked HTTP stream (as kubectl reads them) or a WebSocket.
 */
public record WatchOptions(Backoff backoff, Duration timeout, boolean webSocket) {}
