package dev.nestedcontrail.sdk.testkit;

import java.time.Duration;

/**
 * Runs a task after a delay; fault injection uses it for added latency. By default a fake uses its
 * own event loop's timer; tests that must not wait pass a {@link ManualScheduler}.
 */
@FunctionalInterface
public interface DelayScheduler {
  void schedule(Duration delay, Runnable task);
}
