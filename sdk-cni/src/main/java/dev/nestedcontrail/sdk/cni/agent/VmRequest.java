package dev.nestedcontrail.sdk.cni.agent;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /vm} (VM-VN subscription, non-nested mode only), which is also the
 * content of the per-pod file in {@code config-dir} that DEL reads back.
 */
@Value.Immutable
public abstract class VmRequest {
  public static Builder builder() {
    return new Builder();
  }

  /** {@code time}: when the request was made, as text. */
  @Value.Default
  public String time() {
    return "";
  }

  /** {@code vm-id}: the container id. */
  @Value.Default
  public String vmId() {
    return "";
  }

  /** {@code vm-uuid}: the pod uuid. */
  public abstract String vmUuid();

  /** {@code vm-name}. */
  @Value.Default
  public String vmName() {
    return "";
  }

  /** {@code host-ifname}: the tap name, or the parent interface in nested mode. */
  @Value.Default
  public String hostIfname() {
    return "";
  }

  /** {@code vm-ifname}: the interface name in the container. */
  @Value.Default
  public String vmIfname() {
    return "";
  }

  /** {@code vm-namespace}: the network namespace path. */
  @Value.Default
  public String vmNamespace() {
    return "";
  }

  /** {@code vn-uuid} (R2008). */
  public abstract Optional<String> vnUuid();

  /** {@code vmi-uuid} (R2008). */
  public abstract Optional<String> vmiUuid();

  public static final class Builder extends ImmutableVmRequest.Builder {}
}
