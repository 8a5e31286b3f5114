/**
 * A typed client for the vrouter agent's REST API on port 9091 (port_ipc), with polling for config
 * that arrives late.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni.agent;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
