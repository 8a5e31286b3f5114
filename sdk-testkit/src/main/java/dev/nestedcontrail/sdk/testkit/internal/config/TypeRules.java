package dev.nestedcontrail.sdk.testkit.internal.config;

import dev.nestedcontrail.sdk.vnc.model.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The type-specific hooks of the api-server that nested provisioning relies on. */
final class TypeRules {
  private static final Set<String> SYSTEM_NETWORKS = Set.of("ip-fabric", "__link_local__");
  private static final Set<String> UPDATE_RULES = Set.of("virtual-machine-interface", "virtual-network", "network-ipam");

  private final ConfigStore store;
  private final IpAllocator ips;
  private final SubInterfaceRules subInterfaces;
  private final FirewallRuleTags firewallRuleTags;

  TypeRules(ConfigStore store) {
    this.store = store;
    this.ips = new IpAllocator(store);
    this.subInterfaces = new SubInterfaceRules(store);
    this.firewallRuleTags = new FirewallRuleTags(store);
  }

  /** Tags are named {@code <tag_type_name>=<tag_value>} by the server. */
  List<String> name(ResourceType<?> type, Map<String, @Nullable Object> body, List<String> fqName) {
    Optional<String> tagType = Trees.string(body, "tag_type_name");
    Optional<String> tagValue = Trees.string(body, "tag_value");
    if (!type.typeName().equals("tag")) {
      return fqName;
    }
    if (tagType.isEmpty() || tagValue.isEmpty()) {
      throw new ApiError(400, "Tag must be created with a type and a value");
    }
    List<String> renamed = new ArrayList<>(fqName);
    renamed.set(renamed.size() - 1, tagType.get().toLowerCase(Locale.ROOT) + "=" + tagValue.get());
    return List.copyOf(renamed);
  }

  void beforeCreate(StoredObject object) {
    Map<String, @Nullable Object> body = object.body();
    switch (object.typeName()) {
      case "virtual-machine-interface" -> {
        subInterfaces.checkCreate(object);
        body.put("virtual_machine_interface_mac_addresses", macs(object));
      }
      case "instance-ip" -> allocateIp(object);
      case "firewall-rule" -> firewallRuleTags.resolve(object, body)
          .ifPresent(refs -> body.put("tag_refs", refs));
      case "virtual-network" -> completeRefSubnets(object.refs("network_ipam_refs"));
      case "network-ipam" -> Trees.map(body, "ipam_subnets").ifPresent(w -> IpAllocator.completeSubnets(Trees.list(w, "subnets")));
      default -> { }
    }
  }

  /** True when {@link #beforeUpdate} checks or completes something for objects of this type. */
  boolean checksUpdates(String typeName) {
    return UPDATE_RULES.contains(typeName);
  }

  void beforeUpdate(StoredObject object, Map<String, @Nullable Object> body,
      Map<String, List<Map<String, @Nullable Object>>> newRefs) {
    if (object.typeName().equals("virtual-machine-interface")) {
      subInterfaces.checkUpdate(object, body, newRefs);
    }
    if (object.typeName().equals("virtual-network")) {
      completeRefSubnets(newRefs.getOrDefault("network_ipam_refs", List.of()));
    }
    if (object.typeName().equals("firewall-rule")) {
      firewallRuleTags.resolve(object, body).ifPresent(refs -> newRefs.put("tag_refs", refs));
    }
    if (object.typeName().equals("network-ipam")) {
      Trees.map(body, "ipam_subnets").ifPresent(w -> IpAllocator.completeSubnets(Trees.list(w, "subnets")));
    }
  }

  void beforeDelete(StoredObject object) {
    if (object.typeName().equals("virtual-network") && object.fqName().size() == 3
        && SYSTEM_NETWORKS.contains(object.fqName().get(2))) {
      throw new ApiError(409, "Cannot delete system virtual network " + PyRepr.pformat(object.fqName()));
    }
  }

  private static void completeRefSubnets(List<Map<String, @Nullable Object>> ipamRefs) {
    ipamRefs.forEach(r -> Trees.map(r, "attr").ifPresent(a -> IpAllocator.completeSubnets(Trees.list(a, "ipam_subnets"))));
  }

  /** The given MACs with {@code -} normalised to {@code :}, or one derived from the uuid. */
  private Map<String, @Nullable Object> macs(StoredObject vmi) {
    List<String> given = new ArrayList<>();
    Trees.map(vmi.body(), "virtual_machine_interface_mac_addresses")
        .ifPresent(m -> Trees.list(m, "mac_address").forEach(a -> given.add(String.valueOf(a).replace('-', ':').toLowerCase(Locale.ROOT))));
    if (given.isEmpty()) {
      String hex = vmi.uuid().replace("-", "");
      long seed = Long.parseUnsignedLong(hex.substring(0, 10), 16);
      String mac;
      do {
        mac = String.format(Locale.ROOT, "02:%02x:%02x:%02x:%02x:%02x", (seed >> 32) & 255, (seed >> 24) & 255,
            (seed >> 16) & 255, (seed >> 8) & 255, seed & 255);
        seed = (seed + 1) & 0xFFFFFFFFFFL;
      } while (store.macInUse(mac));
      given.add(mac);
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("mac_address", given);
    return out;
  }

  private void allocateIp(StoredObject iip) {
    Map<String, @Nullable Object> body = iip.body();
    Optional<StoredObject> owner = firstTarget(iip, "virtual_network_refs").or(() -> firstTarget(iip, "network_ipam_refs"));
    Optional<String> given = Trees.string(body, "instance_ip_address");
    if (given.isPresent()) {
      Ipv4.parse(given.get());
      if (owner.isPresent() && store.addressesReferring(owner.get().uuid()).contains(given.get())) {
        throw new ApiError(409, "IP address already in use");
      }
      if (owner.isPresent() && !SYSTEM_NETWORKS.contains(owner.get().fqName().get(owner.get().fqName().size() - 1))) {
        ips.checkInSubnet(owner.get(), Trees.string(body, "subnet_uuid"), given.get());
      }
      return;
    }
    StoredObject pool = owner.orElseThrow(() -> new ApiError(400,
        "instance-ip " + PyRepr.pformat(iip.fqName()) + " needs a virtual network or network ipam to allocate from"));
    body.put("instance_ip_address", ips.allocate(pool, Trees.string(body, "subnet_uuid")));
    body.putIfAbsent("instance_ip_family", "v4");
  }

  private Optional<StoredObject> firstTarget(StoredObject object, String field) {
    return object.refs(field).stream().findFirst().flatMap(r -> store.get(String.valueOf(r.get("uuid"))));
  }
}
