package dev.nestedcontrail.sdk.cni.agent;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code GET /vm-cfg/<key>}: config-level data of a pod's VMI, known to the agent as
 * soon as the config reaches it (no port subscription needed). {@code vlan-id} is the VMI's {@code
 * sub_interface_vlan_tag}; Contrail's CNI relies on it and not on {@code sub-interface}, which can
 * read false on the first notification.
 */
@Value.Immutable
public abstract class VmInterfaceConfig {
  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}: the VMI uuid. */
  public abstract String id();

  /** {@code instance-id} (R5.0) or {@code vm-uuid} (R2008): the VM (pod) uuid. */
  public abstract Optional<String> vmUuid();

  /** {@code vn-id}. */
  public abstract Optional<String> vnId();

  /** {@code vn-name} (R2008). */
  public abstract Optional<String> vnName();

  /** {@code mac-address}. */
  public abstract String macAddress();

  /** {@code sub-interface}. */
  @Value.Default
  public boolean subInterface() {
    return false;
  }

  /** {@code vlan-id}; 0 when the VMI is not a sub-interface. */
  @Value.Default
  public int vlanId() {
    return 0;
  }

  /** {@code annotations} (R2008), each a {@code "{key:value}"} string. */
  public abstract List<String> annotations();

  public static final class Builder extends ImmutableVmInterfaceConfig.Builder {}
}
