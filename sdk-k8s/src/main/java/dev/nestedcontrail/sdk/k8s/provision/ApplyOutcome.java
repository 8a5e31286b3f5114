package dev.nestedcontrail.sdk.k8s.provision;

/** What one server-side apply did to one object. */
public enum ApplyOutcome {
  /** The object did not exist; this run created it. */
  CREATED,
  /** The object existed and the apply changed it (its resourceVersion moved). */
  CHANGED,
  /** The object existed and the apply left it as it was (same resourceVersion). */
  UNCHANGED;

  /** Whether the apply wrote to the server. */
  public boolean wrote() {
    return this != UNCHANGED;
  }
}
