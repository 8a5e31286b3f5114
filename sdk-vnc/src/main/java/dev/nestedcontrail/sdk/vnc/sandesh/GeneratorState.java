package dev.nestedcontrail.sdk.vnc.sandesh;

/** The states of a generator's session with a collector, as in pysandesh's state machine. */
public enum GeneratorState {
  /** Waiting before the next connection attempt. */
  IDLE,
  /** Opening a TCP connection. */
  CONNECT,
  /** Connected; the control message is sent and the collector's answer awaited. */
  CLIENT_INIT,
  /** The collector accepted the generator; UVEs and logs are sent. */
  ESTABLISHED,
  /** The generator was closed. */
  CLOSED
}
