package dev.nestedcontrail.sdk.cni.agent;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code GET /vm/<vm-uuid>} or {@code GET /port/<uuid>}: the operational state of a
 * VMI, available once the agent knows its VMI, VM, VN and IPAM.
 */
@Value.Immutable
public abstract class VmInterfaceStatus {
  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}: the VMI uuid. */
  public abstract String id();

  /** {@code instance-id}: the VM uuid. */
  public abstract Optional<String> instanceId();

  /** {@code ip-address}. */
  public abstract String ipAddress();

  /** {@code plen}: the prefix length of the address. */
  public abstract int plen();

  /** {@code gateway}. */
  public abstract Optional<String> gateway();

  /** {@code dns-server}. */
  public abstract Optional<String> dnsServer();

  /** {@code mac-address}. */
  public abstract String macAddress();

  /** {@code ip6-address} (or {@code v6-ip-address} in R2008). */
  public abstract Optional<String> ip6Address();

  /** {@code vn-id}. */
  public abstract Optional<String> vnId();

  /** {@code vm-project-id}. */
  public abstract Optional<String> vmProjectId();

  /** {@code system-name}: the tap interface name. */
  public abstract Optional<String> systemName();

  /** {@code rx-vlan-id}. */
  public abstract Optional<Integer> rxVlanId();

  /** {@code tx-vlan-id}. */
  public abstract Optional<Integer> txVlanId();

  public static final class Builder extends ImmutableVmInterfaceStatus.Builder {}
}
