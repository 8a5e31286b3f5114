package dev.nestedcontrail.sdk.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An IPv4 address in dotted-quad form, the one IPv4 address type of the SDK. Parsing is strict:
 * exactly four decimal octets 0–255 without signs, spaces or leading zeros, so
 * {@code 192.168.1.300} and {@code 010.1.1.1} are rejected. Parsing never resolves host names.
 */
@Value.Immutable
public abstract class Ipv4Address implements Comparable<Ipv4Address> {

  /** The loopback address 127.0.0.1, the fabric IP of an entry that reaches the local agent. */
  public static final Ipv4Address LOOPBACK = ofBits(0x7f000001);

  /** The address as an unsigned 32-bit number held in an int. */
  @Value.Parameter
  public abstract int bits();

  public static Ipv4Address ofBits(int bits) {
    return ImmutableIpv4Address.of(bits);
  }

  /**
   * Parses a dotted quad.
   *
   * @throws ValidationException naming the text when it is not an IPv4 address
   */
  public static Ipv4Address of(String text) {
    return parse(text).orElseThrow(() ->
        ValidationException.of("IPv4 address", text + " is not an IPv4 address"));
  }

  /**
   * Parses a dotted quad given for {@code field}.
   *
   * @throws ValidationException with the problem {@code field: text is not an IPv4 address}
   */
  public static Ipv4Address of(String field, String text) {
    return parse(text).orElseThrow(() ->
        ValidationException.of("IPv4 address", field + ": " + text + " is not an IPv4 address"));
  }

  /** Parses a dotted quad; empty when {@code text} is not one. */
  public static Optional<Ipv4Address> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    int bits = 0;
    for (String part : parts) {
      int octet = octet(part);
      if (octet < 0) {
        return Optional.empty();
      }
      bits = (bits << 8) | octet;
    }
    return Optional.of(ofBits(bits));
  }

  private static int octet(String part) {
    if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 255 ? value : -1;
  }

  /** The address {@code n} after this one, wrapping around at 255.255.255.255. */
  public Ipv4Address plus(long n) {
    return ofBits((int) (unsigned() + n));
  }

  /** The address as a non-negative long, for arithmetic and ordering. */
  public long unsigned() {
    return Integer.toUnsignedLong(bits());
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits(), other.bits());
  }

  @Override
  public String toString() {
    int b = bits();
    return (b >>> 24) + "." + ((b >>> 16) & 0xff) + "." + ((b >>> 8) & 0xff) + "." + (b & 0xff);
  }
}
