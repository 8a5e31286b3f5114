package dev.nestedcontrail.sdk.k8s.provision;

/**
 * Hears about a provisioning run step by step. Callbacks run on the provisioning thread, in order;
 * every method has a no-op default.
 */
public interface ProvisionListener {
  /** A listener that ignores everything. */
  static ProvisionListener none() {
    return new ProvisionListener() {};
  }

  default void stepStarted(ProvisionStep step) {}

  /** Something happened inside {@code step}, such as one object applied. */
  default void progress(ProvisionStep step, String message) {}

  /** The step is done; {@code summary} says what it did, for example {@code 0 writes}. */
  default void stepFinished(ProvisionStep step, String summary) {}

  /** The step failed with {@code cause}; the run stops after this call. */
  default void stepFailed(ProvisionStep step, RuntimeException cause) {}
}
