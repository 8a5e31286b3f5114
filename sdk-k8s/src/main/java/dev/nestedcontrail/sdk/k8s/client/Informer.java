package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.k8s.client.internal.InformerLoop;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A running list + watch of one resource collection with a local cache keyed by namespace and
 * name. It survives dropped watches (resuming from the last resource version) and expired ones
 * (410 Gone: it re-lists and reports the differences as adds, updates and deletes), reconnecting
 * with backoff. Close it to stop; closing is idempotent.
 */
public final class Informer implements AutoCloseable {
  private final InformerLoop loop;

  Informer(InformerLoop loop) {
    this.loop = loop;
  }

  /**
   * Completes once the initial list is in the cache and its {@code onAdd} callbacks have run; fails
   * if the initial list is refused (for example 403).
   */
  public CompletableFuture<Void> started() {
    return loop.started();
  }

  /** The cached object; use an empty namespace for cluster-scoped kinds. */
  public Optional<KubernetesObject> get(String namespace, String name) {
    return loop.cached(namespace, name);
  }

  /** A snapshot of the cache. */
  public List<KubernetesObject> list() {
    return loop.snapshot();
  }

  /** The last resource version seen (from a list, an event or a bookmark). */
  public String resourceVersion() {
    return loop.resourceVersion();
  }

  @Override
  public void close() {
    loop.close();
  }
}
