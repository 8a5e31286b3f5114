/**
 * A Sandesh generator: the connection from a Contrail component to the analytics collector (TCP
 * port 8086) that reports the component's NodeStatus UVE and its system log messages, as
 * contrail-kube-manager does. Entry point: {@link dev.nestedcontrail.sdk.vnc.sandesh.SandeshGenerator}.
 * The wire format is described in {@code docs/sandesh-wire-format.md}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.vnc.sandesh;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
