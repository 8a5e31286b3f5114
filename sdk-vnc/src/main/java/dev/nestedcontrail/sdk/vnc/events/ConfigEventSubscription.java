package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.Endpoint;
import java.util.Optional;

/**
 * A running consumer of config events, returned by {@link ConfigEvents#subscribe}. It reconnects by
 * itself until closed. {@link #close()} deletes its queue (by closing the connection), is
 * idempotent and throws nothing. Thread-safe.
 */
public interface ConfigEventSubscription extends AutoCloseable {

  /** The queue this subscription consumes from, bound to {@code vnc_config.object-update}. */
  String queueName();

  /** The broker it is consuming from now; empty while disconnected or after close. */
  Optional<Endpoint> broker();

  /** How many times consumption resumed after a broken connection. */
  int reconnects();

  @Override
  void close();
}
