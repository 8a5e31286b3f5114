package dev.nestedcontrail.sdk.testkit;

import java.util.Optional;

/**
 * Options every fake's builder has: the fault random's seed and the latency scheduler.
 *
 * @param <B> the concrete builder, returned by the setters
 */
public abstract class FakeServerBuilder<B extends FakeServerBuilder<B>> {
  private long faultSeed = 1;
  private Optional<DelayScheduler> scheduler = Optional.empty();

  protected FakeServerBuilder() {}

  /** The seed of the random that draws error and drop faults (default 1). */
  public B faultSeed(long seed) {
    this.faultSeed = seed;
    return self();
  }

  /** Runs added latency through {@code scheduler} instead of the event loop's timer. */
  public B scheduler(DelayScheduler scheduler) {
    this.scheduler = Optional.of(scheduler);
    return self();
  }

  protected long faultSeed() {
    return faultSeed;
  }

  protected Optional<DelayScheduler> scheduler() {
    return scheduler;
  }

  /** Passes these options on to the server a fake is built on. */
  protected FakeHttpServer.Builder http(String name) {
    FakeHttpServer.Builder http = FakeHttpServer.builder().name(name).faultSeed(faultSeed);
    scheduler.ifPresent(http::scheduler);
    return http;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
