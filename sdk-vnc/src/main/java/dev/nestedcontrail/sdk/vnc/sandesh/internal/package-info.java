/**
 * Sandesh wire model, XML encoding, framing and the Netty handlers of both ends of a collector
 * session; shared with the testkit's fake collector. No compatibility promise.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.sandesh.internal;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
