package dev.nestedcontrail.sdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link Clock} that moves only when the test says so; thread-safe. Zone UTC. */
public final class FakeClock extends Clock {
  private Instant now;

  public FakeClock(Instant start) {
    this.now = start;
  }

  /** A clock at 2026-01-01T00:00:00Z. */
  public static FakeClock atDefaultStart() {
    return new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Moves the clock forward by {@code step}. */
  public synchronized void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("step: " + step + " is negative");
    }
    now = now.plus(step);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a FakeClock stays in UTC");
  }
}
