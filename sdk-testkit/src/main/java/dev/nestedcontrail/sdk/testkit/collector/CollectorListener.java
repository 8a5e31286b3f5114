package dev.nestedcontrail.sdk.testkit.collector;

import dev.nestedcontrail.sdk.vnc.sandesh.SystemLog;

/**
 * Told what a fake collector receives, as it arrives (on the collector's I/O thread; keep the
 * callbacks short and never block). Every method does nothing by default.
 */
public interface CollectorListener {

  /** A generator completed the handshake. */
  default void handshake(Handshake handshake) {}

  /** A NodeStatus UVE arrived. */
  default void nodeStatus(ReceivedNodeStatus status) {}

  /** A system log message arrived. */
  default void systemLog(SystemLog log) {}
}
