package dev.nestedcontrail.sdk.testkit;

import java.time.Duration;

/**
 * Fault switches of one fake server; thread-safe, all off at start. For each request, in this
 * order: the latency is added; then a pending "fail next" fault applies; then a drop is drawn with
 * the drop rate, then an error with the error rate, both from the server's seeded random, so a run
 * with the same seed and request order injects the same faults.
 */
public interface Faults {

  /** Delays every answer (and every injected fault) by {@code latency}; zero turns it off. */
  Faults latency(Duration latency);

  /** Answers a share {@code rate} (0..1) of requests with {@code status} (500..599). */
  Faults errorRate(double rate, int status);

  /** Closes the connection without an answer for a share {@code rate} (0..1) of requests. */
  Faults dropRate(double rate);

  /** Answers the next {@code count} requests with {@code status} (400..599), before any rate applies. */
  Faults failNext(int count, int status);

  /** Closes the connection without an answer on the next {@code count} requests. */
  Faults dropNext(int count);

  /** How many faults (errors and drops, not latency) have been injected so far. */
  int injected();

  /** Turns every fault off; the random sequence goes on from where it is. */
  Faults reset();
}
