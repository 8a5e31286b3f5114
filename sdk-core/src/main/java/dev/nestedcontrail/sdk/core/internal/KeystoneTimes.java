package dev.nestedcontrail.sdk.core.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses Keystone timestamps: {@code 2026-11-26T14:22:44.000000Z}, with or without an offset. */
public final class KeystoneTimes {

  private KeystoneTimes() {}

  public static Instant parse(String text) throws IOException {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IOException("'" + text + "' is not an ISO-8601 time", e);
      }
    }
  }
}
