package dev.nestedcontrail.sdk.vnc.internal.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import dev.nestedcontrail.sdk.core.ValidationException;
import dev.nestedcontrail.sdk.vnc.events.ConfigEvent;
import dev.nestedcontrail.sdk.vnc.events.ConfigEventListener;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each delivery to the callback executor, where it is decoded and given to the listener; the
 * ack follows when the listener returns. An undecodable message is logged at WARN and acked.
 */
final class Deliveries extends DefaultConsumer {
  private static final Logger logger = LoggerFactory.getLogger(Deliveries.class);

  private final Executor callbacks;
  private final ConfigEventListener listener;
  private final Consumer<Channel> onCancel;

  Deliveries(Channel channel, Executor callbacks, ConfigEventListener listener, Consumer<Channel> onCancel) {
    super(channel);
    this.callbacks = callbacks;
    this.listener = listener;
    this.onCancel = onCancel;
  }

  @Override
  public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
    long tag = envelope.getDeliveryTag();
    callbacks.execute(() -> deliver(tag, body));
  }

  @Override
  public void handleCancel(String consumerTag) {
    logger.debug("the broker cancelled consumer {} (its queue was deleted)", consumerTag);
    onCancel.accept(getChannel());
  }

  private void deliver(long tag, byte[] body) {
    try {
      ConfigEvent event;
      try {
        event = ConfigEventCodec.decode(body);
      } catch (ValidationException e) {
        logger.warn("acknowledging and dropping an undecodable message of {} bytes: {}", body.length, e.getMessage());
        return;
      }
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        logger.warn("the listener failed on {}; acknowledging it anyway", event, e);
      }
    } finally {
      ack(tag);
    }
  }

  private void ack(long tag) {
    try {
      getChannel().basicAck(tag, false);
    } catch (IOException | AlreadyClosedException e) {
      logger.debug("ack {} not sent, the channel is gone: {}", tag, e.toString());
    }
  }
}
