package dev.nestedcontrail.sdk.cni.dataplane;

/**
 * The kernel lacks a feature the data plane needs, such as 802.1Q VLAN sub-interfaces
 * ({@code CONFIG_VLAN_8021Q}). Nothing was created.
 */
public final class MissingKernelCapabilityException extends DataPlaneException {
  private static final long serialVersionUID = 1L;

  private final String capability;

  public MissingKernelCapabilityException(
      String capability, String message, String command, String stderr) {
    super(message, command, stderr);
    this.capability = capability;
  }

  /** The missing feature, such as {@code 802.1Q VLAN (CONFIG_VLAN_8021Q)}. */
  public String capability() {
    return capability;
  }
}
