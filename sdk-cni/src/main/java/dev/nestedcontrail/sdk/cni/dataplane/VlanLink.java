package dev.nestedcontrail.sdk.cni.dataplane;

import dev.nestedcontrail.sdk.cni.internal.InterfaceNames;
import dev.nestedcontrail.sdk.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** An 802.1Q sub-interface to create on the host: {@code vlan<uuid11>} on the VM's NIC. */
@Value.Immutable
public abstract class VlanLink {
  public static Builder builder() {
    return new Builder();
  }

  /** The link's name, such as {@code vlan1b2c3d4e-5f}. */
  public abstract String name();

  /** The parent interface ({@code parent-interface}). */
  public abstract String parent();

  /** The VLAN id, 1 to 4094. */
  public abstract int vlanId();

  public abstract int mtu();

  /** The alias that lets a later ADD find a leftover: {@code contrail-k8s-cni-vlan-<vlan>}. */
  @Value.Derived
  public String alias() {
    return aliasFor(vlanId());
  }

  /** The alias Contrail's CNI puts on the VLAN link with this id. */
  public static String aliasFor(int vlanId) {
    return "contrail-k8s-cni-vlan-" + vlanId;
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (!InterfaceNames.isValid(name())) {
      problems.add("name: '" + name() + "' " + InterfaceNames.RULE);
    }
    if (!InterfaceNames.isValid(parent())) {
      problems.add("parent: '" + parent() + "' " + InterfaceNames.RULE);
    }
    if (vlanId() < 1 || vlanId() > 4094) {
      problems.add("vlanId: " + vlanId() + " is not between 1 and 4094");
    }
    if (mtu() < 68 || mtu() > 65535) {
      problems.add("mtu: " + mtu() + " is not between 68 and 65535");
    }
    ValidationException.throwIfAny("VLAN link", problems);
  }

  public static final class Builder extends ImmutableVlanLink.Builder {}
}
