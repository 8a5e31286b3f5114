package dev.nestedcontrail.sdk.k8s.kubemanager;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A snapshot of a {@link KubeManager}'s counters. */
@Value.Immutable
public abstract class KubeManagerMetrics {
  public static Builder builder() {
    return new Builder();
  }

  /** Kubernetes events (and resync repairs) handled without error. */
  public abstract long eventsProcessed();

  /** Events whose handling failed; the next event or resync retries the object. */
  public abstract long eventErrors();

  /** Events waiting or running now. */
  public abstract int queueDepth();

  /** Time the last event waited in its queue. */
  public abstract Duration lastQueueLag();

  /** The longest time an event waited in its queue. */
  public abstract Duration maxQueueLag();

  /** Config API calls by kind, such as {@code create virtual-machine} or {@code ref-update}. */
  public abstract Map<String, Long> restCallsByKind();

  /** The total of {@link #restCallsByKind()}. */
  public long restCalls() {
    return restCallsByKind().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Calls that change something: every kind except reads and lists. */
  public long restWrites() {
    return restCallsByKind().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("read") && !e.getKey().startsWith("list"))
        .mapToLong(Map.Entry::getValue).sum();
  }

  public abstract Optional<Instant> lastResync();

  public abstract long resyncs();

  /** Pods that found every VLAN of their node's interface taken. */
  public abstract long vlanExhaustions();

  public static final class Builder extends ImmutableKubeManagerMetrics.Builder {}
}
