package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The addresses that the instance-ips referring to one object (a network or IPAM) hold, as a
 * multiset of the stored strings and, for the ones in canonical dotted-quad form, as runs of
 * consecutive numbers. So "is this address taken" and "the highest (lowest) free address of a
 * pool" cost a few map lookups however many addresses are held, instead of a scan.
 */
final class HeldAddresses {
  private final Map<String, Integer> holders = new HashMap<>();
  /** Disjoint, non-adjacent runs of held canonical addresses: first → last. */
  private final TreeMap<Long, Long> runs = new TreeMap<>();

  void add(String address) {
    if (holders.merge(address, 1, Integer::sum) == 1) {
      canonical(address).ifPresent(this::addToRuns);
    }
  }

  void remove(String address) {
    Integer count = holders.get(address);
    if (count == null) {
      return;
    }
    if (count > 1) {
      holders.put(address, count - 1);
      return;
    }
    holders.remove(address);
    canonical(address).ifPresent(this::removeFromRuns);
  }

  boolean contains(String address) {
    return holders.containsKey(address);
  }

  boolean isEmpty() {
    return holders.isEmpty();
  }

  /** The highest address in {@code [low, high]} neither held nor in {@code reserved}. */
  OptionalLong highestFree(long low, long high, Set<Long> reserved) {
    long a = high;
    while (a >= low) {
      Map.Entry<Long, Long> run = runs.floorEntry(a);
      if (run != null && run.getValue() >= a) {
        a = run.getKey() - 1;
      } else if (reserved.contains(a)) {
        a--;
      } else {
        return OptionalLong.of(a);
      }
    }
    return OptionalLong.empty();
  }

  /** The lowest address in {@code [low, high]} neither held nor in {@code reserved}. */
  OptionalLong lowestFree(long low, long high, Set<Long> reserved) {
    long a = low;
    while (a <= high) {
      Map.Entry<Long, Long> run = runs.floorEntry(a);
      if (run != null && run.getValue() >= a) {
        a = run.getValue() + 1;
      } else if (reserved.contains(a)) {
        a++;
      } else {
        return OptionalLong.of(a);
      }
    }
    return OptionalLong.empty();
  }

  /** The address as a number when it is written as {@link Ipv4#format} writes it; else empty. */
  static OptionalLong canonical(String address) {
    if (!Ipv4.isValid(address)) {
      return OptionalLong.empty();
    }
    long value = Ipv4.parse(address);
    return Ipv4.format(value).equals(address) ? OptionalLong.of(value) : OptionalLong.empty();
  }

  private void addToRuns(long a) {
    long first = a;
    long last = a;
    Map.Entry<Long, Long> below = runs.floorEntry(a - 1);
    if (below != null && below.getValue() == a - 1) {
      first = below.getKey();
    }
    Long aboveLast = runs.remove(a + 1);
    if (aboveLast != null) {
      last = aboveLast;
    }
    runs.put(first, last);
  }

  private void removeFromRuns(long a) {
    Map.Entry<Long, Long> run = runs.floorEntry(a);
    if (run == null || run.getValue() < a) {
      return;
    }
    long first = run.getKey();
    long last = run.getValue();
    runs.remove(first);
    if (first < a) {
      runs.put(first, a - 1);
    }
    if (a < last) {
      runs.put(a + 1, last);
    }
  }
}
