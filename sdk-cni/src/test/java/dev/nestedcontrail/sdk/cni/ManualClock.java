package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.cni.agent.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A clock that moves only when told to; as a {@link Sleeper} it advances instead of sleeping. */
public final class ManualClock extends Clock implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2026-11-26T12:00:00Z");
  private Consumer<Instant> onAdvance = t -> { };

  public synchronized void advance(Duration d) {
    now = now.plus(d);
    onAdvance.accept(now);
  }

  /** Runs after every advance, with the new time (used to make config "arrive"). */
  public synchronized void onAdvance(Consumer<Instant> listener) {
    this.onAdvance = listener;
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public void sleep(Duration duration) {
    synchronized (this) {
      sleeps.add(duration);
    }
    advance(duration);
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
    throw new UnsupportedOperationException("ManualClock is UTC only");
  }
}
