package dev.nestedcontrail.sdk.vnc.sandesh;

import java.util.Optional;

/** Whether a process works, with the text Contrail sends in {@code ProcessStatus.state}. */
public enum ProcessState {
  FUNCTIONAL("Functional"),
  NON_FUNCTIONAL("Non-Functional");

  private final String wireName;

  ProcessState(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<ProcessState> fromWire(String text) {
    for (ProcessState s : values()) {
      if (s.wireName.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
