package dev.nestedcontrail.sdk.vnc.internal.events;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.impl.ForgivingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The amqp-client's exception handler, except that a broken connection is logged at DEBUG: the
 * SDK reports it to the caller ({@code onDisconnected}, or an exception from a publish) and
 * reconnects, so a WARN from the client library would only repeat it.
 */
final class QuietExceptionHandler extends ForgivingExceptionHandler {
  private static final Logger logger = LoggerFactory.getLogger(QuietExceptionHandler.class);

  @Override
  public void handleUnexpectedConnectionDriverException(Connection connection, Throwable exception) {
    logger.debug("connection {} broke: {}", connection.getClientProvidedName(), exception.toString());
  }
}
