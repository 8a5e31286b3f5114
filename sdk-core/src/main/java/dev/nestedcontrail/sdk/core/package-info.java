/**
 * The shared foundation of the SDK: server lists with failover, the HTTP transport, retries, the
 * exception tree and authentication (none, static token, Keystone v2.0 and v3).
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.core;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
