package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * IPv4 address management as the api-server does it: subnets of a network (its IPAM refs' attr
 * and the flat subnets of the referenced IPAMs), gateway and DNS addresses reserved (by default
 * the last usable addresses), allocation from the top unless {@code addr_from_start}.
 */
final class IpAllocator {
  private final ConfigStore store;

  IpAllocator(ConfigStore store) {
    this.store = store;
  }

  /** Fills {@code subnet_uuid}, {@code default_gateway} and {@code dns_server_address} of each subnet. */
  static void completeSubnets(List<@Nullable Object> subnets) {
    for (Object entry : subnets) {
      Trees.map(entry).ifPresent(s -> {
        Optional<long[]> range = range(s);
        if (range.isEmpty()) {
          return;
        }
        boolean fromStart = Boolean.TRUE.equals(s.get("addr_from_start"));
        long[] r = range.get();
        if (s.get("subnet_uuid") == null) {
          s.put("subnet_uuid", UUID.randomUUID().toString());
        }
        if (s.get("default_gateway") == null) {
          s.put("default_gateway", Ipv4.format(fromStart ? r[0] + 1 : r[1] - 1));
        }
        if (s.get("dns_server_address") == null) {
          s.put("dns_server_address", Ipv4.format(fromStart ? r[0] + 2 : r[1] - 2));
        }
      });
    }
  }

  /** The subnets {@code owner} (a virtual-network or network-ipam) allocates from. */
  List<Map<String, @Nullable Object>> subnets(StoredObject owner) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    if (owner.typeName().equals("network-ipam")) {
      Trees.map(owner.body(), "ipam_subnets").ifPresent(w -> Trees.list(w, "subnets")
          .forEach(s -> Trees.map(s).ifPresent(out::add)));
      return out;
    }
    for (Map<String, @Nullable Object> ref : owner.refs("network_ipam_refs")) {
      Trees.map(ref, "attr").ifPresent(a -> Trees.list(a, "ipam_subnets").forEach(s -> Trees.map(s).ifPresent(out::add)));
      store.get(String.valueOf(ref.get("uuid"))).ifPresent(ipam -> out.addAll(subnets(ipam)));
    }
    return out;
  }

  /**
   * Picks a free address for an instance-ip of {@code owner}, from {@code subnetUuid} when given:
   * one that no instance-ip referring to {@code owner} holds.
   */
  String allocate(StoredObject owner, Optional<String> subnetUuid) {
    List<Map<String, @Nullable Object>> candidates = new ArrayList<>();
    for (Map<String, @Nullable Object> s : subnets(owner)) {
      if (subnetUuid.isEmpty() || subnetUuid.get().equals(s.get("subnet_uuid"))) {
        candidates.add(s);
      }
    }
    if (subnetUuid.isPresent() && candidates.isEmpty()) {
      throw new ApiError(400, "Subnet " + subnetUuid.get() + " not found in " + owner.typeName() + " "
          + PyRepr.pformat(owner.fqName()));
    }
    HeldAddresses held = store.addressesReferring(owner.uuid());
    for (Map<String, @Nullable Object> s : candidates) {
      Optional<String> free = free(s, held);
      if (free.isPresent()) {
        return free.get();
      }
    }
    throw new ApiError(409, "Virtual-Network(" + PyRepr.pformat(owner.fqName()) + ") has exhausted subnet("
        + subnetUuid.orElse("all") + ")");
  }

  /**
   * 400 when {@code owner} has subnets (or {@code subnetUuid} names one) and the asked address
   * lies in none of them, as the api-server's address management refuses it.
   */
  void checkInSubnet(StoredObject owner, Optional<String> subnetUuid, String address) {
    List<Map<String, @Nullable Object>> subnets = subnets(owner).stream()
        .filter(s -> subnetUuid.isEmpty() || subnetUuid.get().equals(s.get("subnet_uuid")))
        .toList();
    long ip = Ipv4.parse(address);
    boolean inside = subnets.stream().map(IpAllocator::range).flatMap(Optional::stream)
        .anyMatch(r -> ip >= r[0] && ip <= r[1]);
    if (!inside && (subnetUuid.isPresent() || !subnets(owner).isEmpty())) {
      throw new ApiError(400, "Virtual-Network(" + PyRepr.pformat(owner.fqName()) + ") has invalid subnet("
          + subnetUuid.orElse("all") + ")");
    }
  }

  private static Optional<String> free(Map<String, @Nullable Object> subnet, HeldAddresses held) {
    Optional<long[]> range = range(subnet);
    if (range.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> reserved = new TreeSet<>();
    for (String key : List.of("default_gateway", "dns_server_address")) {
      Trees.string(subnet, key).map(HeldAddresses::canonical).filter(OptionalLong::isPresent)
          .ifPresent(a -> reserved.add(a.getAsLong()));
    }
    List<long[]> pools = new ArrayList<>();
    for (Object pool : Trees.list(subnet, "allocation_pools")) {
      Trees.map(pool).ifPresent(p -> pools.add(new long[] {
          Ipv4.parse(Trees.string(p, "start").orElse("")), Ipv4.parse(Trees.string(p, "end").orElse(""))}));
    }
    if (pools.isEmpty()) {
      pools.add(new long[] {range.get()[0] + 1, range.get()[1] - 1});
    }
    boolean fromStart = Boolean.TRUE.equals(subnet.get("addr_from_start"));
    for (long[] pool : pools) {
      OptionalLong found = fromStart ? held.lowestFree(pool[0], pool[1], reserved)
          : held.highestFree(pool[0], pool[1], reserved);
      if (found.isPresent()) {
        return Optional.of(Ipv4.format(found.getAsLong()));
      }
    }
    return Optional.empty();
  }

  /** The network and broadcast address of an IpamSubnetType's {@code subnet}. */
  private static Optional<long[]> range(Map<String, @Nullable Object> ipamSubnet) {
    Optional<Map<String, @Nullable Object>> subnet = Trees.map(ipamSubnet, "subnet");
    Optional<String> prefix = subnet.flatMap(s -> Trees.string(s, "ip_prefix")).filter(Ipv4::isValid);
    Object len = subnet.map(s -> s.get("ip_prefix_len")).orElse(null);
    if (prefix.isEmpty() || !(len instanceof Number)) {
      return Optional.empty();
    }
    int bits = ((Number) len).intValue();
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    long network = Ipv4.parse(prefix.get()) & mask;
    return Optional.of(new long[] {network, network | (~mask & 0xFFFFFFFFL)});
  }
}
