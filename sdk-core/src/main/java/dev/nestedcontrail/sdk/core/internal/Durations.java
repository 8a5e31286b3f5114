package dev.nestedcontrail.sdk.core.internal;

import java.time.Duration;
import java.util.Locale;

/** Formats durations for messages: {@code 2s}, {@code 1m30s}, {@code 0.25s}. */
public final class Durations {

  private Durations() {}

  public static String format(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
