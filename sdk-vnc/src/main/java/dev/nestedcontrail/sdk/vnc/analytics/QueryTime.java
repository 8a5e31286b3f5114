package dev.nestedcontrail.sdk.vnc.analytics;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point in time of an analytics query: either absolute (sent as microseconds since the epoch,
 * UTC) or relative to the server's clock (sent as {@code now} or {@code now-<n>s}).
 */
@Value.Immutable
public abstract class QueryTime {

  /** The absolute time; empty for a relative one. */
  public abstract Optional<Instant> instant();

  /** How long before the server's "now"; empty for an absolute time. */
  public abstract Optional<Duration> beforeNow();

  /** An absolute time; its precision is cut to microseconds. */
  public static QueryTime at(Instant instant) {
    return builder().instant(instant.truncatedTo(ChronoUnit.MICROS)).build();
  }

  /** The server's current time: {@code now}. */
  public static QueryTime now() {
    return builder().beforeNow(Duration.ZERO).build();
  }

  /** {@code now-<seconds>s}; the duration is cut to whole seconds. */
  public static QueryTime ago(Duration duration) {
    return builder().beforeNow(Duration.ofSeconds(duration.getSeconds())).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The JSON value: a {@code Long} of microseconds or a {@code String} such as {@code now-600s}. */
  public Object jsonValue() {
    if (instant().isPresent()) {
      Instant t = instant().get();
      return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
    }
    long seconds = beforeNow().orElseThrow().getSeconds();
    return seconds == 0 ? "now" : "now-" + seconds + "s";
  }

  @Override
  public String toString() {
    return instant().map(Instant::toString).orElseGet(() -> (String) jsonValue());
  }

  @Value.Check
  void check() {
    if (instant().isPresent() == beforeNow().isPresent()) {
      throw ValidationException.of("query time",
          "instant/beforeNow: exactly one must be set (got " + instant() + ", " + beforeNow() + ")");
    }
    beforeNow().filter(Duration::isNegative).ifPresent(d -> {
      throw ValidationException.of("query time", "beforeNow: " + d + " is negative");
    });
  }

  public static final class Builder extends ImmutableQueryTime.Builder {}
}
