/**
 * Contrail's CNI plugin for Kubernetes pods: the node configuration ({@code 10-contrail.conf}), the CNI
 * spec layer (versions 0.1.0 to 1.1.0) and the plugin entry {@link dev.nestedcontrail.sdk.cni.CniPlugin}.
 */
@NullMarked
@SdkStyle
package dev.nestedcontrail.sdk.cni;

import dev.nestedcontrail.sdk.core.internal.SdkStyle;
import org.jspecify.annotations.NullMarked;
