package dev.nestedcontrail.sdk.vnc.analytics.internal;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL path segments and query values for the analytics API. */
public final class UrlParts {

  private static final String SEGMENT_SAFE = "-._~:@*!$'()+,;=";
  private static final String QUERY_SAFE = "-._~:@*,";

  private UrlParts() {}

  /** Encodes one path segment; keeps {@code :} and {@code *}, which UVE names use. */
  public static String encodePathSegment(String text) {
    return encode(text, SEGMENT_SAFE);
  }

  /** Encodes a query parameter value; keeps {@code ,} and {@code :} (used by {@code cfilt}). */
  public static String encodeQueryValue(String text) {
    return encode(text, QUERY_SAFE);
  }

  /**
   * Checks a UVE table (type) name such as {@code vrouter} or {@code virtual-network}.
   *
   * @throws ValidationException when it is not a lower-case hyphenated name
   */
  public static String checkTable(String table) {
    if (!table.matches("[a-z0-9][a-z0-9_\\-]*")) {
      throw ValidationException.of("UVE table", "table: '" + table
          + "' is not a UVE type name (expected lower-case letters, digits and '-', such as vrouter)");
    }
    return table;
  }

  /**
   * Checks a UVE name.
   *
   * @throws ValidationException when it is blank
   */
  public static String checkName(String name) {
    if (name.isBlank()) {
      throw ValidationException.of("UVE name", "name: '" + name + "' is blank");
    }
    return name;
  }

  private static String encode(String text, String safe) {
    StringBuilder sb = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || safe.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
