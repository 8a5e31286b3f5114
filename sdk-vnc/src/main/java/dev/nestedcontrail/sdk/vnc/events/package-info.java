/**
 * Contrail's configuration change events on RabbitMQ: {@link dev.nestedcontrail.sdk.vnc.events.ConfigEvents}
 * consumes what the api-server publishes to the fanout exchange {@code vnc_config.object-update},
 * as kube-manager does; {@link dev.nestedcontrail.sdk.vnc.events.ConfigEventPublisher} publishes in
 * the same format.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.events;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
