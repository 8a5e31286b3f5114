package dev.nestedcontrail.sdk.k8s.client;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.time.Duration;

/** The time source and sleep of the wait helpers; tests pass a fake that advances on sleep. */
public interface WaitClock {
  /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits for {@code duration}; an interrupt becomes a {@link ContrailClientException}. */
  void sleep(Duration duration);

  static WaitClock system() {
    return new WaitClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) {
        try {
          Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ContrailClientException("interrupted while waiting", e);
        }
      }
    };
  }
}
