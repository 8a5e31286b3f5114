package dev.nestedcontrail.sdk.k8s.connectivity.internal;

import java.util.List;

/** The one rule for TCP/UDP port numbers. */
public final class PortRange {

  private PortRange() {}

  /** Adds {@code field: port is not a port number (1-65535)} when {@code port} is out of range. */
  public static boolean check(String field, int port, List<String> problems) {
    if (port >= 1 && port <= 65535) {
      return true;
    }
    problems.add(field + ": " + port + " is not a port number (1-65535)");
    return false;
  }
}
