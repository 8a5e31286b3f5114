package dev.nestedcontrail.sdk.k8s.connectivity;

/** What {@link LinkLocalServices} does when a planned service IP is already used in the cloud. */
public enum ServiceIpCheck {
  /** Throw a {@link dev.nestedcontrail.sdk.core.ValidationException} naming every used IP; nothing is written. */
  FAIL,
  /** Apply anyway and report each used IP in {@link LinkLocalApplyResult#warnings()}. */
  WARN,
  /** Do not look. */
  SKIP
}
