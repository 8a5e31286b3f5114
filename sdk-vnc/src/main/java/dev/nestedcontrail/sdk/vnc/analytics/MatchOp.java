package dev.nestedcontrail.sdk.vnc.analytics;

/** The comparison of a where-clause match, with the number the query API expects. */
public enum MatchOp {
  EQUAL(1),
  NOT_EQUAL(2),
  IN_RANGE(3),
  NOT_IN_RANGE(4),
  LEQ(5),
  GEQ(6),
  PREFIX(7),
  REGEX_MATCH(8);

  private final int code;

  MatchOp(int code) {
    this.code = code;
  }

  /** The {@code op} number on the wire. */
  public int code() {
    return code;
  }
}
