package dev.nestedcontrail.sdk.cni.dataplane;

import dev.nestedcontrail.sdk.core.ContrailClientException;

/** The kernel refused a change. Carries the command that failed and what it printed. */
public class DataPlaneException extends ContrailClientException {
  private static final long serialVersionUID = 1L;

  private final String command;
  private final String stderr;

  public DataPlaneException(String message, String command, String stderr) {
    super(message);
    this.command = command;
    this.stderr = stderr;
  }

  /** The command line, such as {@code ip link add link eth0 name vlan1b2c3 type vlan id 7}. */
  public String command() {
    return command;
  }

  /** The command's error output; empty when there was none. */
  public String stderr() {
    return stderr;
  }
}
