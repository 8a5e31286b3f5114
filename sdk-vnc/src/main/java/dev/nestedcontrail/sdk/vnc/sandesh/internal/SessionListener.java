package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import io.netty.channel.Channel;

/**
 * What the generator's session handlers report, called on the channel's event loop. Implementations
 * must not block and hand user callbacks to another executor.
 */
public interface SessionListener {

  /** The TCP connection is up; returns the control message ({@code SandeshCtrlClientToServer}) to send. */
  SandeshMessage connected(Channel channel);

  /** The collector accepted the generator. */
  void established(Channel channel);

  /** The connection closed, by either side or after an error described by {@code reason}. */
  void closed(Channel channel, String reason);
}
