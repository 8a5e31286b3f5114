package dev.nestedcontrail.sdk.testkit.internal.config;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Indexes over the field values that the api-server's create checks look up, kept so that those
 * checks cost the same with 10 objects as with 100,000: the MAC addresses of all
 * virtual-machine-interfaces, the addresses held by the instance-ips referring to each object,
 * and the sub-interfaces of each primary interface by VLAN tag. {@link ConfigStore} adds an
 * object when it is stored and removes it before any of its fields change.
 */
final class FieldIndexes {
  private static final String VMI = "virtual-machine-interface";

  private final Map<String, Integer> macs = new HashMap<>();
  private final Map<String, HeldAddresses> addresses = new HashMap<>();
  private final Map<String, Map<BigDecimal, Set<String>>> subInterfaces = new HashMap<>();

  void add(StoredObject object) {
    switch (object.typeName()) {
      case VMI -> {
        macsOf(object).forEach(m -> macs.merge(m, 1, Integer::sum));
        subInterfaceKey(object).ifPresent(k -> subInterfaces.computeIfAbsent(k.primary(), p -> new HashMap<>())
            .computeIfAbsent(k.tag(), t -> new TreeSet<>()).add(object.uuid()));
      }
      case "instance-ip" -> Trees.string(object.body(), "instance_ip_address").ifPresent(a ->
          ConfigStore.targets(object).forEach(t -> addresses.computeIfAbsent(t, k -> new HeldAddresses()).add(a)));
      default -> { }
    }
  }

  void remove(StoredObject object) {
    switch (object.typeName()) {
      case VMI -> {
        macsOf(object).forEach(m -> macs.computeIfPresent(m, (k, n) -> n > 1 ? n - 1 : null));
        subInterfaceKey(object).ifPresent(k -> {
          Map<BigDecimal, Set<String>> tags = subInterfaces.getOrDefault(k.primary(), Map.of());
          Set<String> children = tags.get(k.tag());
          if (children != null && children.remove(object.uuid()) && children.isEmpty()) {
            tags.remove(k.tag());
            if (tags.isEmpty()) {
              subInterfaces.remove(k.primary());
            }
          }
        });
      }
      case "instance-ip" -> Trees.string(object.body(), "instance_ip_address").ifPresent(a ->
          ConfigStore.targets(object).forEach(t -> {
            HeldAddresses held = addresses.get(t);
            if (held != null) {
              held.remove(a);
              if (held.isEmpty()) {
                addresses.remove(t);
              }
            }
          }));
      default -> { }
    }
  }

  void clear() {
    macs.clear();
    addresses.clear();
    subInterfaces.clear();
  }

  boolean macInUse(String mac) {
    return macs.containsKey(mac);
  }

  /** The addresses of the instance-ips that refer to {@code targetUuid}; do not keep it. */
  HeldAddresses addressesReferring(String targetUuid) {
    return addresses.getOrDefault(targetUuid, new HeldAddresses());
  }

  /**
   * The first (by uuid) sub-interface other than {@code except} whose primary is
   * {@code primaryUuid} and whose VLAN tag equals {@code tag} as a JSON number.
   */
  Optional<String> subInterfaceWithTag(String primaryUuid, Object tag, String except) {
    Optional<BigDecimal> key = number(tag);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return subInterfaces.getOrDefault(primaryUuid, Map.of()).getOrDefault(key.get(), Set.of()).stream()
        .filter(u -> !u.equals(except)).findFirst();
  }

  private static List<String> macsOf(StoredObject vmi) {
    return Trees.map(vmi.body(), "virtual_machine_interface_mac_addresses")
        .map(m -> Trees.list(m, "mac_address").stream().map(String::valueOf).toList()).orElse(List.of());
  }

  private record SubInterfaceKey(String primary, BigDecimal tag) {}

  /** A VMI with a numeric VLAN tag and a first VMI ref is a sub-interface of that ref's target. */
  private static Optional<SubInterfaceKey> subInterfaceKey(StoredObject vmi) {
    Optional<BigDecimal> tag = SubInterfaceRules.vlanTag(vmi.body()).flatMap(FieldIndexes::number);
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    return Trees.list(vmi.body(), SubInterfaceRules.REFS).stream().flatMap(o -> Trees.map(o).stream()).findFirst()
        .flatMap(r -> Trees.string(r, "uuid")).map(primary -> new SubInterfaceKey(primary, tag.get()));
  }

  /** A number as a key equal for every JSON spelling of its value (10, 10.0, 1e1). */
  private static Optional<BigDecimal> number(@Nullable Object value) {
    return value instanceof Number
        ? Optional.of(new BigDecimal(value.toString()).stripTrailingZeros()) : Optional.empty();
  }
}
