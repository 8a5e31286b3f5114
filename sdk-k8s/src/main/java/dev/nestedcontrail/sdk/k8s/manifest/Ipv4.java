package dev.nestedcontrail.sdk.k8s.manifest;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strict dotted-quad IPv4 parsing without any name lookup. */
final class Ipv4 {
  private static final Pattern DOTTED_QUAD =
      Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  private Ipv4() {}

  /** The address for {@code text} such as {@code 10.10.10.1}; empty for anything else. */
  static Optional<Inet4Address> parse(String text) {
    if (!DOTTED_QUAD.matcher(text).matches()) {
      return Optional.empty();
    }
    String[] parts = text.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    try {
      return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always a valid address", e);
    }
  }

  static String format(Inet4Address address) {
    return address.getHostAddress();
  }
}
