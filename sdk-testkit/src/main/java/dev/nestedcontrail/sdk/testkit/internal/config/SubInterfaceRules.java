package dev.nestedcontrail.sdk.testkit.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The api-server's sub-interface rules for virtual-machine-interfaces: a VLAN tag in 0..4094, the
 * primary (first {@code virtual_machine_interface_refs} entry) not itself a sub-interface, tags
 * unique per primary, and a linked sub-interface keeping its tag and its primary.
 */
final class SubInterfaceRules {
  private static final String PROPERTIES = "virtual_machine_interface_properties";
  static final String REFS = "virtual_machine_interface_refs";

  private final ConfigStore store;

  SubInterfaceRules(ConfigStore store) {
    this.store = store;
  }

  static Optional<Object> vlanTag(Map<String, @Nullable Object> body) {
    return Trees.map(body, PROPERTIES).map(p -> p.get("sub_interface_vlan_tag"));
  }

  void checkCreate(StoredObject vmi) {
    check(vmi.uuid(), vlanTag(vmi.body()), vmi.refs(REFS));
  }

  void checkUpdate(StoredObject vmi, Map<String, @Nullable Object> body,
      Map<String, List<Map<String, @Nullable Object>>> newRefs) {
    Optional<Object> oldTag = vlanTag(vmi.body());
    Optional<Object> newTag = body.containsKey(PROPERTIES) ? vlanTag(body) : oldTag;
    List<Map<String, @Nullable Object>> oldRefs = vmi.refs(REFS);
    List<Map<String, @Nullable Object>> refs = newRefs.getOrDefault(REFS, oldRefs);
    if (oldTag.isPresent() && !oldRefs.isEmpty()) {
      if (!Trees.jsonEquals(oldTag.get(), newTag.orElse(null))) {
        throw new ApiError(400, "Cannot change sub-interface VLAN tag ID");
      }
      boolean kept = refs.stream().anyMatch(r -> java.util.Objects.equals(r.get("uuid"), oldRefs.get(0).get("uuid")));
      if (!kept) {
        throw new ApiError(409, "Cannot remove the primary interface reference of sub-interface " + vmi.uuid());
      }
    }
    check(vmi.uuid(), newTag, refs);
  }

  private void check(String uuid, Optional<Object> tag, List<Map<String, @Nullable Object>> refs) {
    if (tag.isEmpty()) {
      return;
    }
    Object value = tag.get();
    if (!(value instanceof Number) || ((Number) value).longValue() < 0 || ((Number) value).longValue() > 4094) {
      throw new ApiError(400, "Invalid sub-interface VLAN tag ID: " + PyRepr.repr(value));
    }
    if (refs.isEmpty()) {
      return;
    }
    String primaryUuid = String.valueOf(refs.get(0).get("uuid"));
    StoredObject primary = store.require("virtual-machine-interface", primaryUuid);
    if (vlanTag(primary.body()).isPresent()) {
      throw new ApiError(400, "Virtual machine interface " + primaryUuid + " is a sub-interface; a sub-interface "
          + "cannot have sub-interfaces");
    }
    Optional<String> sibling = store.subInterfaceWithTag(primaryUuid, value, uuid);
    if (sibling.isPresent()) {
      throw new ApiError(400, "VLAN tag " + value + " is already used by sub-interface " + sibling.get()
          + " of primary interface " + primaryUuid);
    }
  }
}
