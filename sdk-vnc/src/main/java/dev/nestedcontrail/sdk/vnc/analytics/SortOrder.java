package dev.nestedcontrail.sdk.vnc.analytics;

/** The {@code sort} of a query, with the number the query API expects. */
public enum SortOrder {
  ASCENDING(1),
  DESCENDING(2);

  private final int code;

  SortOrder(int code) {
    this.code = code;
  }

  /** The {@code sort} number on the wire. */
  public int code() {
    return code;
  }
}
