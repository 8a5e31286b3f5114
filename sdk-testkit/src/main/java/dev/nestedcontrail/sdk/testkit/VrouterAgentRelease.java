package dev.nestedcontrail.sdk.testkit;

/** Which vrouter agent's port_ipc shapes a {@link FakeVrouterAgent} serves. */
public enum VrouterAgentRelease {
  /**
   * Contrail 5.0: {@code GET /vm-cfg/<vm uuid>} (the key must be a uuid) and {@code GET
   * /vm/<vm uuid>} answer one object ({@code vm-cfg} names the VM {@code instance-id}); there is no
   * {@code GET /vm/<vm>/<vmi>}; {@code POST /vm} needs {@code vm-uuid}, {@code vm-name} and {@code
   * host-ifname}.
   */
  R5_0,
  /**
   * Tungsten Fabric 2008 and later: {@code GET /vm-cfg/<vm name or uuid>} and {@code GET
   * /vm/<vm uuid>[/<vmi uuid>]} answer arrays ({@code vm-cfg} names the VM {@code vm-uuid} and adds
   * {@code vn-name} and {@code annotations}); {@code POST /vm} also needs {@code vn-uuid} and
   * {@code vmi-uuid}.
   */
  R2008
}
