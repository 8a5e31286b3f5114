/**
 * The shared foundation of the SDK: server lists with failover, the HTTP transport, retries, the
 * exception tree, authentication (none, static token, Keystone v2.0 and v3) and the strict IPv4
 * value types {@link dev.nestedcontrail.sdk.core.Ipv4Address} and
 * {@link dev.nestedcontrail.sdk.core.Ipv4Cidr} shared by every module.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.core;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
