package dev.nestedcontrail.sdk.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An IPv4 network in CIDR form such as {@code 10.10.10.0/24}, the one CIDR type of the SDK.
 * Parsing is strict: the address part
 * follows {@link Ipv4Address}, the prefix length is a decimal 0–32 without leading zeros, and no
 * host bits may be set ({@code 10.10.10.5/24} is rejected).
 */
@Value.Immutable
public abstract class Ipv4Cidr {

  /** The network address; its host bits are zero. */
  @Value.Parameter
  public abstract Ipv4Address network();

  @Value.Parameter
  public abstract int prefixLength();

  @Value.Check
  void check() {
    requireValid(network() + "/" + prefixLength(), "");
  }

  public static Ipv4Cidr of(Ipv4Address network, int prefixLength) {
    return ImmutableIpv4Cidr.of(network, prefixLength);
  }

  /**
   * Parses {@code a.b.c.d/n}.
   *
   * @throws ValidationException naming the text and what is wrong with it
   */
  public static Ipv4Cidr of(String text) {
    requireValid(text, "");
    return parseValid(text);
  }

  /**
   * Parses {@code a.b.c.d/n} given for {@code field}.
   *
   * @throws ValidationException whose problem starts with {@code field: text}
   */
  public static Ipv4Cidr of(String field, String text) {
    requireValid(text, field + ": ");
    return parseValid(text);
  }

  /** Parses {@code a.b.c.d/n}; empty when {@code text} is not a valid network (see {@link #problem}). */
  public static Optional<Ipv4Cidr> parse(String text) {
    return problem(text).isPresent() ? Optional.empty() : Optional.of(parseValid(text));
  }

  private static Ipv4Cidr parseValid(String text) {
    int slash = text.indexOf('/');
    return of(Ipv4Address.of(text.substring(0, slash)),
        Integer.parseInt(text.substring(slash + 1)));
  }

  /**
   * What is wrong with {@code text} as a CIDR, as a message naming the text; empty when it is
   * valid.
   */
  public static Optional<String> problem(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.of(text + " is not an IPv4 network (expected a.b.c.d/n)");
    }
    Optional<Ipv4Address> address = Ipv4Address.parse(text.substring(0, slash));
    String prefix = text.substring(slash + 1);
    if (address.isEmpty() || !prefix.matches("0|[1-9][0-9]?") || Integer.parseInt(prefix) > 32) {
      return Optional.of(text + " is not an IPv4 network (expected a.b.c.d/n with n from 0 to 32)");
    }
    int mask = maskOf(Integer.parseInt(prefix));
    if ((address.get().bits() & ~mask) != 0) {
      return Optional.of(text + " is not an IPv4 network: host bits are set (did you mean "
          + Ipv4Address.ofBits(address.get().bits() & mask) + "/" + prefix + "?)");
    }
    return Optional.empty();
  }

  private static void requireValid(String text, String fieldPrefix) {
    Optional<String> problem = problem(text);
    if (problem.isPresent()) {
      throw ValidationException.of("IPv4 CIDR", fieldPrefix + problem.get());
    }
  }

  /** The last address of the network (the broadcast address when the prefix is below 31). */
  public Ipv4Address broadcast() {
    return Ipv4Address.ofBits(network().bits() | ~mask());
  }

  /** How many addresses the network holds, network and broadcast included. */
  public long size() {
    return 1L << (32 - prefixLength());
  }

  public boolean contains(Ipv4Address address) {
    return (address.bits() & mask()) == network().bits();
  }

  /** Whether the two networks share at least one address. */
  public boolean overlaps(Ipv4Cidr other) {
    return contains(other.network()) || other.contains(network());
  }

  private int mask() {
    return maskOf(prefixLength());
  }

  private static int maskOf(int prefixLength) {
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }

  @Override
  public String toString() {
    return network() + "/" + prefixLength();
  }
}
