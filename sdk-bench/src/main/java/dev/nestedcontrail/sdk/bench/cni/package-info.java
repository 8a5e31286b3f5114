/**
 * The CNI ADD benchmark (issue 8): latency through the daemon and its shim, through a JVM started
 * per call and in-process, and the ready-latency when the agent's config arrives late.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.bench.cni;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
