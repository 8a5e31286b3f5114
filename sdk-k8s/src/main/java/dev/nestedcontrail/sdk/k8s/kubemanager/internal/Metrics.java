package dev.nestedcontrail.sdk.k8s.kubemanager.internal;

import dev.nestedcontrail.sdk.k8s.kubemanager.KubeManagerMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one kube-manager, thread-safe; {@link #snapshot} gives the public value. */
public final class Metrics {
  private final LongAdder processed = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final AtomicLong maxLagMillis = new AtomicLong();
  private final AtomicLong lastLagMillis = new AtomicLong();
  private final Map<String, LongAdder> restCalls = new ConcurrentHashMap<>();
  private final AtomicReference<Optional<Instant>> lastResync =
      new AtomicReference<>(Optional.empty());
  private final LongAdder resyncs = new LongAdder();
  private final LongAdder vlanExhausted = new LongAdder();

  public void eventProcessed() {
    processed.increment();
  }

  public void eventFailed() {
    failed.increment();
  }

  public void queueLag(Duration lag) {
    lastLagMillis.set(lag.toMillis());
    maxLagMillis.accumulateAndGet(lag.toMillis(), Math::max);
  }

  /** One REST call to the config API, by kind such as {@code create virtual-machine}. */
  public void restCall(String kind) {
    restCalls.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  public void resyncDone(Instant at) {
    resyncs.increment();
    lastResync.set(Optional.of(at));
  }

  public void vlanExhausted() {
    vlanExhausted.increment();
  }

  public KubeManagerMetrics snapshot(int queueDepth) {
    Map<String, Long> calls = new TreeMap<>();
    restCalls.forEach((k, v) -> calls.put(k, v.sum()));
    KubeManagerMetrics.Builder b = KubeManagerMetrics.builder()
        .eventsProcessed(processed.sum())
        .eventErrors(failed.sum())
        .queueDepth(queueDepth)
        .lastQueueLag(Duration.ofMillis(lastLagMillis.get()))
        .maxQueueLag(Duration.ofMillis(maxLagMillis.get()))
        .restCallsByKind(calls)
        .resyncs(resyncs.sum())
        .vlanExhaustions(vlanExhausted.sum());
    lastResync.get().ifPresent(b::lastResync);
    return b.build();
  }
}
