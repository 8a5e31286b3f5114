package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.ContrailException;
import dev.nestedcontrail.sdk.core.Endpoint;

/**
 * Receives the config events of one subscription. Every method runs on the callback executor given
 * to {@link ConfigEvents}, one call at a time and in order, never on the AMQP client's threads.
 */
@FunctionalInterface
public interface ConfigEventListener {

  /**
   * One event. The message is acknowledged when this returns (or throws: the exception is logged
   * at WARN and the message acknowledged anyway, so one bad event never blocks the queue).
   */
  void onEvent(ConfigEvent event);

  /**
   * The connection to the broker broke; the subscription is reconnecting with backoff, to the next
   * broker when this one stays unreachable. Events published from now until
   * {@link #onReconnected} are lost.
   */
  default void onDisconnected(ContrailException cause) {}

  /**
   * Consumption resumed on {@code broker} with a fresh queue. Events published while disconnected
   * were missed: a cache fed by events should resynchronise now (for example by listing over REST
   * or reading the config DB). Events published after this call are delivered.
   */
  default void onReconnected(Endpoint broker) {}
}
