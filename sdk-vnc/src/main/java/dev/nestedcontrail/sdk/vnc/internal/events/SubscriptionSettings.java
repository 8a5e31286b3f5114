package dev.nestedcontrail.sdk.vnc.internal.events;

import dev.nestedcontrail.sdk.core.RetryPolicy;
import dev.nestedcontrail.sdk.core.Sleeper;
import dev.nestedcontrail.sdk.vnc.events.BrokerConfig;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What an {@link EventSubscription} needs from {@code ConfigEvents}.
 *
 * @param queueArguments the {@code x-} arguments of the queue, such as {@code x-ha-policy: all}
 * @param callbacks the caller's executor; calls are serialised on it
 */
public record SubscriptionSettings(BrokerConfig broker, int startIndex, String queueName,
    Map<String, Object> queueArguments, int prefetch, RetryPolicy retryPolicy, Sleeper sleeper,
    Executor callbacks) {}
