package dev.nestedcontrail.sdk.cni.agent;

import dev.nestedcontrail.sdk.core.ContrailClientException;
import java.time.Duration;

/** Waits between polls; tests inject one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for {@code duration}.
   *
   * @throws ContrailClientException when the thread is interrupted (the interrupt flag is set
   *     again)
   */
  void sleep(Duration duration);

  /** Sleeps the calling thread. */
  static Sleeper system() {
    return duration -> {
      try {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContrailClientException("interrupted while waiting for the vrouter agent", e);
      }
    };
  }
}
