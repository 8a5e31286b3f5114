/** The AMQP and JSON machinery behind {@link dev.nestedcontrail.sdk.vnc.events}; no compatibility promise. */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.internal.events;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
