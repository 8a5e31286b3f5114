package dev.nestedcontrail.sdk.vnc;

/** The {@code operation} of a {@code /ref-update}. */
public enum RefOperation {
  ADD,
  DELETE
}
