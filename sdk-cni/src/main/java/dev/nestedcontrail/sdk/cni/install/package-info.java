/**
 * The cni-init logic: writes the network config and the plugin shim onto a node, atomically and
 * idempotently.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni.install;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
