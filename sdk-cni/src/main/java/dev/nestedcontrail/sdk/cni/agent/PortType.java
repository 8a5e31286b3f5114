package dev.nestedcontrail.sdk.cni.agent;

/** The {@code type} of a {@code POST /port} request. */
public enum PortType {
  VM_PORT(0),
  NAMESPACE_PORT(1),
  REMOTE_PORT(2);

  private final int wire;

  PortType(int wire) {
    this.wire = wire;
  }

  public int wire() {
    return wire;
  }
}
