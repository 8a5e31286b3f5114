package dev.nestedcontrail.sdk.bench;

/** A monotonic nanosecond source; benchmarks get it injected instead of reading the clock. */
@FunctionalInterface
public interface Ticker {
  long nanos();

  /** {@link System#nanoTime()}. */
  static Ticker system() {
    return System::nanoTime;
  }
}
