package dev.nestedcontrail.sdk.testkit.internal.config;

/** Dotted-quad IPv4 addresses as unsigned 32-bit numbers. */
final class Ipv4 {
  private static final java.util.regex.Pattern OCTET = java.util.regex.Pattern.compile("\\d{1,3}");

  private Ipv4() {}

  static boolean isValid(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (!OCTET.matcher(p).matches() || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static long parse(String text) {
    if (!isValid(text)) {
      throw new ApiError(400, "Invalid IP address: " + text);
    }
    long value = 0;
    for (String p : text.split("\\.")) {
      value = (value << 8) | Integer.parseInt(p);
    }
    return value;
  }

  static String format(long value) {
    return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
  }
}
