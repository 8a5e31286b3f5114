package dev.nestedcontrail.sdk.k8s.manifest;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.net.Inet4Address;
import java.util.Optional;
import org.immutables.value.Value;

/** An IPv4 network in CIDR notation, such as {@code 10.32.0.0/12}; host bits must be zero. */
@Value.Immutable
public abstract class Ipv4Cidr {

  public abstract Inet4Address address();

  public abstract int prefixLength();

  public static Ipv4Cidr of(Inet4Address address, int prefixLength) {
    return ImmutableIpv4Cidr.builder().address(address).prefixLength(prefixLength).build();
  }

  /** Parses {@code a.b.c.d/n}; throws {@link ValidationException} naming {@code field}. */
  public static Ipv4Cidr parse(String field, String text) {
    return tryParse(text).orElseThrow(() -> ValidationException.of("CIDR",
        field + ": " + text + " is not an IPv4 network such as 10.32.0.0/12"));
  }

  static Optional<Ipv4Cidr> tryParse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).matches("[0-9]|[12][0-9]|3[0-2]")) {
      return Optional.empty();
    }
    Optional<Inet4Address> address = Ipv4.parse(text.substring(0, slash));
    int prefix = Integer.parseInt(text.substring(slash + 1));
    if (address.isEmpty() || hostBits(address.get(), prefix) != 0) {
      return Optional.empty();
    }
    return Optional.of(of(address.get(), prefix));
  }

  private static int hostBits(Inet4Address address, int prefix) {
    byte[] b = address.getAddress();
    int value = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
    return value & ~mask;
  }

  @Value.Check
  void check() {
    if (prefixLength() < 0 || prefixLength() > 32 || hostBits(address(), prefixLength()) != 0) {
      throw ValidationException.of("CIDR", "prefixLength: " + Ipv4.format(address()) + "/"
          + prefixLength() + " is not a network address with a prefix of 0..32");
    }
  }

  @Override
  public String toString() {
    return Ipv4.format(address()) + "/" + prefixLength();
  }
}
