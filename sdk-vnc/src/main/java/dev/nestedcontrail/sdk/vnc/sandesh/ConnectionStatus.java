package dev.nestedcontrail.sdk.vnc.sandesh;

import java.util.Optional;

/** The state of one connection in a NodeStatus UVE, with the text Contrail sends. */
public enum ConnectionStatus {
  INIT("Initializing"),
  DOWN("Down"),
  UP("Up");

  private final String wireName;

  ConnectionStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<ConnectionStatus> fromWire(String text) {
    for (ConnectionStatus s : values()) {
      if (s.wireName.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
