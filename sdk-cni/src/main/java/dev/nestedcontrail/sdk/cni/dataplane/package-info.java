/**
 * Every kernel change the CNI makes goes through {@link dev.nestedcontrail.sdk.cni.dataplane.DataPlane}:
 * a real implementation on iproute2 and a recording one for the lab and demos.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni.dataplane;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
