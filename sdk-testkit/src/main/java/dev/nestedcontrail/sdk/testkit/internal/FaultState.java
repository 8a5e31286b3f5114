package dev.nestedcontrail.sdk.testkit.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.testkit.Faults;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/** The {@link Faults} of one server; {@link #decide()} draws the fault for the next request. */
public final class FaultState implements Faults {
  private static final int DROP = -1;

  private final Random random;
  private final Deque<Integer> next = new ArrayDeque<>();
  private Duration latency = Duration.ZERO;
  private double errorRate;
  private int errorStatus = 503;
  private double dropRate;
  private int injected;

  public FaultState(long seed) {
    this.random = new Random(seed);
  }

  @Override
  public synchronized Faults latency(Duration latency) {
    if (latency.isNegative()) {
      throw ValidationException.of("faults", "latency: " + latency + " is negative");
    }
    this.latency = latency;
    return this;
  }

  @Override
  public synchronized Faults errorRate(double rate, int status) {
    checkRate("errorRate", rate);
    checkStatus(status, 500);
    this.errorRate = rate;
    this.errorStatus = status;
    return this;
  }

  @Override
  public synchronized Faults dropRate(double rate) {
    checkRate("dropRate", rate);
    this.dropRate = rate;
    return this;
  }

  @Override
  public synchronized Faults failNext(int count, int status) {
    checkStatus(status, 400);
    return enqueue(count, status);
  }

  @Override
  public synchronized Faults dropNext(int count) {
    return enqueue(count, DROP);
  }

  @Override
  public synchronized int injected() {
    return injected;
  }

  @Override
  public synchronized Faults reset() {
    next.clear();
    latency = Duration.ZERO;
    errorRate = 0;
    dropRate = 0;
    return this;
  }

  /** The fault for the next request, in the order the class comment of {@link Faults} gives. */
  public synchronized FaultDecision decide() {
    FaultDecision.Action action = FaultDecision.Action.PASS;
    int status = 0;
    Integer queued = next.poll();
    if (queued != null) {
      action = queued == DROP ? FaultDecision.Action.DROP : FaultDecision.Action.RESPOND;
      status = Math.max(queued, 0);
    } else if (dropRate > 0 && random.nextDouble() < dropRate) {
      action = FaultDecision.Action.DROP;
    } else if (errorRate > 0 && random.nextDouble() < errorRate) {
      action = FaultDecision.Action.RESPOND;
      status = errorStatus;
    }
    if (action != FaultDecision.Action.PASS) {
      injected++;
    }
    return new FaultDecision(latency, action, status);
  }

  private Faults enqueue(int count, int entry) {
    if (count < 0) {
      throw ValidationException.of("faults", "count: " + count + " is negative");
    }
    for (int i = 0; i < count; i++) {
      next.add(entry);
    }
    return this;
  }

  private static void checkRate(String field, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw ValidationException.of("faults", field + ": " + rate + " is not a share between 0 and 1");
    }
  }

  private static void checkStatus(int status, int lowest) {
    if (status < lowest || status > 599) {
      throw ValidationException.of("faults", "status: " + status + " is not between " + lowest + " and 599");
    }
  }
}
