package dev.nestedcontrail.sdk.k8s.client;

/**
 * Callbacks of an {@link Informer}. They run one at a time, in event order, on the executor given
 * to the informer, never on an I/O thread.
 */
public interface InformerListener {
  default void onAdd(KubernetesObject object) {}

  default void onUpdate(KubernetesObject oldObject, KubernetesObject newObject) {}

  /** {@code object} is the last state the server reported (or the cached one after a re-list). */
  default void onDelete(KubernetesObject object) {}
}
