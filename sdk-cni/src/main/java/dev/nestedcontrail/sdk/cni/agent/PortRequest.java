package dev.nestedcontrail.sdk.cni.agent;

import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** The body of {@code POST /port}: subscribes a VMI (Nova / vrouter-port-control style). */
@Value.Immutable
public abstract class PortRequest {
  private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");

  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}: the VMI uuid. */
  public abstract String id();

  /** {@code instance-id}: the VM uuid. */
  public abstract String instanceId();

  /** {@code vn-id}. */
  public abstract String vnId();

  /** {@code vm-project-id}. */
  public abstract String vmProjectId();

  /** {@code display-name}. */
  public abstract String displayName();

  /** {@code ip-address}. */
  public abstract String ipAddress();

  /** {@code ip6-address}. */
  @Value.Default
  public String ip6Address() {
    return "";
  }

  /** {@code type}. */
  @Value.Default
  public PortType type() {
    return PortType.VM_PORT;
  }

  /** {@code system-name}: the tap interface. */
  public abstract String systemName();

  /** {@code mac-address}, non-zero. */
  public abstract String macAddress();

  /** {@code rx-vlan-id}; -1 for none. */
  @Value.Default
  public int rxVlanId() {
    return -1;
  }

  /** {@code tx-vlan-id}; -1 for none. */
  @Value.Default
  public int txVlanId() {
    return -1;
  }

  /** {@code vhostuser-mode}. */
  public abstract Optional<Integer> vhostuserMode();

  /** {@code link-state}. */
  public abstract Optional<Integer> linkState();

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (!MAC.matcher(macAddress()).matches() || macAddress().equals("00:00:00:00:00:00")) {
      problems.add("mac-address: '" + macAddress() + "' is not a non-zero xx:xx:xx:xx:xx:xx MAC");
    }
    if (id().isBlank()) {
      problems.add("id: must not be blank");
    }
    ValidationException.throwIfAny("port request", problems);
  }

  public static final class Builder extends ImmutablePortRequest.Builder {}
}
